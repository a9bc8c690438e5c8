/// A condition of a questionnaire (`when`, `require`), parsed once when the template loads.
public indirect enum Expression: Sendable, Equatable {
  case number(Double)
  case string(String)
  case bool(Bool)
  case list([Expression])
  /// A question id: its answer.
  case reference(String)
  case not(Expression)
  case and(Expression, Expression)
  case or(Expression, Expression)
  case compare(Comparison, Expression, Expression)
  case isIn(Expression, Expression)
  /// A function: `selected`, `answered`, `count`, `dim`, `total`.
  case call(String, [Expression])

  /// The comparison operators.
  public enum Comparison: String, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
  }

  /// The functions the language knows, with their number of arguments; `dim` and `total`
  /// read scores, so they are allowed only in must-pass rules and recommendations.
  public static let functions: [String: Int] = [
    "selected": 2, "answered": 1, "count": 1, "dim": 1, "total": 0,
  ]

  /// The functions that read scores.
  public static let scoreFunctions: Set<String> = ["dim", "total"]

  /// The question ids the expression names.
  public var references: [String] {
    switch self {
    case .number, .string, .bool: return []
    case .reference(let id): return [id]
    case .list(let items): return items.flatMap(\.references)
    case .not(let inner): return inner.references
    case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .isIn(let a, let b):
      return a.references + b.references
    case .call(_, let arguments): return arguments.flatMap(\.references)
    }
  }

  /// The functions the expression calls.
  public var calls: [String] {
    switch self {
    case .number, .string, .bool, .reference: return []
    case .list(let items): return items.flatMap(\.calls)
    case .not(let inner): return inner.calls
    case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .isIn(let a, let b):
      return a.calls + b.calls
    case .call(let name, let arguments): return [name] + arguments.flatMap(\.calls)
    }
  }

  /// The `dim('…')` dimension ids the expression names.
  public var dimensions: [String] {
    switch self {
    case .call("dim", let arguments):
      if case .string(let id)? = arguments.first { return [id] }
      return []
    case .list(let items): return items.flatMap(\.dimensions)
    case .not(let inner): return inner.dimensions
    case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .isIn(let a, let b):
      return a.dimensions + b.dimensions
    default: return []
    }
  }
}
