import EssorCore

/// The cash movements of one month of the plan.
public struct MonthFlows: Sendable {
  public var index: Int
  public var date: CalendarDate
  /// EBE earned in the month (a twelfth of the year's).
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

/// One line of the initial financing plan.
public struct PlanLine: Sendable {
  /// What the line comes from in the scenario.
  public enum Source: Sendable, Equatable {
    /// An investment, set-up cost or deposit, by its index in investments + set-up costs +
    /// deposits.
    case asset(Int)
    /// A resource, by its index in `resources`.
    case resource(Int)
    case workingCapital, cashBuffer, openingCash
  }

  public var label: String
  /// The group it belongs to (investments, working capital… / equity, quasi-equity, debt).
  public var group: String
  public var amount: Money
  public var source: Source

  public init(_ label: String, group: String, _ amount: Money, source: Source) {
    self.label = label
    self.group = group
    self.amount = amount
    self.source = source
  }
}
