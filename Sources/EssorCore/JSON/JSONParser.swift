/// Parses JSON text into ``JSONValue``s, keeping the key order of objects and numbers as
/// written, so what Essor reads it can write back unchanged.
public enum JSONParser {
  /// Why a text is not JSON, and where.
  public struct Failure: Error, Sendable {
    public var message: String
    public var line: Int
    public var column: Int
  }

  /// The deepest nesting accepted: far beyond any document, far from the stack's end.
  public static let maximumDepth = 256

  /// Parses a whole JSON text.
  public static func parse(_ text: String) throws(Failure) -> JSONValue {
    var reader = Reader(bytes: Array(text.utf8))
    reader.skipSpace()
    let value = try reader.value(depth: 0)
    reader.skipSpace()
    guard reader.index == reader.bytes.count else { throw reader.failure("text after the value") }
    return value
  }

  private struct Reader {
    let bytes: [UInt8]
    var index = 0

    func failure(_ message: String) -> Failure {
      var line = 1
      var column = 1
      for byte in bytes[..<min(index, bytes.count)] {
        if byte == 0x0A {
          line += 1
          column = 1
        } else if byte & 0xC0 != 0x80 {
          column += 1
        }
      }
      return Failure(message: message, line: line, column: column)
    }

    mutating func skipSpace() {
      while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    mutating func value(depth: Int) throws(Failure) -> JSONValue {
      guard depth <= JSONParser.maximumDepth else { throw failure("nested too deeply") }
      guard index < bytes.count else { throw failure("unexpected end") }
      switch bytes[index] {
      case UInt8(ascii: "{"): return try object(depth: depth)
      case UInt8(ascii: "["): return try array(depth: depth)
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"): return try word("true", .bool(true))
      case UInt8(ascii: "f"): return try word("false", .bool(false))
      case UInt8(ascii: "n"): return try word("null", .null)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
      default: throw failure("unexpected character")
      }
    }

    mutating func word(_ text: String, _ value: JSONValue) throws(Failure) -> JSONValue {
      let expected = Array(text.utf8)
      guard index + expected.count <= bytes.count,
        Array(bytes[index..<(index + expected.count)]) == expected
      else { throw failure("expected \(text)") }
      index += expected.count
      return value
    }

    mutating func number() throws(Failure) -> JSONValue {
      let start = index
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      func digits() -> Int {
        let from = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
          index += 1
        }
        return index - from
      }
      guard digits() > 0 else { throw failure("a number needs digits") }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        guard digits() > 0 else { throw failure("a number needs digits after the point") }
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")
      {
        index += 1
        if index < bytes.count,
          bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
        {
          index += 1
        }
        guard digits() > 0 else { throw failure("a number needs digits in its exponent") }
      }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      guard index - start <= 40, Double(text)?.isFinite == true else {
        throw failure("number out of range")
      }
      return .literal(text)
    }

    mutating func string() throws(Failure) -> String {
      index += 1
      var scalars = String.UnicodeScalarView()
      var run = index
      func flush(_ end: Int) {
        scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars)
      }
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          flush(index)
          index += 1
          return String(scalars)
        }
        if byte < 0x20 { throw failure("a control character in a string") }
        if byte == UInt8(ascii: "\\") {
          flush(index)
          index += 1
          guard index < bytes.count else { break }
          let escape = bytes[index]
          index += 1
          switch escape {
          case UInt8(ascii: "\""): scalars.append("\"")
          case UInt8(ascii: "\\"): scalars.append("\\")
          case UInt8(ascii: "/"): scalars.append("/")
          case UInt8(ascii: "b"): scalars.append("\u{8}")
          case UInt8(ascii: "f"): scalars.append("\u{C}")
          case UInt8(ascii: "n"): scalars.append("\n")
          case UInt8(ascii: "r"): scalars.append("\r")
          case UInt8(ascii: "t"): scalars.append("\t")
          case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800...0xDBFF).contains(code) {
              guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
              else { throw failure("a lone surrogate") }
              index += 2
              let low = try hex4()
              guard (0xDC00...0xDFFF).contains(low) else { throw failure("a lone surrogate") }
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw failure("an invalid \\u escape") }
            scalars.append(scalar)
          default:
            throw failure("an invalid escape")
          }
          run = index
          continue
        }
        index += 1
      }
      throw failure("a string not closed")
    }

    mutating func hex4() throws(Failure) -> UInt32 {
      guard index + 4 <= bytes.count,
        let code = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
      else { throw failure("an invalid \\u escape") }
      index += 4
      return code
    }

    mutating func array(depth: Int) throws(Failure) -> JSONValue {
      index += 1
      var items: [JSONValue] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      }
      while true {
        skipSpace()
        items.append(try value(depth: depth + 1))
        skipSpace()
        guard index < bytes.count else { throw failure("an array not closed") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "]") else { throw failure("expected , or ]") }
        index += 1
        return .array(items)
      }
    }

    mutating func object(depth: Int) throws(Failure) -> JSONValue {
      index += 1
      var members: [(String, JSONValue)] = []
      var keys: Set<String> = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      while true {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
          throw failure("expected a key in quotes")
        }
        let key = try string()
        guard keys.insert(key).inserted else { throw failure("the key \"\(key)\" appears twice") }
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
          throw failure("expected :")
        }
        index += 1
        skipSpace()
        members.append((key, try value(depth: depth + 1)))
        skipSpace()
        guard index < bytes.count else { throw failure("an object not closed") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "}") else { throw failure("expected , or }") }
        index += 1
        return .object(members)
      }
    }
  }
}

extension JSONValue {
  /// The member of an object with this key.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  /// A number's value, whether written by Essor or parsed.
  public var doubleValue: Double? {
    switch self {
    case .integer(let value): return Double(value)
    case .number(let value, _): return value
    case .money(let money): return money.doubleValue
    case .literal(let text): return Double(text)
    default: return nil
    }
  }

  /// The text of a string.
  public var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }
}
