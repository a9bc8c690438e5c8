import EssorCore

/// A condition names questions that exist, and a question's (or section's) condition only
/// questions asked before it: it reads answers already given, and no cycle can form.
struct ConditionReferences: TemplateLintRule {
  static let id = "condition-references"
  static let isError = true
  static let summary = LocalizedText(
    fr: "Une condition ne cite que des questions posées avant elle.",
    en: "A condition names only questions asked before it.")

  static func findings(in questionnaire: Questionnaire) -> [EssorError] {
    let all = Set(questionnaire.questions.map(\.id))
    var found: [EssorError] = []
    var earlier: Set<String> = []
    var sectionsSeen: Set<String> = []
    for question in questionnaire.questions {
      if !sectionsSeen.contains(question.section) {
        sectionsSeen.insert(question.section)
        if let when = questionnaire.section(question.section)?.when {
          found += check(when, allowed: earlier, all: all, owner: nil)
        }
      }
      if let when = question.when {
        found += check(when, allowed: earlier, all: all, owner: question.id)
      }
      earlier.insert(question.id)
    }
    for rule in questionnaire.mustPass {
      found += check(rule.require, allowed: all, all: all, owner: nil)
    }
    for rule in questionnaire.recommendations {
      found += check(rule.when, allowed: all, all: all, owner: nil)
    }
    return found
  }

  private static func check(
    _ condition: Condition, allowed: Set<String>, all: Set<String>, owner: String?
  ) -> [EssorError] {
    var seen: Set<String> = []
    return condition.expression.references.compactMap { reference in
      guard !allowed.contains(reference), seen.insert(reference).inserted else { return nil }
      let message: LocalizedText
      if reference == owner {
        message = LocalizedText(
          fr: "la condition cite sa propre question « \(reference) ».",
          en: "the condition names its own question “\(reference)”.")
      } else if all.contains(reference) {
        message = LocalizedText(
          fr: "« \(reference) » n’est pas une question posée avant celle-ci.",
          en: "“\(reference)” is not a question asked before this one.")
      } else {
        message = LocalizedText(
          fr: "« \(reference) » n’est pas une question du questionnaire.",
          en: "“\(reference)” is not a question of the template.")
      }
      return condition.node.error(
        .invalidValue, message,
        hint: LocalizedText(
          fr: "une condition ne lit que des réponses déjà données.",
          en: "a condition reads only answers already given."))
    }
  }

  static let examples: [LintExample] = [
    .triggers(replacing: "when: \"form == 'scic'\"", with: "when: \"tools == 'a'\""),
    .triggers(replacing: "when: \"form == 'scic'\"", with: "when: \"colleges > 2\""),
    .triggers(replacing: "when: \"answered(form)\"", with: "when: \"answered(tools)\""),
    .triggers(
      replacing: "require: \"not selected(tools, 'none')\"",
      with: "require: \"not selected(tool, 'none')\""),
    .passes(),
  ]
}
