import EssorCore

/// The year's line in the multi-year financing plan: the needs left and the change in cash.
extension PlanState {
  /// The multi-year plan's needs not counted yet (investments, last year's dividends) and
  /// the year's change in cash.
  mutating func financingPlan(_ f: inout YearFigures) {
    let range = yearRange(f.year)
    for (asset, group) in s.needs.assets where range.contains(asset.month) {
      f.capex += asset.amount
      // Paid VAT included; the VAT is claimed back through the returns (operating months).
      let vat = group == .deposits ? Rate.zero : asset.vat ?? s.vat.investments
      flows[asset.month].investments += asset.amount + asset.amount.applying(vat)
    }
    if let last = years.last {
      f.dividendsPaid = last.dividends
      flows[range.lowerBound + 5].other += f.dividendsPaid
    }
    f.cashChange = f.resourcesTotal - f.needsTotal
    cash += f.cashChange
    f.cashEnd = cash
  }
}
