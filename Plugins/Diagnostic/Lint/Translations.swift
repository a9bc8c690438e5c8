import EssorCore

/// Every label has its text in both languages; a missing one shows the default language's.
struct Translations: TemplateLintRule {
  static let id = "translations"
  static let isError = false
  static let summary = LocalizedText(
    fr: "Chaque texte existe en français et en anglais.",
    en: "Every text exists in French and English.")

  static func findings(in questionnaire: Questionnaire) -> [EssorError] {
    let language = questionnaire.defaultLanguage
    let other: Language = language == .fr ? .en : .fr
    return questionnaire.untranslated.map { node in
      node.error(
        .missingField,
        LocalizedText(
          fr: "pas de texte en « \(other.rawValue) » : le texte en « \(language.rawValue) » "
            + "sera affiché.",
          en: "no “\(other.rawValue)” text: the “\(language.rawValue)” text will be shown."))
    }
  }

  static let examples: [LintExample] = [
    .triggers(replacing: "{fr: \"Statut ?\", en: \"Legal form?\"}", with: "{fr: \"Statut ?\"}"),
    .triggers(replacing: "{fr: \"A\", en: \"A\"}", with: "\"A\""),
    .passes(),
  ]
}
