/// One way a tool derives facts from a workspace: the facts it gives and how.
///
/// A tool may have several providers so that a broken input costs only the facts that
/// depend on it: the financing plan's facts come from the main scenario, the loans' from
/// the loans, and a broken scenario leaves the loans' facts available.
public struct FactProvider: Sendable {
  /// The provider's id, `<tool>.<part>`: `financing.plan`.
  public var id: String
  /// The facts it derives.
  public var provides: [AnyFactKey]
  /// Derives the facts the workspace's inputs allow (a missing input leaves its facts
  /// absent); throws when an input is broken.
  public var derive: @Sendable (FactContext) throws -> FactSet
  /// What to do for its facts to exist (the command that makes its input), for a consumer
  /// that finds them absent.
  public var hint: LocalizedText?

  public init(
    id: String, provides: [AnyFactKey], hint: LocalizedText? = nil,
    derive: @escaping @Sendable (FactContext) throws -> FactSet
  ) {
    self.id = id
    self.provides = provides
    self.hint = hint
    self.derive = derive
  }
}

/// What a provider derives facts from.
public struct FactContext: Sendable {
  /// The workspace.
  public var workspace: Workspace
  /// The time of day, for defaults that depend on it (a loan's first month).
  public var clock: any WallClock
  /// The environment, for template folders.
  public var environment: [String: String]

  /// The run's other facts (for a provider that consumes some).
  public var facts: FactStore = .empty
  /// The language of the run, for providers that must pick one (external tools).
  public var language: Language

  public init(
    workspace: Workspace, clock: any WallClock, environment: [String: String],
    language: Language = .fr
  ) {
    self.workspace = workspace
    self.clock = clock
    self.environment = environment
    self.language = language
  }

  /// The same context reading facts from `store`.
  func with(_ store: FactStore) -> FactContext {
    var copy = self
    copy.facts = store
    return copy
  }
}
