/// A node written back on one line, in YAML's flow style: `{kind: bank-loan, amount: 90000}`.
extension YAMLNode {
  /// The node in flow style, every scalar quoted when flow style needs it; nil for nothing
  /// (and a mapping's keys with nothing are left out).
  public var flowText: String? {
    switch content {
    case .null: return nil
    case .scalar(let text, _): return Self.flowScalar(text)
    case .sequence(let items):
      return "[" + items.map { $0.flowText ?? "~" }.joined(separator: ", ") + "]"
    case .mapping(let entries):
      return "{"
        + entries.compactMap { entry in
          entry.value.flowText.map { (entry.key.flowText ?? "~") + ": " + $0 }
        }.joined(separator: ", ") + "}"
    }
  }

  /// A scalar as flow style reads it back as the same text: plain when it can be, else in
  /// double quotes with `"` and `\` escaped.
  public static func flowScalar(_ text: String) -> String {
    let special: Set<Character> = [
      ",", "[", "]", "{", "}", ":", "#", "\"", "'", "&", "*", "!", "|", ">", "%", "@", "`", "\\",
    ]
    let plain =
      !text.isEmpty && text.first != " " && text.last != " " && !text.contains("\n")
      && !["~", "null", "Null", "NULL"].contains(text)
      && !text.contains(where: { special.contains($0) && !($0 == "%" && text.last == "%") })
      && !(["-", "?"].contains(text.first ?? " ")
        && (text.count == 1 || text.dropFirst().first == " "))
    if plain { return text }
    let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
    return "\"" + escaped + "\""
  }
}
