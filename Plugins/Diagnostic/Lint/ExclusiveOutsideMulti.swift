import EssorCore

/// `exclusive` (“none”, “don't know”) only means something among several choices.
struct ExclusiveOutsideMulti: TemplateLintRule {
  static let id = "exclusive-outside-multi"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "exclusive seulement dans une question multi.", en: "exclusive only in a multi question.")

  static func findings(in questionnaire: Questionnaire) -> [Diagnostic] {
    questionnaire.questions.filter { $0.type != .multi }.flatMap { question in
      question.choices.filter(\.exclusive).compactMap { choice in
        choice.node.map {
          finding(
            $0, .invalidValue,
            LocalizedText(
              fr: "exclusive n’a de sens que dans une question multi.",
              en: "exclusive only makes sense in a multi question."))
        }
      }
    }
  }

  static let examples: [LintExample] = [
    .triggers(
      "exclusive on a single-choice question",
      replacing: "{id: scop, title: {fr: \"SCOP\", en: \"SCOP\"}, score: 2}",
      with: "{id: scop, title: {fr: \"SCOP\", en: \"SCOP\"}, score: 2, exclusive: true}",
      .error(line: 20, mentions: ["exclusive", "multi"])),
    .passes("the base template"),
  ]
}
