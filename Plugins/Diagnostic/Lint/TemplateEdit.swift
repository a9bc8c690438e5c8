import EssorCore

/// A questionnaire template a lint rule's example runs on: ``base`` with one piece of text
/// replaced.
public struct TemplateEdit: Sendable {
  /// The text of ``base`` to replace (empty: the base as it is).
  public var replacing: String
  public var with: String

  public init(replacing: String, with: String) {
    self.replacing = replacing
    self.with = with
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

/// An example of a questionnaire lint rule.
public typealias LintExample = Example<TemplateEdit>

extension Example where Input == TemplateEdit {
  /// A change to the base template on which the rule finds exactly `findings`.
  public static func triggers(
    _ description: String, replacing: String, with: String, _ findings: ExpectedFinding...
  ) -> LintExample {
    LintExample(description, TemplateEdit(replacing: replacing, with: with), findings: findings)
  }

  /// A change (or none) the rule lets pass.
  public static func passes(_ description: String, replacing: String = "", with: String = "")
    -> LintExample
  {
    LintExample(description, TemplateEdit(replacing: replacing, with: with), findings: [])
  }
}
