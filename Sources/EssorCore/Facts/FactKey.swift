/// The name and type of a fact one tool provides and others consume, such as
/// `FactKey<Money>("financing.ask.total")`.
///
/// Keys are declared once, in the catalogue (``Facts``), and used from there by providers
/// and consumers alike: a key is never typed twice, and its type travels with it.
public struct FactKey<Value: FactType>: Sendable, Hashable, CustomStringConvertible {
  /// The dotted name.
  public let name: String

  /// Declares a key; only the catalogue and external tools' descriptions should.
  public init(_ name: String) { self.name = name }

  /// The key with its type as a value, for registries and listings.
  public var erased: AnyFactKey { AnyFactKey(name, Value.kind) }

  public var description: String { name }
}

/// A fact key whose type is a value: what tools declare they provide and consume.
public struct AnyFactKey: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let name: String
  public let kind: FactKind

  public init(_ name: String, _ kind: FactKind) {
    self.name = name
    self.kind = kind
  }

  public var description: String { name }

  public static func < (lhs: AnyFactKey, rhs: AnyFactKey) -> Bool { lhs.name < rhs.name }
}
