/// What a tool run is given besides its input: the languages, the workspace, the run's
/// facts, the clock, the random seed, the environment and, for interactive commands, the
/// console.
public struct ToolContext: Sendable {
  /// The language of the documents to produce.
  public var language: Language
  /// The language of messages (prompts, diagnostics).
  public var messages: Language
  /// The enterprise's workspace, when the command works on one.
  public var workspace: Workspace?
  /// The facts of this run, from every tool, each provider derived at most once.
  public var facts: FactStore
  /// The time of day; nothing else reads the wall clock.
  public var clock: any WallClock
  /// The seed every random draw of the run derives from.
  public var seed: UInt64
  /// The process environment (template folders, `NO_COLOR`…).
  public var environment: [String: String]
  /// The terminal of an interactive command (nil when there is none).
  public var console: (any Console)?
  /// Where long computations show their progress (nil: nowhere).
  public var progress: (any ProgressReporter)?
  /// Why no workspace was found, said when the command turns out to need one.
  public var workspaceError: EssorError?
  /// The facts of another workspace, for commands over several (a cohort): a new store over
  /// the same providers, each derived at most once.
  public var factsOf: (@Sendable (Workspace) -> FactStore)?

  public init(
    language: Language, messages: Language? = nil, workspace: Workspace? = nil,
    facts: FactStore = .empty, clock: any WallClock = SystemClock(environment: [:]),
    seed: UInt64 = 0, environment: [String: String] = [:], console: (any Console)? = nil
  ) {
    self.language = language
    self.messages = messages ?? language
    self.workspace = workspace
    self.facts = facts
    self.clock = clock
    self.seed = seed
    self.environment = environment
    self.console = console
  }

  /// A random generator for stream `index` of the run's seed.
  public func random(stream index: UInt64 = 0) -> SeededRandom {
    SeededRandom.stream(seed: seed, index)
  }

  /// The enterprise's name, for document titles.
  public var enterprise: String? { workspace?.profile.name }

  /// The workspace, or an error saying that the command needs one.
  public func requireWorkspace() throws -> Workspace {
    if let workspace { return workspace }
    if let workspaceError { throw workspaceError }
    throw EssorError(
      .workspaceNotFound,
      LocalizedText(
        fr: "aucun espace Essor ici (pas de essor.yaml).",
        en: "no Essor workspace here (no essor.yaml)."),
      hint: LocalizedText(
        fr: "passez --workspace DOSSIER, ou créez-en un avec « essor init ».",
        en: "pass --workspace DIR, or create one with “essor init”."))
  }
}

/// A terminal an interactive command talks through.
public protocol Console: Sendable {
  /// The next line typed, without its newline; nil at the end of the input.
  func readLine() -> String?
  /// Shows text (no newline added).
  func write(_ text: String)
  /// The width to draw for, in columns.
  var width: Int { get }
  /// Whether colours and styles are wanted.
  var usesColor: Bool { get }
  /// Whether a person is there to answer (a terminal on both ends, not a script).
  var isTerminal: Bool { get }
}
