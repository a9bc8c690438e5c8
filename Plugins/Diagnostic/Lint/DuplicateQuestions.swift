import EssorCore

/// Every question has its own id: answers are filed under it.
struct DuplicateQuestions: TemplateLintRule {
  static let id = "duplicate-questions"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Chaque question a son propre identifiant.", en: "Every question has its own id.")

  static func findings(in questionnaire: Questionnaire) -> [Diagnostic] {
    var first: [String: Question] = [:]
    var found: [Diagnostic] = []
    for question in questionnaire.questions {
      if let other = first[question.id], let node = question.node {
        found.append(
          finding(
            node, .duplicate,
            LocalizedText(
              fr: "la question « \(question.id) » existe déjà ligne \(other.line).",
              en: "the question “\(question.id)” already exists on line \(other.line).")))
      } else {
        first[question.id] = question
      }
    }
    return found
  }

  static let examples: [LintExample] = [
    .triggers(
      "a question id used twice", replacing: "id: colleges", with: "id: form",
      .error(line: 23, mentions: ["« form » existe déjà ligne 16"])),
    .passes("the base template"),
  ]
}
