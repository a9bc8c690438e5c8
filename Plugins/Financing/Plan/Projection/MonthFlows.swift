import EssorCore

/// The cash movements of one month of the plan, VAT included.
public struct MonthFlows: Sendable {
  public var index: Int
  public var date: CalendarDate
  /// Collected from customers (VAT included), other income and operating grants received.
  public var receipts = Money.zero
  /// Paid to suppliers and for external charges (VAT included), wages, social charges (the
  /// month after) and taxes other than corporate tax.
  public var payments = Money.zero
  /// VAT refunded (positive) or paid (negative) with the returns.
  public var vat = Money.zero
  /// Corporate tax (instalments and balance) and the part travail paid in cash.
  public var taxAndParticipation = Money.zero
  /// Shares subscribed, honour loans brought in, current accounts.
  public var capitalIn = Money.zero
  /// Loans, participatory loans, titres participatifs and bonds received.
  public var loansIn = Money.zero
  public var grantsIn = Money.zero
  /// Investments and set-up costs (VAT included) and deposits paid.
  public var investments = Money.zero
  /// Loan instalments (principal, interest, insurance) paid.
  public var debtService = Money.zero
  /// Fees, coupons, dividends, redemptions, accounts repaid, guarantee deposits (net of
  /// what comes back).
  public var other = Money.zero
  public var cash = Money.zero

  public init(index: Int, date: CalendarDate) {
    self.index = index
    self.date = date
  }

  /// Operating receipts less operating payments, before VAT and tax.
  public var operations: Money { receipts - payments }

  /// The month's net movement.
  public var net: Money {
    receipts - payments + vat - taxAndParticipation + capitalIn + loansIn + grantsIn
      - investments - debtService - other
  }
}
