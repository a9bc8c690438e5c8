import EssorCore

/// A canvas a check's example runs on: a shipped kind and the file's text.
public struct CanvasSample: Sendable {
  /// The kind, one of the shipped `templates/canvas` kinds.
  public var kind: String
  /// The canvas file after its `schema:` and `kind:` lines (so its first line is line 3).
  public var text: String
  /// The facts the check is given.
  public var facts: FactSet

  public init(kind: String, text: String, facts: FactSet = FactSet()) {
    self.kind = kind
    self.text = text
    self.facts = facts
  }

  /// The whole file text.
  public var fileText: String { "schema: 1\nkind: \(kind)\n" + text }
}

/// An example of a canvas check.
public typealias CheckExample = Example<CanvasSample>

extension Example where Input == CanvasSample {
  /// A canvas on which the check finds exactly `findings`.
  public static func triggers(
    _ description: String, kind: String, facts: FactSet = FactSet(), _ canvas: String,
    _ findings: ExpectedFinding...
  ) -> CheckExample {
    CheckExample(
      description, CanvasSample(kind: kind, text: canvas, facts: facts), findings: findings)
  }

  /// A canvas the check lets pass.
  public static func passes(
    _ description: String, kind: String, facts: FactSet = FactSet(), _ canvas: String
  ) -> CheckExample {
    CheckExample(description, CanvasSample(kind: kind, text: canvas, facts: facts), findings: [])
  }
}
