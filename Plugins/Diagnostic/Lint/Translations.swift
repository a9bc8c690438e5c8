import EssorCore

/// Every label has its text in both languages; a missing one shows the default language's.
struct Translations: TemplateLintRule {
  static let id = "translations"
  static let severity = Diagnostic.Severity.warning
  static let summary = LocalizedText(
    fr: "Chaque texte existe en français et en anglais.",
    en: "Every text exists in French and English.")

  static func findings(in questionnaire: Questionnaire) -> [Diagnostic] {
    let language = questionnaire.defaultLanguage
    let other: Language = language == .fr ? .en : .fr
    return questionnaire.untranslated.map { node in
      finding(
        node, .missingField,
        LocalizedText(
          fr: "pas de texte en « \(other.rawValue) » : le texte en « \(language.rawValue) » "
            + "sera affiché.",
          en: "no “\(other.rawValue)” text: the “\(language.rawValue)” text will be shown."))
    }
  }

  static let examples: [LintExample] = [
    .triggers(
      "a question title in French only", replacing: "{fr: \"Statut ?\", en: \"Legal form?\"}",
      with: "{fr: \"Statut ?\"}",
      .warning(line: 18, mentions: ["sections[1].questions[1].title", "pas de texte en « en »"])),
    .triggers(
      "a choice title in French only", replacing: "{fr: \"A\", en: \"A\"}", with: "\"A\"",
      .warning(
        line: 36, mentions: ["sections[2].questions[1].choices[1].title", "pas de texte en « en »"])
    ),
    .passes("the base template"),
  ]
}
