import EssorCore
import EssorReport

/// The depreciation table: each asset's yearly charge and the total the P&L uses.
extension Statements {
  /// Straight-line depreciation by the month, over the assets table's inputs.
  mutating func fillDepreciation() {
    for (row, item) in document.assets.enumerated() where item.asset.years > 0 {
      let a = item.asset
      let values = (1...document.horizon).map { y in
        Depreciation.accumulated(a.amount, from: a.month, years: a.years, after: 12 * y)
          - Depreciation.accumulated(a.amount, from: a.month, years: a.years, after: 12 * (y - 1))
      }
      func cumulative(_ elapsed: String) -> String {
        "ROUND({assets.amount#\(row)}*MIN(MAX(\(elapsed)-{assets.month#\(row)},0),{assets.years#\(row)}*12)/({assets.years#\(row)}*12),2)"
      }
      dep.add("a\(row)", a.label, values, cumulative("12*%Y%") + "-" + cumulative("12*(%Y%-1)"))
    }
    // The opening balance sheet's assets, on their net value over the years they have left.
    for (row, asset) in document.s.opening.fixedAssets.enumerated() {
      let values = (1...document.horizon).map { y in
        Depreciation.accumulated(asset.net, from: 0, years: asset.yearsLeft, after: 12 * y)
          - Depreciation.accumulated(
            asset.net, from: 0, years: asset.yearsLeft, after: 12 * (y - 1))
      }
      dep.add(
        "o\(row)", asset.label + t(" (bilan d’ouverture)", " (opening balance sheet)"), values,
        Self.straightLine(asset.net, years: asset.yearsLeft))
    }
    let ids = dep.lines.map { "[\($0.id)]" }
    dep.add(
      "total", "Total", values(\.depreciation), ids.isEmpty ? nil : ids.joined(separator: "+"),
      style: .total)
  }

  /// The year's share of `amount` written off straight-line from the plan's first month over
  /// `years`, as a formula (`%Y%`: the year) rounded like ``Depreciation``.
  static func straightLine(_ amount: Money, years: Int) -> String {
    func cumulative(_ elapsed: String) -> String {
      "ROUND(\(amount.plainText)*MIN(\(elapsed),\(years * 12))/\(years * 12),2)"
    }
    return cumulative("12*%Y%") + "-" + cumulative("12*(%Y%-1)")
  }
}
