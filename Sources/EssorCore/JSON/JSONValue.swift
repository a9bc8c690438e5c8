/// A JSON value whose objects keep their key order and whose money keeps its cents.
///
/// Foundation's encoder sorts nothing usefully and prints `100000.0` for money;
/// Essor's JSON outputs are read by programs and people alike, so they are written here.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case integer(Int64)
  /// Money, written as a number with exactly two decimals: `1366.88`, `100000.00`.
  case money(Money)
  /// A binary float, written with up to `decimals` decimals (trailing zeros dropped).
  case number(Double, decimals: Int)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])
  /// A number as written in parsed JSON, kept as text so it is written back exactly.
  case literal(String)

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  /// The value as JSON text, indented by two spaces when `pretty`.
  public func serialized(pretty: Bool = true) -> String {
    var output = ""
    write(into: &output, indent: pretty ? 0 : nil)
    return output
  }

  private func write(into output: inout String, indent: Int?) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .integer(let value): output += String(value)
    case .money(let value): output += value.plainText
    case .number(let value, let decimals): output += Self.numberText(value, decimals: decimals)
    case .string(let value): Self.writeString(value, into: &output)
    case .literal(let text): output += text
    case .array(let items):
      writeContainer(
        items.map { item in { (out: inout String, i: Int?) in item.write(into: &out, indent: i) } },
        open: "[", close: "]", into: &output, indent: indent)
    case .object(let members):
      writeContainer(
        members.map { key, value in
          { (out: inout String, i: Int?) in
            Self.writeString(key, into: &out)
            out += i == nil ? ":" : ": "
            value.write(into: &out, indent: i)
          }
        }, open: "{", close: "}", into: &output, indent: indent)
    }
  }

  private func writeContainer(
    _ parts: [(inout String, Int?) -> Void], open: String, close: String,
    into output: inout String, indent: Int?
  ) {
    output += open
    guard !parts.isEmpty else {
      output += close
      return
    }
    let inner = indent.map { $0 + 2 }
    for (index, part) in parts.enumerated() {
      if index > 0 { output += "," }
      if let inner { output += "\n" + String(repeating: " ", count: inner) }
      part(&output, inner)
    }
    if let indent { output += "\n" + String(repeating: " ", count: indent) }
    output += close
  }

  /// A float as JSON: `null` when not finite, else fixed decimals without trailing zeros.
  static func numberText(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "null" }
    var text = MoneyFormat.number(value, decimals: decimals, .en).replacingOccurrences(
      of: ",", with: "")
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  private static func writeString(_ value: String, into output: inout String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.isControlOrFormatting: output += scalar.fourDigitEscape
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
