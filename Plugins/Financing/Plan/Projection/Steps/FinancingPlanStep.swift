import EssorCore

/// The year's line in the multi-year financing plan: the needs left and the change in cash.
extension PlanState {
  /// The multi-year plan's needs not counted yet (investments, last year's dividends) and
  /// the year's change in cash.
  mutating func financingPlan(_ f: inout YearFigures) {
    let range = yearRange(f.year)
    for (asset, _) in s.needs.assets where range.contains(asset.month) {
      f.capex += asset.amount
      flows[asset.month].investments += asset.amount
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
