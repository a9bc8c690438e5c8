import EssorCore

/// A check a canvas goes through, with examples that show what it finds and what it lets
/// pass; the generic example test runs every check's examples with the lint and plan rules'.
public protocol CanvasCheck: Sendable {
  /// The stable identifier: `segment-orphans`.
  static var id: String { get }
  /// Whether its findings are errors or warnings.
  static var severity: Diagnostic.Severity { get }
  /// What it checks, in a sentence.
  static var summary: LocalizedText { get }
  /// Whether the check means anything for a kind (the kind has the roles it needs).
  static func applies(to kind: CanvasKind) -> Bool
  /// What it finds in a canvas, each with the block it is about.
  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic]
  /// Canvases that trigger it and canvases that do not, with exactly what it finds.
  static var examples: [CheckExample] { get }
}

extension CanvasCheck {
  /// A finding of this check: a diagnostic from the check, at the line of the canvas file.
  static func finding(
    in canvas: FilledCanvas, _ message: LocalizedText, hint: LocalizedText? = nil,
    block: String? = nil, line: Int? = nil
  ) -> BlockDiagnostic {
    BlockDiagnostic(
      Diagnostic(
        severity, .canvasCheck, source: id, at: .file(path: canvas.path, line: line, column: nil),
        message, hint: hint), block: block)
  }
}

/// What a check knows besides the canvas: the facts other tools derive from the workspace.
public struct CheckContext: Sendable {
  public var facts: FactSet

  public init(facts: FactSet = FactSet()) { self.facts = facts }
}
