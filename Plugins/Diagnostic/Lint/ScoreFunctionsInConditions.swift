import EssorCore

/// `dim()` and `total()` read scores, which exist only once every answer is in: they belong
/// in must-pass rules and recommendations, not in the conditions that decide what is asked.
struct ScoreFunctionsInConditions: TemplateLintRule {
  static let id = "score-functions"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "dim() et total() seulement dans must-pass et recommendations.",
    en: "dim() and total() only in must-pass and recommendations.")

  static func findings(in questionnaire: Questionnaire) -> [Diagnostic] {
    let conditions =
      questionnaire.sections.compactMap(\.when) + questionnaire.questions.compactMap(\.when)
    return conditions.compactMap { condition in
      guard
        let function = condition.expression.calls.first(where: Expression.scoreFunctions.contains)
      else { return nil }
      return finding(
        condition.node, .invalidValue,
        LocalizedText(
          fr: "\(function)() lit les scores : seulement dans must-pass et recommendations.",
          en: "\(function)() reads scores: only in must-pass and recommendations."))
    }
  }

  static let examples: [LintExample] = [
    .triggers(
      "total() in a question's condition", replacing: "when: \"form == 'scic'\"",
      with: "when: \"total() > 50\"",
      .error(line: 25, mentions: ["total()", "must-pass"])),
    .triggers(
      "dim() in a section's condition", replacing: "when: \"answered(form)\"",
      with: "when: \"dim('gov') > 50\"",
      .error(line: 30, mentions: ["dim()", "must-pass"])),
    .passes("the base template"),
  ]
}
