import EssorCore

/// Every dimension has a scored question, or it could never have a score.
struct ScoredDimensions: TemplateLintRule {
  static let id = "scored-dimensions"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Chaque dimension a au moins une question notée.",
    en: "Every dimension has at least one scored question.")

  static func findings(in questionnaire: Questionnaire) -> [Diagnostic] {
    questionnaire.dimensions.filter { dimension in
      !questionnaire.questions.contains { $0.scoring?.dimension == dimension.id }
    }.compactMap { dimension in
      dimension.node.map {
        finding(
          $0, .invalidValue,
          LocalizedText(
            fr: "la dimension « \(dimension.id) » n’a aucune question notée.",
            en: "the dimension “\(dimension.id)” has no scored question."),
          hint: LocalizedText(
            fr: "ajoutez scoring: {dimension: \(dimension.id)} à une question, ou retirez-la.",
            en: "add scoring: {dimension: \(dimension.id)} to a question, or remove it."))
      }
    }
  }

  static let examples: [LintExample] = [
    .triggers(
      "a dimension no question scores", replacing: "scoring: {dimension: fin, max: 2}",
      with: "scoring: {dimension: gov, max: 2}",
      .error(line: 8, mentions: ["fin"])),
    .passes("the base template"),
  ]
}
