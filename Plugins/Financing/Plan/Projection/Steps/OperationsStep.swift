import EssorCore

/// The year's operations: the P&L lines above EBE, then depreciation.
extension PlanState {
  /// The operating lines above EBE, depreciation and the assets' book value (EBE itself waits
  /// for the loans' insurance and fees, see `resultAndTax`).
  func operate(_ f: inout YearFigures) {
    let ops = s.operations
    let i = f.year - 1
    let y = f.year
    f.revenue = ops.revenue[i]
    f.purchases = ops.revenue[i].applying(ops.purchasesRate)
    f.externalCharges = ops.externalCharges[i]
    f.taxes = ops.taxes[i]
    f.grossPay = ops.grossPay[i]
    f.employerCharges = ops.grossPay[i].applying(ops.employerCharges)
    f.otherIncome = ops.otherIncome[i]
    f.operatingGrants = ops.operatingGrants[i]
    let assets = s.needs.investments + s.needs.startupCosts
    func written(_ asset: Needs.Asset, after elapsed: Int) -> Money {
      Depreciation.accumulated(asset.amount, from: asset.month, years: asset.years, after: elapsed)
    }
    f.depreciation = assets.reduce(.zero) {
      $0 + written($1, after: 12 * y) - written($1, after: 12 * (y - 1))
    }
    f.netBookValue = assets.reduce(.zero) {
      $0 + ($1.month < 12 * y ? $1.amount - written($1, after: 12 * y) : .zero)
    }
    // The opening balance sheet's fixed assets and grants run on from the first month.
    for asset in s.opening.fixedAssets {
      let before = Depreciation.accumulated(
        asset.net, from: 0, years: asset.yearsLeft, after: 12 * (y - 1))
      let after = Depreciation.accumulated(
        asset.net, from: 0, years: asset.yearsLeft, after: 12 * y)
      f.depreciation += after - before
      f.openingAssetsNet += asset.net - after
    }
    let grants = s.opening.grantsNotReleased
    let released = Depreciation.accumulated(
      grants, from: 0, years: s.opening.grantsYearsLeft, after: 12 * y)
    f.grantRelease +=
      released
      - Depreciation.accumulated(
        grants, from: 0, years: s.opening.grantsYearsLeft, after: 12 * (y - 1))
    f.grantsNotReleased += grants - released
  }
}
