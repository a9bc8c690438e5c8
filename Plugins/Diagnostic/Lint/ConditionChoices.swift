import EssorCore

/// A condition names choices its question has, and applies `selected()` and `count()` to
/// choice questions: otherwise it silently never holds and its question is never asked.
struct ConditionChoices: TemplateLintRule {
  static let id = "condition-choices"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Une condition cite des choix qui existent.", en: "A condition names choices that exist.")

  static func findings(in questionnaire: Questionnaire) -> [Diagnostic] {
    let conditions =
      questionnaire.sections.compactMap(\.when) + questionnaire.questions.compactMap(\.when)
      + questionnaire.mustPass.map(\.require) + questionnaire.recommendations.map(\.when)
    return conditions.compactMap { condition in
      problem(condition.expression, questionnaire).map {
        finding(condition.node, .invalidValue, $0)
      }
    }
  }

  private static func problem(_ expression: Expression, _ questionnaire: Questionnaire)
    -> LocalizedText?
  {
    func check(_ id: String, _ value: Expression) -> LocalizedText? {
      guard let question = questionnaire.question(id), !question.choices.isEmpty,
        case .string(let choice) = value, question.choice(choice) == nil
      else { return nil }
      let ids = question.choices.map(\.id).joined(separator: ", ")
      return LocalizedText(
        fr: "« \(choice) » n’est pas un choix de « \(id) » (\(ids)).",
        en: "“\(choice)” is not a choice of “\(id)” (\(ids)).")
    }
    switch expression {
    case .compare(_, let a, let b):
      if case .reference(let id) = a, let found = check(id, b) { return found }
      if case .reference(let id) = b, let found = check(id, a) { return found }
      return problem(a, questionnaire) ?? problem(b, questionnaire)
    case .isIn(.reference(let id), .list(let items)):
      return items.lazy.compactMap { check(id, $0) }.first
    case .call(let name, let arguments) where name == "selected" || name == "count":
      guard case .reference(let id)? = arguments.first, let question = questionnaire.question(id)
      else { return nil }  // an unknown question is the references rule's finding
      guard question.type == .multi || question.type == .single else {
        return LocalizedText(
          fr: "\(name)() ne vaut que pour une question à choix, pas « \(id) ».",
          en: "\(name)() only applies to a choice question, not “\(id)”.")
      }
      return arguments.count == 2 ? check(id, arguments[1]) : nil
    case .not(let inner):
      return problem(inner, questionnaire)
    case .and(let a, let b), .or(let a, let b):
      return problem(a, questionnaire) ?? problem(b, questionnaire)
    default:
      return nil
    }
  }

  static let examples: [LintExample] = [
    .triggers(
      "a condition on a choice form does not have", replacing: "when: \"form == 'scic'\"",
      with: "when: \"form == 'coop'\"",
      .error(line: 25, mentions: ["« coop »", "« form » (scop, scic)"])),
    .triggers(
      "another unknown choice of form", replacing: "when: \"form == 'scic'\"",
      with: "when: \"form in ['scic', 'sa']\"",
      .error(line: 25, mentions: ["« sa »", "« form » (scop, scic)"])),
    .triggers(
      "a must-pass on an unknown choice of tools", replacing: "selected(tools, 'none')",
      with: "selected(tools, 'c')",
      .error(line: 41, mentions: ["« c »", "« tools » (a, b, none)"])),
    .triggers(
      "count() on an integer question", replacing: "dim('fin') < 50", with: "count(colleges) > 1",
      .error(line: 43, mentions: ["count()", "« colleges »"])),
    .passes(
      "a condition on existing choices", replacing: "when: \"form == 'scic'\"",
      with: "when: \"form in ['scic', 'scop']\""),
  ]
}
