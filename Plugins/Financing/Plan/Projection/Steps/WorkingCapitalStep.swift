import EssorCore

/// The year's working capital (BFR) and its change.
extension PlanState {
  /// Working capital at year end, on the year's run rate when sales start during the year.
  mutating func workingCapital(_ f: inout YearFigures) {
    let wc = s.needs.workingCapital
    let range = yearRange(f.year)
    f.activeMonths = min(
      12, max(1, range.upperBound - max(range.lowerBound, s.operations.activityStart ?? 0)))
    let revenueRate = f.revenue.scaled(by: 12, over: Int64(f.activeMonths))
    let purchasesRate = f.purchases.scaled(by: 12, over: Int64(f.activeMonths))
    f.stock = purchasesRate.scaled(by: Int64(wc.stockDays), over: 365)
    f.receivables = Money.sumOfProducts([(revenueRate, .one + wc.vat)]).scaled(
      by: Int64(wc.receivableDays), over: 365)
    f.payables = Money.sumOfProducts([(purchasesRate, .one + wc.vat)]).scaled(
      by: Int64(wc.payableDays), over: 365)
    f.workingCapital = f.stock + f.receivables - f.payables
    f.workingCapitalChange = f.workingCapital - previousBFR
    previousBFR = f.workingCapital
  }
}
