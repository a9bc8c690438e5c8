import EssorCore

/// The year's operations month by month, as cash: revenue and purchases by the seasonality,
/// customers and suppliers paid after their days, social charges the month after, VAT
/// settled by its returns, corporate tax in instalments and balance, the part travail after
/// the general meeting; and the year-end working capital and operating debts they leave.
extension PlanState {
  /// Fills the year's operating months and its working capital and operating debts.
  mutating func operatingMonths(_ f: inout YearFigures) {
    let range = yearRange(f.year)
    let ops = s.operations
    let wc = s.needs.workingCapital
    let vat = s.vat
    f.activeMonths = min(
      12, max(1, range.upperBound - max(range.lowerBound, ops.activityStart ?? 0)))
    let revenue = seasonal(f.revenue, range: range)
    let consumed = seasonal(f.purchases, range: range)
    let external = f.externalCharges.split(into: 12)
    let taxes = f.taxes.split(into: 12)
    let gross = f.grossPay.split(into: 12)
    let employer = f.employerCharges.split(into: 12)
    let otherIncome = (f.otherIncome + f.operatingGrants).split(into: 12)
    let opening = s.opening
    for (offset, month) in range.enumerated() {
      // A refunded credit: the cash comes in, the credit is gone.
      if let refund = vatRefunds.removeValue(forKey: month) { vatPosition += refund }
      revenueTTC[month] = revenue[offset] + revenue[offset].applying(vat.sales)
      consumption[month] = consumed[offset]
      let stock = outstanding(consumption, days: wc.stockDays, at: month, opening: opening.stock)
      let bought = consumed[offset] + stock - lastStock
      boughtTTC[month] = bought + bought.applying(vat.purchases)
      let receivables = outstanding(
        revenueTTC, days: wc.receivableDays, at: month, opening: opening.receivables)
      let payables = outstanding(
        boughtTTC, days: wc.payableDays, at: month, opening: opening.payables)
      var flow = flows[month]
      flow.receipts += revenueTTC[month] - (receivables - lastReceivables) + otherIncome[offset]
      flow.payments +=
        boughtTTC[month] - (payables - lastPayables) + external[offset]
        + external[offset].applying(vat.externalCharges) + gross[offset] + taxes[offset]
        + (month == 0 ? opening.taxAndSocialDebts : lastEmployerCharges)
      flows[month] = flow
      lastStock = stock
      lastReceivables = receivables
      lastPayables = payables
      lastEmployerCharges = employer[offset]
      // VAT: accrued as invoiced, settled by the return that covers the month.
      var net =
        revenue[offset].applying(vat.sales) - bought.applying(vat.purchases)
        - external[offset].applying(vat.externalCharges)
      for (asset, _) in s.needs.assets where asset.month == month {
        net -= asset.amount.applying(asset.vat ?? vat.investments)
      }
      vatPosition += net
      vatByReturn[vat.returnMonth(of: month, startMonth: s.start.month), default: .zero] += net
      if let due = vatByReturn.removeValue(forKey: month) {
        settleVAT(due, returnMonth: month)
      }
    }
    f.stock = lastStock
    f.receivables = lastReceivables
    f.payables = lastPayables
    f.workingCapital = f.stock + f.receivables - f.payables
    f.workingCapitalChange = f.workingCapital - previousBFR
    previousBFR = f.workingCapital
    payTaxAndParticipation(f)
    f.vatPayable = Money.max(.zero, vatPosition)
    f.vatReceivable = Money.max(.zero, -vatPosition)
    f.taxPayable = Money.max(.zero, taxOwed)
    f.taxReceivable = Money.max(.zero, -taxOwed)
    f.socialDebts = lastEmployerCharges
    f.participationPayable = f.participation
    f.otherWorkingCapitalChange = previousOperatingDebts - f.operatingDebts
    previousOperatingDebts = f.operatingDebts
  }

  /// Pays the VAT a return shows due, or asks for its credit back.
  private mutating func settleVAT(_ due: Money, returnMonth month: Int) {
    if due > .zero {
      flows[month].vat -= due
      vatPosition -= due
    } else if due < .zero, s.vat.refundDelay == 0 {
      flows[month].vat += -due
      vatPosition += -due
    } else if due < .zero, month + s.vat.refundDelay < months {
      flows[month + s.vat.refundDelay].vat += -due
      // The credit stays an asset until the refund lands.
      vatRefunds[month + s.vat.refundDelay, default: .zero] += -due
    }
  }

  /// Pays corporate tax and the part travail.
  ///
  /// Corporate tax: a quarter of last year's tax in the 3rd, 6th, 9th and 12th months (when
  /// it was over 3 000 €, CGI article 1668), last year's balance in the 5th; the part travail
  /// paid in cash in the 5th month (code du travail R3324-21-1), the rest turned into shares.
  private mutating func payTaxAndParticipation(_ f: YearFigures) {
    let range = yearRange(f.year)
    let last = years.last
    let reference = last?.corporateTax ?? s.opening.lastYearTax
    var paid = Money.zero
    if let last {
      let balance = last.corporateTax - instalmentsPaid
      flows[range.lowerBound + 4].taxAndParticipation += balance
      paid += balance
      flows[range.lowerBound + 4].taxAndParticipation +=
        last.participation - last.convertedParticipation
    }
    instalmentsPaid = .zero
    if reference > Money(euros: 3_000) {
      for (quarter, part) in reference.split(into: 4).enumerated() {
        flows[range.lowerBound + 3 * quarter + 2].taxAndParticipation += part
        instalmentsPaid += part
      }
    }
    paid += instalmentsPaid
    taxOwed += f.corporateTax - paid
  }

  /// The year's `amount` by month: following the seasonality from the month sales start;
  /// the months add up to it exactly.
  func seasonal(_ amount: Money, range: Range<Int>) -> [Money] {
    let weights = s.operations.seasonality
    let firstSale = s.operations.activityStart ?? 0
    let shares = range.map { month -> Int64 in
      guard month >= firstSale else { return 0 }
      return weights?[flows[month].date.month - 1].units ?? 1
    }
    let total = shares.reduce(0, +)
    guard total > 0 else { return amount.split(into: 12) }
    var result: [Money] = []
    var running: Int64 = 0
    var allocated = Money.zero
    for share in shares {
      running += share
      let upTo = amount.scaled(by: running, over: total)
      result.append(upTo - allocated)
      allocated = upTo
    }
    return result
  }

  /// What is still outstanding at the end of `month` of amounts paid after `days` (a month
  /// counts 30 days): each past month's amount for the days left of it, and what the opening
  /// balance sheet carried, run off evenly over the same days.
  func outstanding(_ amounts: [Money], days: Int, at month: Int, opening: Money) -> Money {
    guard days > 0 else { return .zero }
    var total = Money.zero
    var age = 0
    while 30 * age < days, month - age >= 0 {
      total += amounts[month - age].scaled(by: Int64(min(30, days - 30 * age)), over: 30)
      age += 1
    }
    let left = days - 30 * (month + 1)
    if left > 0 { total += opening.scaled(by: Int64(left), over: Int64(days)) }
    return total
  }
}
