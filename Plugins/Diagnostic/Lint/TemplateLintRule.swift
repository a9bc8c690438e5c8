import EssorCore

/// A rule a questionnaire template must follow, with templates that break it and templates
/// that keep it; one generic test runs every rule's examples (the way SwiftLint rules do).
public protocol TemplateLintRule: Sendable {
  /// The stable identifier: `condition-references`.
  static var id: String { get }
  /// Errors stop the load; warnings are shown by `essor diagnose lint`.
  static var isError: Bool { get }
  /// What it checks, in a sentence.
  static var summary: LocalizedText { get }
  /// What it finds, each with its place in the file.
  static func findings(in questionnaire: Questionnaire) -> [EssorError]
  /// Changes to ``LintExample/base`` and how many findings each gives (0: none).
  static var examples: [LintExample] { get }
}

/// A template for a rule's example: ``base`` with one piece of text replaced.
public struct LintExample: Sendable {
  public var replacing: String
  public var with: String
  public var findings: Int

  /// A change that breaks the rule `count` times.
  public static func triggers(_ count: Int = 1, replacing: String, with: String) -> LintExample {
    LintExample(replacing: replacing, with: with, findings: count)
  }

  /// A change (or none) the rule lets pass.
  public static func passes(replacing: String = "", with: String = "") -> LintExample {
    LintExample(replacing: replacing, with: with, findings: 0)
  }

  /// The template text of the example.
  public var text: String {
    replacing.isEmpty ? Self.base : Self.base.replacingOccurrences(of: replacing, with: with)
  }

  /// A small template that every rule lets pass.
  public static let base = """
    schema: 1
    id: example
    version: "1"
    default-language: fr
    title: {fr: "Exemple", en: "Example"}
    dimensions:
      - {id: gov, title: {fr: "Gouvernance", en: "Governance"}}
      - {id: fin, title: {fr: "Finances", en: "Finance"}}
    levels:
      - {id: low, min: 0, title: {fr: "Bas", en: "Low"}}
      - {id: high, min: 60, title: {fr: "Haut", en: "High"}}
    sections:
      - id: one
        title: {fr: "Première", en: "First"}
        questions:
          - id: form
            type: single
            title: {fr: "Statut ?", en: "Legal form?"}
            choices:
              - {id: scop, title: {fr: "SCOP", en: "SCOP"}, score: 2}
              - {id: scic, title: {fr: "SCIC", en: "SCIC"}, score: 2}
            scoring: {dimension: gov}
          - id: colleges
            type: integer
            when: "form == 'scic'"
            title: {fr: "Collèges ?", en: "Colleges?"}
            scoring: {dimension: gov, bands: [{below: 3, score: 0}, {score: 3}]}
      - id: two
        title: {fr: "Seconde", en: "Second"}
        when: "answered(form)"
        questions:
          - id: tools
            type: multi
            title: {fr: "Outils ?", en: "Tools?"}
            choices:
              - {id: a, title: {fr: "A", en: "A"}, score: 1}
              - {id: b, title: {fr: "B", en: "B"}, score: 1}
              - {id: none, title: {fr: "Aucun", en: "None"}, exclusive: true}
            scoring: {dimension: fin, max: 2}
    must-pass:
      - {id: tooled, require: "not selected(tools, 'none')", cap: low, title: {fr: "Sans outils", en: "No tools"}}
    recommendations:
      - {id: tools, when: "dim('fin') < 50", priority: 1, text: {fr: "Outillez-vous", en: "Get tools"}}
    """
}

/// Every lint rule, and running them.
public enum TemplateLint {
  public static let rules: [any TemplateLintRule.Type] = [
    DuplicateQuestions.self, ConditionReferences.self, ScoreFunctionsInConditions.self,
    DimensionNames.self, ConditionChoices.self, ExclusiveOutsideMulti.self,
    ReachableMaximum.self, ScoredDimensions.self, LevelOrder.self, Translations.self,
  ]

  /// The errors and warnings of every rule, each list in file order.
  public static func run(_ questionnaire: Questionnaire) -> (
    errors: [EssorError], warnings: [EssorError]
  ) {
    var errors: [EssorError] = []
    var warnings: [EssorError] = []
    for rule in rules {
      let found = rule.findings(in: questionnaire)
      if rule.isError { errors += found } else { warnings += found }
    }
    return (errors.sorted(by: inFileOrder), warnings.sorted(by: inFileOrder))
  }

  private static func inFileOrder(_ a: EssorError, _ b: EssorError) -> Bool {
    func place(_ error: EssorError) -> (Int, Int) {
      if case .file(_, let line, let column)? = error.location { return (line ?? 0, column ?? 0) }
      return (0, 0)
    }
    return place(a) < place(b)
  }
}
