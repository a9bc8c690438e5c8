import EssorCore

/// A scored question's `max` can be reached, and some answer scores a point: otherwise the
/// dimension's score could never be 100, or the question would weigh nothing.
struct ReachableMaximum: TemplateLintRule {
  static let id = "reachable-maximum"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Le maximum d’une question notée est atteignable.",
    en: "A scored question's maximum can be reached.")

  static func findings(in questionnaire: Questionnaire) -> [Diagnostic] {
    questionnaire.questions.compactMap { question -> Diagnostic? in
      guard let scoring = question.scoring, let node = scoring.node else { return nil }
      if let stated = scoring.statedMaximum, stated > scoring.reachable {
        return finding(
          node, .invalidValue,
          LocalizedText(
            fr: "max \(Expression.text(stated)) est hors d’atteinte : la meilleure réponse vaut "
              + "\(Expression.text(scoring.reachable)).",
            en: "max \(Expression.text(stated)) cannot be reached: the best answer scores "
              + "\(Expression.text(scoring.reachable))."))
      }
      guard scoring.reachable <= 0 else { return nil }
      return finding(
        node, .invalidValue,
        LocalizedText(
          fr: "aucune réponse ne rapporte de point.", en: "no answer scores any point."),
        hint: LocalizedText(
          fr: "donnez un score aux choix (score:) ou des bandes.",
          en: "give the choices a score (score:) or bands."))
    }
  }

  static let examples: [LintExample] = [
    .triggers(
      "a max of 3 where the best answers score 2", replacing: "scoring: {dimension: fin, max: 2}",
      with: "scoring: {dimension: fin, max: 3}",
      .error(line: 39, mentions: ["max 3", "vaut 2"])),
    .triggers(
      "bands that score nothing", replacing: "{below: 3, score: 0}, {score: 3}",
      with: "{below: 3, score: 0}, {score: 0}",
      .error(line: 27, mentions: ["aucune réponse ne rapporte de point"])),
    .passes(
      "a max of 1 the answers reach", replacing: "scoring: {dimension: fin, max: 2}",
      with: "scoring: {dimension: fin, max: 1}"),
  ]
}
