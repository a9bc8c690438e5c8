/// A Swift type a fact can have: the kind it travels as, and the conversions.
public protocol FactType: Sendable, Equatable {
  /// The kind of the erased value.
  static var kind: FactKind { get }
  /// The typed value of an erased one, nil when it is of another kind.
  init?(fact: FactValue)
  /// The erased value.
  var fact: FactValue { get }
}

extension Money: FactType {
  public static let kind = FactKind.money
  public init?(fact: FactValue) {
    guard case .money(let value) = fact else { return nil }
    self = value
  }
  public var fact: FactValue { .money(self) }
}

extension Rate: FactType {
  public static let kind = FactKind.rate
  public init?(fact: FactValue) {
    guard case .rate(let value) = fact else { return nil }
    self = value
  }
  public var fact: FactValue { .rate(self) }
}

extension Double: FactType {
  public static let kind = FactKind.number
  public init?(fact: FactValue) {
    guard case .number(let value) = fact else { return nil }
    self = value
  }
  public var fact: FactValue { .number(self) }
}

extension Int: FactType {
  public static let kind = FactKind.integer
  public init?(fact: FactValue) {
    guard case .integer(let value) = fact else { return nil }
    self = value
  }
  public var fact: FactValue { .integer(self) }
}

extension LocalizedText: FactType {
  public static let kind = FactKind.text
  public init?(fact: FactValue) {
    guard case .text(let value) = fact else { return nil }
    self = value
  }
  public var fact: FactValue { .text(self) }
}

extension FactTerm: FactType {
  public static let kind = FactKind.term
  public init?(fact: FactValue) {
    guard case .term(let value) = fact else { return nil }
    self = value
  }
  public var fact: FactValue { .term(self) }
}

extension FactList: FactType {
  public static let kind = FactKind.list
  public init?(fact: FactValue) {
    guard case .list(let value) = fact else { return nil }
    self = value
  }
  public var fact: FactValue { .list(self) }
}

extension Breakdown: FactType {
  public static let kind = FactKind.breakdown
  public init?(fact: FactValue) {
    guard case .breakdown(let value) = fact else { return nil }
    self = value
  }
  public var fact: FactValue { .breakdown(self) }
}

extension Measures: FactType {
  public static let kind = FactKind.measures
  public init?(fact: FactValue) {
    guard case .measures(let value) = fact else { return nil }
    self = value
  }
  public var fact: FactValue { .measures(self) }
}
