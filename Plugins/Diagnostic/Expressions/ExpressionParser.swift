/// Parses the condition language: literals, question ids, `== != < <= > >=`, `and`, `or`,
/// `not`, `in [...]`, parentheses and the functions of ``Expression/functions``.
public struct ExpressionParser {
  /// Why a text does not parse, and where (a 0-based character offset).
  public struct Failure: Error, Sendable, Equatable {
    public var message: String
    public var offset: Int
  }

  private enum Token: Equatable {
    case number(Double)
    case string(String)
    case word(String)
    case symbol(String)
    case end
  }

  private var tokens: [(token: Token, offset: Int)] = []
  private var index = 0
  private var depth = 0

  /// The longest condition, in characters, and the deepest nesting of parentheses and
  /// `not`s: far beyond any real template, far below what would exhaust the stack.
  public static let maximumLength = 2000
  public static let maximumDepth = 64

  /// Parses a whole text.
  public static func parse(_ text: String) throws(Failure) -> Expression {
    guard text.count <= maximumLength else {
      throw Failure(
        message: "the condition is longer than \(maximumLength) characters", offset: maximumLength)
    }
    var parser = ExpressionParser()
    parser.tokens = try tokenize(text)
    let expression = try parser.parseOr()
    guard case .end = parser.current else {
      throw Failure(message: "unexpected \(parser.describe(parser.current))", offset: parser.offset)
    }
    return expression
  }

  private var current: Token { tokens[index].token }
  private var offset: Int { tokens[index].offset }

  private mutating func advance() { if index < tokens.count - 1 { index += 1 } }

  private mutating func parseOr() throws(Failure) -> Expression {
    var left = try parseAnd()
    while current == .word("or") {
      advance()
      left = .or(left, try parseAnd())
    }
    return left
  }

  private mutating func parseAnd() throws(Failure) -> Expression {
    var left = try parseNot()
    while current == .word("and") {
      advance()
      left = .and(left, try parseNot())
    }
    return left
  }

  private mutating func parseNot() throws(Failure) -> Expression {
    if current == .word("not") {
      advance()
      try enter()
      defer { depth -= 1 }
      return .not(try parseNot())
    }
    return try parseComparison()
  }

  private mutating func parseComparison() throws(Failure) -> Expression {
    let left = try parsePrimary()
    if case .symbol(let symbol) = current, let comparison = Expression.Comparison(rawValue: symbol)
    {
      advance()
      return .compare(comparison, left, try parsePrimary())
    }
    if current == .word("in") {
      advance()
      guard current == .symbol("[") else {
        throw Failure(message: "expected a list [...] after “in”", offset: offset)
      }
      return .isIn(left, try parsePrimary())
    }
    return left
  }

  private mutating func parsePrimary() throws(Failure) -> Expression {
    let start = offset
    switch current {
    case .number(let value):
      advance()
      return .number(value)
    case .string(let text):
      advance()
      return .string(text)
    case .word("true"):
      advance()
      return .bool(true)
    case .word("false"):
      advance()
      return .bool(false)
    case .word(let name) where !["and", "or", "not", "in"].contains(name):
      advance()
      guard current == .symbol("(") else { return .reference(name) }
      guard let arity = Expression.functions[name] else {
        throw Failure(
          message: "unknown function “\(name)” (known: "
            + Expression.functions.keys.sorted().joined(separator: ", ") + ")", offset: start)
      }
      advance()
      try enter()
      defer { depth -= 1 }
      var arguments: [Expression] = []
      while current != .symbol(")") {
        arguments.append(try parseOr())
        if current == .symbol(",") { advance() } else { break }
      }
      guard current == .symbol(")") else {
        throw Failure(message: "expected “)”", offset: offset)
      }
      advance()
      guard arguments.count == arity else {
        throw Failure(
          message: "\(name) takes \(arity) argument(s), not \(arguments.count)", offset: start)
      }
      return .call(name, arguments)
    case .symbol("("):
      advance()
      try enter()
      defer { depth -= 1 }
      let inner = try parseOr()
      guard current == .symbol(")") else { throw Failure(message: "expected “)”", offset: offset) }
      advance()
      return inner
    case .symbol("["):
      advance()
      try enter()
      defer { depth -= 1 }
      var items: [Expression] = []
      while current != .symbol("]") {
        items.append(try parsePrimary())
        if current == .symbol(",") { advance() } else { break }
      }
      guard current == .symbol("]") else { throw Failure(message: "expected “]”", offset: offset) }
      advance()
      return .list(items)
    default:
      throw Failure(message: "unexpected \(describe(current))", offset: start)
    }
  }

  private mutating func enter() throws(Failure) {
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw Failure(
        message: "the condition nests deeper than \(Self.maximumDepth) levels", offset: offset)
    }
  }

  private func describe(_ token: Token) -> String {
    switch token {
    case .number(let value): return "number \(Expression.text(value))"
    case .string(let text): return "text '\(text)'"
    case .word(let word): return "“\(word)”"
    case .symbol(let symbol): return "“\(symbol)”"
    case .end: return "end of the condition"
    }
  }

  private static func tokenize(_ text: String) throws(Failure) -> [(token: Token, offset: Int)] {
    let characters = Array(text)
    var tokens: [(token: Token, offset: Int)] = []
    var position = 0
    while position < characters.count {
      let character = characters[position]
      let start = position
      if character.isWhitespace {
        position += 1
      } else if character == "'" || character == "\"" {
        position += 1
        var body = ""
        while position < characters.count, characters[position] != character {
          body.append(characters[position])
          position += 1
        }
        guard position < characters.count else {
          throw Failure(message: "text not closed with \(character)", offset: start)
        }
        position += 1
        tokens.append((.string(body), start))
      } else if character.isNumber
        || (character == "-" && position + 1 < characters.count
          && characters[position + 1].isNumber)
      {
        position += 1
        while position < characters.count,
          characters[position].isNumber || characters[position] == "."
        {
          position += 1
        }
        let literal = String(characters[start..<position])
        guard let value = Double(literal) else {
          throw Failure(message: "“\(literal)” is not a number", offset: start)
        }
        tokens.append((.number(value), start))
      } else if character.isLetter || character == "_" {
        while position < characters.count,
          characters[position].isLetter || characters[position].isNumber
            || characters[position] == "_"
        {
          position += 1
        }
        tokens.append((.word(String(characters[start..<position])), start))
      } else {
        let pair = position + 1 < characters.count ? String(characters[start...(start + 1)]) : ""
        if ["==", "!=", "<=", ">="].contains(pair) {
          tokens.append((.symbol(pair), start))
          position += 2
        } else if "<>()[],".contains(character) {
          tokens.append((.symbol(String(character)), start))
          position += 1
        } else if character == "=" {
          throw Failure(message: "use “==” to compare", offset: start)
        } else {
          throw Failure(message: "unexpected character “\(character)”", offset: start)
        }
      }
    }
    tokens.append((.end, characters.count))
    return tokens
  }
}
