import EssorCore

/// Sofiscop's guarantee costs that are not fees: its capital and its mutual fund.
extension PlanState {
  /// A Sofiscop guarantee asks the borrower to buy Sofiscop shares worth 1 % of the loan
  /// (at most 1 530 €, repaid ten years after the loan ends) and to deposit 2 % of the
  /// amount guaranteed in its mutual fund (returned when the loan ends): cash paid out at
  /// disbursement, held as financial assets, not charges.
  mutating func sofiscopDeposits(_ index: Int, _ instrument: Instrument, _ f: inout YearFigures) {
    guard let guarantee = instrument.guarantee, guarantee.guarantor == "sofiscop",
      let terms = instrument.loan
    else { return }
    let range = yearRange(f.year)
    let (shares, fund) = GuaranteeDeposits.amounts(guarantee, on: terms.amount)
    if range.contains(instrument.month) {
      f.guaranteeDeposits += shares + fund
      flows[instrument.month].other += shares + fund
      guaranteeDeposits += shares + fund
    }
    if let last = schedules[index]?.rows.last, range.contains(s.monthIndex(last.date)) {
      f.guaranteeDeposits -= fund
      flows[s.monthIndex(last.date)].other -= fund
      guaranteeDeposits -= fund
    }
  }
}

/// Sofiscop's terms (financing.md, guarantee table): shares worth 1 % of the loan, at most
/// 1 530 €; 2 % of the amount guaranteed into the mutual fund.
enum GuaranteeDeposits {
  static let shares = Rate(units: 10_000_000_000)
  static let sharesCap = Money(euros: 1_530)
  static let fund = Rate(units: 20_000_000_000)

  /// The shares bought and the fund deposit for a loan of `amount` (none unless Sofiscop).
  static func amounts(_ guarantee: Guarantee, on amount: Money) -> (shares: Money, fund: Money) {
    guard guarantee.guarantor == "sofiscop" else { return (.zero, .zero) }
    return (
      Money.min(amount.applying(shares), sharesCap),
      guarantee.guaranteed(on: amount).applying(fund)
    )
  }
}
