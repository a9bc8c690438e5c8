/// A typed value one tool derives from a workspace for the others.
public enum FactValue: Sendable, Equatable {
  case money(Money)
  case rate(Double)
  case number(Double)
  case integer(Int)
  case text(String)
  /// Labelled amounts (a mix by instrument, uses of funds…).
  case breakdown([(label: String, amount: Money)])
  /// An ordered list of texts (segments, competitors…).
  case list([String])
  /// Labelled numbers that are not money (scores per dimension…).
  case measures([(label: String, value: Double)])

  public static func == (lhs: FactValue, rhs: FactValue) -> Bool {
    switch (lhs, rhs) {
    case (.money(let a), .money(let b)): return a == b
    case (.rate(let a), .rate(let b)), (.number(let a), .number(let b)): return a == b
    case (.integer(let a), .integer(let b)): return a == b
    case (.text(let a), .text(let b)): return a == b
    case (.list(let a), .list(let b)): return a == b
    case (.measures(let a), .measures(let b)):
      return a.map(\.label) == b.map(\.label) && a.map(\.value) == b.map(\.value)
    case (.breakdown(let a), .breakdown(let b)):
      return a.map(\.label) == b.map(\.label) && a.map(\.amount) == b.map(\.amount)
    default: return false
    }
  }
}
