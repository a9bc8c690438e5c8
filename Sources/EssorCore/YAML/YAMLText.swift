/// Helpers to write YAML text by hand, so files keep their comments and order.
public enum YAMLText {
  /// A string as a double-quoted YAML scalar, with escapes.
  public static func quoted(_ text: String) -> String {
    var body = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": body += "\\\""
      case "\\": body += "\\\\"
      case "\n": body += "\\n"
      case "\t": body += "\\t"
      case _ where scalar.isControlOrFormatting: body += scalar.fourDigitEscape
      default: body.unicodeScalars.append(scalar)
      }
    }
    return "\"" + body + "\""
  }
}
