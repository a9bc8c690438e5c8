/// The name of a fact one tool provides and others consume, such as `financing.loans.total`.
public struct FactKey: Hashable, Sendable, Comparable, ExpressibleByStringLiteral,
  CustomStringConvertible
{
  /// The dotted name.
  public let name: String

  /// Creates a key from its dotted name.
  public init(_ name: String) { self.name = name }

  public init(stringLiteral value: String) { self.name = value }

  public var description: String { name }

  public static func < (lhs: FactKey, rhs: FactKey) -> Bool { lhs.name < rhs.name }
}
