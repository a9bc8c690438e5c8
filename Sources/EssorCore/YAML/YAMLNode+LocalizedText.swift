extension YAMLNode {
  /// A label written `{fr: …, en: …}` (or as plain text in the default language).
  ///
  /// The default language's text is required; a missing other language falls back to it
  /// and is reported in `missing`, so a lint can warn about it.
  public func localizedText(defaultLanguage: Language) throws -> (
    text: LocalizedText, missing: [Language]
  ) {
    if case .scalar(let text, _) = content {
      let other: Language = defaultLanguage == .fr ? .en : .fr
      return (LocalizedText(fr: text, en: text), [other])
    }
    let mapping = try self.mapping()
    try mapping.rejectUnknownKeys(allowed: Language.allCases.map(\.rawValue))
    var texts: [Language: String] = [:]
    for language in Language.allCases {
      if let node = mapping.optional(language.rawValue) { texts[language] = try node.text() }
    }
    guard let fallback = texts[defaultLanguage], !fallback.isEmpty else {
      throw error(
        .missingField,
        LocalizedText(
          fr: "le texte en langue par défaut (\(defaultLanguage.rawValue)) manque.",
          en: "the text in the default language (\(defaultLanguage.rawValue)) is missing."),
        hint: LocalizedText(
          fr: "écrivez {fr: \"…\", en: \"…\"}.", en: "write {fr: \"…\", en: \"…\"}."))
    }
    let missing = Language.allCases.filter { (texts[$0] ?? "").isEmpty }
    return (
      LocalizedText(fr: texts[.fr] ?? fallback, en: texts[.en] ?? fallback), missing
    )
  }
}
