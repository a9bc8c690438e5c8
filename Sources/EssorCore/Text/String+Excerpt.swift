extension String {
  /// The most characters of an input's value a message quotes.
  public static let excerptLength = 80

  /// The text as a message quotes it: whole up to ``excerptLength`` characters, else its
  /// start and “…”, so a 10 MB value never makes a 10 MB error line.
  public var excerpt: String {
    guard let cut = index(startIndex, offsetBy: Self.excerptLength, limitedBy: endIndex),
      cut != endIndex
    else { return self }
    return String(self[..<index(before: cut)]) + "…"
  }
}

extension String {
  /// The longest message line printed, in characters: a last guard when a value reaches a
  /// message unquoted.
  public static let longestMessage = 2_000

  /// The most characters of one quoted text a printed message keeps: values are quoted
  /// through ``excerpt`` already; this catches any other (paths stay whole).
  public static let longestQuote = 160

  /// The message with every quoted text (between “ ” or « ») cut to ``longestQuote``
  /// characters, and the whole cut to ``longestMessage``.
  public var messageShortened: String {
    guard utf8.count > Self.excerptLength else { return self }
    var out = ""
    var quoted = 0
    var closing: Character = "”"
    var total = 0
    for character in self {
      if quoted > 0 && character == closing {
        quoted = 0
      } else if quoted == 0 && (character == "“" || character == "«") {
        closing = character == "“" ? "”" : "»"
        quoted = 1
        out.append(character)
        total += 1
        continue
      }
      if quoted > 0 {
        quoted += 1
        if quoted == Self.longestQuote + 1 { out += "…" }
        if quoted > Self.longestQuote { continue }
      }
      total += 1
      if total == Self.longestMessage { out += "…" }
      if total >= Self.longestMessage { continue }
      out.append(character)
    }
    return out
  }
}
