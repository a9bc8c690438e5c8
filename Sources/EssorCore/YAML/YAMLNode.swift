/// A node of a YAML file with its position, so every error can name file:line:column.
///
/// Essor reads its human-edited inputs through this type rather than `Codable`, because
/// a person who typed `rate: 4 %` in the wrong place must be told where and what is allowed.
public struct YAMLNode: Sendable {
  /// What the node holds.
  public enum Content: Sendable {
    /// A scalar's text, and whether it was written plain (unquoted).
    case scalar(String, plain: Bool)
    /// A mapping, in file order.
    case mapping([(key: YAMLNode, value: YAMLNode)])
    /// A sequence.
    case sequence([YAMLNode])
    /// `~`, `null` or nothing.
    case null
  }

  /// What the node holds.
  public var content: Content
  /// The file it comes from.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int
  /// The path of keys leading to it, for messages: `loans[2].rate`.
  public var keyPath: String
  /// Where the node came from when not from its file: a `--set` flag that replaced it.
  public var origin: SourceLocation?

  /// Where the node is: its file, line and column, or the flag it came from.
  public var location: SourceLocation {
    origin ?? .file(path: file, line: line, column: column)
  }

  /// A short word for the node's kind, in a language.
  func kindName(_ language: Language) -> String {
    switch content {
    case .scalar: return language == .fr ? "une valeur" : "a value"
    case .mapping:
      return language == .fr ? "un dictionnaire (clé: valeur)" : "a mapping (key: value)"
    case .sequence: return language == .fr ? "une liste" : "a list"
    case .null: return language == .fr ? "rien" : "nothing"
    }
  }

  /// An error about this node's field, with its location.
  public func error(
    _ code: ErrorCode, _ message: LocalizedText, hint: LocalizedText? = nil
  ) -> EssorError {
    EssorError(
      code, at: location,
      LocalizedText(
        fr: "champ « \(keyPath) » : \(message.fr)", en: "field “\(keyPath)”: \(message.en)"),
      hint: hint)
  }

  /// The node as a mapping, or a wrong-type error.
  public func mapping() throws -> YAMLMapping {
    guard case .mapping(let entries) = content else {
      throw wrongType(
        LocalizedText(fr: "un dictionnaire (clé: valeur)", en: "a mapping (key: value)"))
    }
    return try YAMLMapping(node: self, entries: entries)
  }

  /// The node as a list, or a wrong-type error.
  public func sequence() throws -> [YAMLNode] {
    guard case .sequence(let items) = content else {
      throw wrongType(LocalizedText(fr: "une liste", en: "a list"))
    }
    // Items are named after the list they are in: `blocks[2]`, `loans[1]`.
    return items.enumerated().map { index, item in
      var item = item
      item.keyPath = keyPath + "[\(index + 1)]"
      return item
    }
  }

  /// The scalar's text, or a wrong-type error; a text longer than
  /// ``InputLimits/textLength`` characters is refused.
  public func text() throws -> String {
    guard case .scalar(let text, _) = content else {
      throw wrongType(LocalizedText(fr: "une valeur", en: "a value"))
    }
    if text.utf8.count > InputLimits.textLength, text.count > InputLimits.textLength {
      throw tooLong(text.count, limit: InputLimits.textLength)
    }
    return text
  }

  /// Parses the scalar with `parse`; a nil result is an invalid-value error saying what
  /// is `allowed`.
  public func value<T>(allowed: LocalizedText, _ parse: (String) -> T?) throws -> T {
    let text = try text()
    guard let value = parse(text) else {
      throw error(
        .invalidValue,
        LocalizedText(
          fr: "« \(text.excerpt) » n’est pas accepté.", en: "“\(text.excerpt)” is not accepted."),
        hint: LocalizedText(fr: "attendu : \(allowed.fr).", en: "expected: \(allowed.en)."))
    }
    return value
  }

  /// The scalar as one of an enumeration's raw values, listing them on error.
  public func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws -> T
  where T.RawValue == String {
    let names = T.allCases.map(\.rawValue).joined(separator: ", ")
    return try value(allowed: LocalizedText(fr: "l’un de \(names)", en: "one of \(names)")) {
      T(rawValue: $0)
    }
  }

  /// The scalar as a whole number within `range`.
  public func integer(in range: ClosedRange<Int>) throws -> Int {
    try value(
      allowed: LocalizedText(
        fr: "un nombre entier de \(range.lowerBound) à \(range.upperBound)",
        en: "a whole number from \(range.lowerBound) to \(range.upperBound)")
    ) { text in Int(text).flatMap { range.contains($0) ? $0 : nil } }
  }

  private func wrongType(_ expected: LocalizedText) -> EssorError {
    error(
      .wrongType,
      LocalizedText(
        fr: "attendu \(expected.fr), trouvé \(kindName(.fr)).",
        en: "expected \(expected.en), found \(kindName(.en))."))
  }
}
