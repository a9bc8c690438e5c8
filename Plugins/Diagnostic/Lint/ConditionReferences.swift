import EssorCore

/// A condition names questions that exist, and a question's (or section's) condition only
/// questions asked before it: it reads answers already given, and no cycle can form.
struct ConditionReferences: TemplateLintRule {
  static let id = "condition-references"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Une condition ne cite que des questions posées avant elle.",
    en: "A condition names only questions asked before it.")

  static func findings(in questionnaire: Questionnaire) -> [Diagnostic] {
    let all = Set(questionnaire.questions.map(\.id))
    var found: [Diagnostic] = []
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
  ) -> [Diagnostic] {
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
      return finding(
        condition.node, .invalidValue, message,
        hint: LocalizedText(
          fr: "une condition ne lit que des réponses déjà données.",
          en: "a condition reads only answers already given."))
    }
  }

  static let examples: [LintExample] = [
    .triggers(
      "a condition naming a later question", replacing: "when: \"form == 'scic'\"",
      with: "when: \"tools == 'a'\"",
      .error(line: 25, mentions: ["« tools » n’est pas une question posée avant"])),
    .triggers(
      "a condition naming its own question", replacing: "when: \"form == 'scic'\"",
      with: "when: \"colleges > 2\"",
      .error(line: 25, mentions: ["sa propre question « colleges »"])),
    .triggers(
      "a section condition naming a later question", replacing: "when: \"answered(form)\"",
      with: "when: \"answered(tools)\"",
      .error(
        line: 30, mentions: ["sections[2].when", "« tools » n’est pas une question posée avant"])),
    .triggers(
      "a must-pass naming an unknown question",
      replacing: "require: \"not selected(tools, 'none')\"",
      with: "require: \"not selected(tool, 'none')\"",
      .error(line: 41, mentions: ["« tool » n’est pas une question du questionnaire"])),
    .passes("the base template"),
  ]
}
