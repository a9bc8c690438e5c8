import EssorCore

/// One line of the initial financing plan.
public struct PlanLine: Sendable {
  /// What the line is: a kind of need, or how a resource counts.
  public enum Group: String, Sendable {
    case investments
    case startupCosts = "start-up-costs"
    case deposits
    case workingCapital = "working-capital"
    case cashBuffer = "cash-buffer"
    /// Cash already in the bank at the start (counted with own funds).
    case cash
    case equity
    case quasiEquity = "quasi-equity"
    case debt

    /// The group of a resource counted as `category`.
    public init(_ category: Instrument.Category) {
      switch category {
      case .equity: self = .equity
      case .quasiEquity: self = .quasiEquity
      case .debt: self = .debt
      }
    }

    /// Whether funders count it as own funds (existing cash included).
    public var isOwnFunds: Bool { self == .equity || self == .cash }
  }

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
  public var group: Group
  public var amount: Money
  public var source: Source

  public init(_ label: String, group: Group, _ amount: Money, source: Source) {
    self.label = label
    self.group = group
    self.amount = amount
    self.source = source
  }
}
