/// What an expression evaluates to.
public enum ExpressionValue: Sendable, Equatable {
  case number(Double)
  case string(String)
  case bool(Bool)
  case list([String])
  /// An unanswered, skipped, “na” or hidden question, or a score that cannot be computed.
  case missing

  /// The value as a condition: false, 0, "", [] and missing are false.
  public var isTrue: Bool {
    switch self {
    case .bool(let flag): return flag
    case .number(let value): return value != 0
    case .string(let text): return !text.isEmpty
    case .list(let items): return !items.isEmpty
    case .missing: return false
    }
  }
}

/// What an expression reads: the answers, and the scores for must-pass rules and
/// recommendations.
public protocol EvaluationContext {
  /// The answer of a question as a value (missing when there is none).
  func value(of question: String) -> ExpressionValue
  /// Whether a question has an answer (not “na”, not skipped).
  func isAnswered(_ question: String) -> Bool
  /// A dimension's score (0–100), when it has one.
  func dimensionScore(_ dimension: String) -> Double?
  /// The global score, when there is one.
  func totalScore() -> Double?
}

extension Expression {
  /// Evaluates the expression; a comparison with a missing value is false.
  public func evaluate(in context: EvaluationContext) -> ExpressionValue {
    switch self {
    case .number(let value): return .number(value)
    case .string(let text): return .string(text)
    case .bool(let flag): return .bool(flag)
    case .list(let items):
      return .list(
        items.compactMap {
          switch $0.evaluate(in: context) {
          case .string(let text): return text
          case .number(let value): return Self.text(value)
          case .bool(let flag): return flag ? "true" : "false"
          default: return nil
          }
        })
    case .reference(let id): return context.value(of: id)
    case .not(let inner): return .bool(!inner.evaluate(in: context).isTrue)
    case .and(let a, let b):
      return .bool(a.evaluate(in: context).isTrue && b.evaluate(in: context).isTrue)
    case .or(let a, let b):
      return .bool(a.evaluate(in: context).isTrue || b.evaluate(in: context).isTrue)
    case .compare(let comparison, let a, let b):
      return .bool(
        Self.compare(comparison, a.evaluate(in: context), b.evaluate(in: context)))
    case .isIn(let element, let collection):
      let value = element.evaluate(in: context)
      guard case .list(let items) = collection.evaluate(in: context) else { return .bool(false) }
      switch value {
      case .string(let text): return .bool(items.contains(text))
      case .number(let number): return .bool(items.contains(Self.text(number)))
      case .list(let chosen): return .bool(chosen.contains(where: items.contains))
      default: return .bool(false)
      }
    case .call(let name, let arguments):
      return call(name, arguments, in: context)
    }
  }

  private func call(_ name: String, _ arguments: [Expression], in context: EvaluationContext)
    -> ExpressionValue
  {
    let first = arguments.first
    switch name {
    case "answered":
      guard case .reference(let id)? = first else { return .bool(false) }
      return .bool(context.isAnswered(id))
    case "selected":
      guard case .reference(let id)? = first, arguments.count == 2,
        case .string(let choice) = arguments[1].evaluate(in: context)
      else { return .bool(false) }
      switch context.value(of: id) {
      case .list(let chosen): return .bool(chosen.contains(choice))
      case .string(let chosen): return .bool(chosen == choice)
      default: return .bool(false)
      }
    case "count":
      guard case .reference(let id)? = first else { return .number(0) }
      switch context.value(of: id) {
      case .list(let chosen): return .number(Double(chosen.count))
      case .missing: return .number(0)
      default: return .number(1)
      }
    case "dim":
      guard case .string(let id)? = first?.evaluate(in: context),
        let score = context.dimensionScore(id)
      else { return .missing }
      return .number(score)
    case "total":
      return context.totalScore().map(ExpressionValue.number) ?? .missing
    default:
      return .missing
    }
  }

  private static func compare(_ comparison: Comparison, _ a: ExpressionValue, _ b: ExpressionValue)
    -> Bool
  {
    switch (a, b) {
    case (.missing, _), (_, .missing): return false
    case (.number(let x), .number(let y)): return ordered(comparison, x, y)
    case (.string(let x), .string(let y)): return ordered(comparison, x, y)
    case (.bool(let x), .bool(let y)):
      return comparison == .equal ? x == y : comparison == .notEqual ? x != y : false
    case (.list(let x), .string(let y)):
      return comparison == .equal ? x == [y] : comparison == .notEqual ? x != [y] : false
    default:
      return comparison == .notEqual
    }
  }

  private static func ordered<T: Comparable>(_ comparison: Comparison, _ x: T, _ y: T) -> Bool {
    switch comparison {
    case .equal: return x == y
    case .notEqual: return x != y
    case .less: return x < y
    case .lessOrEqual: return x <= y
    case .greater: return x > y
    case .greaterOrEqual: return x >= y
    }
  }

  /// A number as an answer's text: `3` rather than `3.0`.
  static func text(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}
