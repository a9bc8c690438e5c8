/// What a tool run is given besides its input: the language, the workspace (if any), and
/// the host's way to ask other tools for facts.
public struct ToolContext: Sendable {
  /// The language of the document to produce.
  public var language: Language
  /// The enterprise's workspace, when the command works on one.
  public var workspace: Workspace?
  /// The registry, through which the host derives other tools' facts on demand.
  public var registry: ToolRegistry?

  public init(language: Language, workspace: Workspace? = nil, registry: ToolRegistry? = nil) {
    self.language = language
    self.workspace = workspace
    self.registry = registry
  }

  /// A fact from whichever tool provides it, derived now from the workspace's inputs; nil
  /// when there is no workspace or it lacks the inputs (a fact consumed if present).
  public func fact(_ key: FactKey) throws -> FactValue? {
    guard let workspace, let registry else { return nil }
    return try registry.fact(key, in: workspace)
  }
}
