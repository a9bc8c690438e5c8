import EssorCore

/// A check a canvas goes through, with examples that show what it finds and what it lets
/// pass; one generic test runs every check's examples (the way SwiftLint rules carry theirs).
public protocol CanvasCheck: Sendable {
  /// The stable identifier: `segment-orphans`.
  static var id: String { get }
  /// Whether its findings are errors or warnings.
  static var severity: Finding.Severity { get }
  /// What it checks, in a sentence.
  static var summary: LocalizedText { get }
  /// Whether the check means anything for a kind (the kind has the roles it needs).
  static func applies(to kind: CanvasKind) -> Bool
  /// What it finds in a canvas.
  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [Finding]
  /// Canvases that trigger it and canvases that do not.
  static var examples: [CheckExample] { get }
}

extension CanvasCheck {
  /// A finding of this check.
  static func finding(
    _ message: LocalizedText, hint: LocalizedText? = nil, block: String? = nil, line: Int? = nil
  ) -> Finding {
    Finding(
      check: id, severity: severity, block: block, line: line, message: message, hint: hint)
  }
}

/// What a check found: where, what is wrong, what to do.
public struct Finding: Sendable {
  public enum Severity: String, Sendable, Comparable {
    case error, warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .error && rhs == .warning
    }
  }

  public var check: String
  public var severity: Severity
  /// The block concerned, if one.
  public var block: String?
  /// The line in the canvas file, if one.
  public var line: Int?
  public var message: LocalizedText
  public var hint: LocalizedText?
}

/// What a check knows besides the canvas: the facts other tools derive from the workspace.
public struct CheckContext: Sendable {
  public var facts: FactSet

  public init(facts: FactSet = FactSet()) { self.facts = facts }
}

/// A canvas a check is run on in the tests, and how many findings it must give (0: none).
public struct CheckExample: Sendable {
  /// The kind, one of the shipped `templates/canvas` kinds.
  public var kind: String
  /// The canvas file after its `schema:` and `kind:` lines.
  public var canvas: String
  public var facts: FactSet
  public var findings: Int

  /// A canvas on which the check finds `count` problems.
  public static func triggers(
    _ count: Int = 1, kind: String, facts: FactSet = FactSet(), _ canvas: String
  ) -> CheckExample {
    CheckExample(kind: kind, canvas: canvas, facts: facts, findings: count)
  }

  /// A canvas the check lets pass.
  public static func passes(kind: String, facts: FactSet = FactSet(), _ canvas: String)
    -> CheckExample
  {
    CheckExample(kind: kind, canvas: canvas, facts: facts, findings: 0)
  }

  /// The whole file text.
  public var fileText: String { "schema: 1\nkind: \(kind)\n" + canvas }
}
