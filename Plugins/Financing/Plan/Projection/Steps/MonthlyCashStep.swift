import EssorCore

/// The plan's cash month by month: each year's flows spread over its months, then the balance.
extension PlanState {
  /// The year's operations, working capital, tax and part travail paid, month by month.
  mutating func cashByMonth(_ f: YearFigures) {
    let range = yearRange(f.year)
    let ops = s.operations
    let wc = s.needs.workingCapital
    for (offset, part) in monthlyOperations(f, range: range).enumerated() {
      flows[range.lowerBound + offset].operations += part
    }
    // The first year of sales builds working capital over its first months (the longest
    // delay); later years change it in twelfths.
    let firstSales = max(range.lowerBound, ops.activityStart ?? 0)
    let isFirstYearOfSales = f.year == 1 || range.contains(ops.activityStart ?? -1)
    let delay = (max(wc.receivableDays, wc.stockDays, wc.payableDays) + 29) / 30
    let from = isFirstYearOfSales ? firstSales : range.lowerBound
    let spread = isFirstYearOfSales ? min(range.upperBound - from, max(1, delay)) : 12
    for (offset, part) in f.workingCapitalChange.split(into: spread).enumerated() {
      flows[from + offset].workingCapital -= part
    }
    flows[range.upperBound - 1].other +=
      f.corporateTax + f.participation - f.convertedParticipation
  }

  /// The year's EBE by month: the gross margin (revenue − purchases) follows the
  /// seasonality from the month sales start, the rest (fixed costs, grants) falls in
  /// twelfths; the months add up to the EBE exactly.
  func monthlyOperations(_ f: YearFigures, range: Range<Int>) -> [Money] {
    // The loans' insurance and fees are paid on their own dates (the schedules and the
    // disbursement months), so the months spread the EBE before them.
    let ebe = f.operatingEBE
    let fixed = (ebe - (f.revenue - f.purchases)).split(into: 12)
    let weights = s.operations.seasonality
    let firstSale = s.operations.activityStart ?? 0
    guard weights != nil || firstSale > range.lowerBound else { return ebe.split(into: 12) }
    let margin = f.revenue - f.purchases
    let shares = range.map { month -> Int64 in
      guard month >= firstSale else { return 0 }
      return weights?[flows[month].date.month - 1].units ?? 1
    }
    let total = shares.reduce(0, +)
    guard total > 0 else { return ebe.split(into: 12) }
    var result: [Money] = []
    var running: Int64 = 0
    var allocated = Money.zero
    for (index, share) in shares.enumerated() {
      running += share
      let upTo = margin.scaled(by: running, over: total)
      result.append(upTo - allocated + fixed[index])
      allocated = upTo
    }
    return result
  }

  /// Each month's closing cash: the opening cash plus every month's net flow so far.
  mutating func accumulateCash() {
    var running = s.openingCash
    for index in flows.indices {
      running += flows[index].net
      flows[index].cash = running
    }
  }
}
