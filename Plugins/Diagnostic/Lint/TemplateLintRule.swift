import EssorCore

/// A rule a questionnaire template must follow, with templates that break it and templates
/// that keep it; the generic example test runs every rule's examples with the canvas checks'
/// and plan rules'.
public protocol TemplateLintRule: Sendable {
  /// The stable identifier: `condition-references`.
  static var id: String { get }
  /// Errors stop the load; warnings are shown by `essor diagnose lint`.
  static var severity: Diagnostic.Severity { get }
  /// What it checks, in a sentence.
  static var summary: LocalizedText { get }
  /// What it finds, each with its place in the file.
  static func findings(in questionnaire: Questionnaire) -> [Diagnostic]
  /// Changes to ``TemplateEdit/base`` and exactly what each finds.
  static var examples: [LintExample] { get }
}

extension TemplateLintRule {
  /// A finding of this rule about a field of the template.
  static func finding(
    _ node: YAMLNode, _ code: ErrorCode, _ message: LocalizedText, hint: LocalizedText? = nil
  ) -> Diagnostic {
    Diagnostic(node.error(code, message, hint: hint), severity: severity, source: id)
  }
}

/// Every lint rule, and running them.
public enum TemplateLint {
  public static let rules: [any TemplateLintRule.Type] = [
    DuplicateQuestions.self, ConditionReferences.self, ScoreFunctionsInConditions.self,
    DimensionNames.self, ConditionChoices.self, ExclusiveOutsideMulti.self,
    ReachableMaximum.self, ScoredDimensions.self, LevelOrder.self, Translations.self,
  ]

  /// The findings of every rule, in file order (the errors among them stop a load).
  public static func run(_ questionnaire: Questionnaire) -> [Diagnostic] {
    rules.flatMap { $0.findings(in: questionnaire) }.enumerated().sorted { a, b in
      inFileOrder(a.element, b.element)
        || (!inFileOrder(b.element, a.element) && a.offset < b.offset)
    }.map(\.element)
  }

  private static func inFileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    func place(_ error: Diagnostic) -> (Int, Int) {
      if case .file(_, let line, let column)? = error.location { return (line ?? 0, column ?? 0) }
      return (0, 0)
    }
    return place(a) < place(b)
  }
}
