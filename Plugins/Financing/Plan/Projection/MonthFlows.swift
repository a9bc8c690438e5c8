import EssorCore

/// The cash movements of one month of the plan.
public struct MonthFlows: Sendable {
  public var index: Int
  public var date: CalendarDate
  /// EBE earned in the month (its gross margin by the seasonality, the rest in twelfths).
  public var operations = Money.zero
  /// Cash tied up in (negative) or freed from working capital.
  public var workingCapital = Money.zero
  /// Shares subscribed, honour loans brought in, current accounts.
  public var capitalIn = Money.zero
  /// Loans, participatory loans, titres participatifs and bonds received.
  public var loansIn = Money.zero
  public var grantsIn = Money.zero
  /// Investments, set-up costs and deposits paid.
  public var investments = Money.zero
  /// Loan instalments (principal, interest, insurance) paid.
  public var debtService = Money.zero
  /// Fees, coupons, corporate tax, part travail, dividends, redemptions, accounts repaid.
  public var other = Money.zero
  public var cash = Money.zero

  public init(index: Int, date: CalendarDate) {
    self.index = index
    self.date = date
  }

  /// The month's net movement.
  public var net: Money {
    operations + workingCapital + capitalIn + loansIn + grantsIn - investments - debtService - other
  }
}
