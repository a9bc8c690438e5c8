extension Unicode.Scalar {
  /// Whether the scalar can move a terminal's cursor, change its colours, break a line or
  /// reorder text when printed raw: C0 and C1 controls, DEL, the line and paragraph
  /// separators, and the bidirectional formatting marks.
  ///
  /// Text from inputs is escaped wherever such a scalar would act instead of show.
  public var isControlOrFormatting: Bool {
    switch value {
    case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E,
      0x2066...0x2069:
      return true
    default:
      return false
    }
  }

  /// The scalar as `\u{…}`, the way Essor shows it in text for people.
  public var visibleEscape: String { "\\u{" + String(value, radix: 16) + "}" }

  /// The scalar as a JSON or YAML `\uXXXX` escape (these scalars are all in the BMP).
  public var fourDigitEscape: String {
    let hex = String(value, radix: 16, uppercase: true)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}

extension String {
  /// The text with every control or formatting scalar shown as `\u{…}`, so text from inputs
  /// can neither move a terminal's cursor, change its colours nor break a line.
  public var controlsEscaped: String {
    guard unicodeScalars.contains(where: \.isControlOrFormatting) else { return self }
    var out = ""
    for scalar in unicodeScalars {
      if scalar.isControlOrFormatting {
        out += scalar.visibleEscape
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension String {
  /// Whether the text can be a label: not blank, and no control or formatting character
  /// (line breaks, escapes, bidi overrides would garble terminals and tables).
  public var isOneLineLabel: Bool {
    !trimmingCharacters(in: .whitespaces).isEmpty
      && !unicodeScalars.contains(where: \.isControlOrFormatting)
  }
}
