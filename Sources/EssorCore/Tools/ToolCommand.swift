/// A command a tool offers, as the host shows and parses it: its name, what it reads, its
/// arguments and options.
///
/// The tool declares it once; the command line, `essor run TOOL COMMAND` and `essor tools`
/// all read it from here.
public struct ToolCommand: Sendable {
  /// Whether the command works on a workspace.
  public enum WorkspaceNeed: String, Sendable {
    /// It needs one (the nearest, or --workspace).
    case required
    /// It uses one when there is one.
    case optional
    /// It never reads one (it may create one).
    case none
  }

  /// What the command gives back.
  public enum Output: String, Sendable {
    /// A document the host renders in any format (--format, --output).
    case document
    /// Files the command writes itself, and a message.
    case files
  }

  /// A positional argument.
  public struct Argument: Sendable {
    public var name: String
    public var help: LocalizedText
    public var isRequired: Bool
    /// Whether it takes every remaining word (`compare base sobre`): its values are in
    /// ``ToolInput/lists``, the first also in ``ToolInput/arguments``.
    public var isVariadic: Bool

    public init(
      _ name: String, help: LocalizedText, required: Bool = false, variadic: Bool = false
    ) {
      self.name = name
      self.help = help
      self.isRequired = required
      self.isVariadic = variadic
    }
  }

  /// An option: `--name VALUE`, or a flag (`--name`) that takes no value.
  public struct Option: Sendable {
    public var name: String
    public var help: LocalizedText
    public var takesValue: Bool
    /// Whether it may be given several times (`--set a=1 --set b=2`): its values are in
    /// ``ToolInput/lists``, in the order given.
    public var isRepeatable: Bool

    public init(
      _ name: String, help: LocalizedText, takesValue: Bool = true, repeatable: Bool = false
    ) {
      self.name = name
      self.help = help
      self.takesValue = takesValue
      self.isRepeatable = repeatable
    }

    /// A flag: present or not.
    public static func flag(_ name: String, help: LocalizedText) -> Option {
      Option(name, help: help, takesValue: false)
    }
  }

  /// The command's name within its tool: `plan`.
  public var name: String
  /// The words that call it on the command line: `finance plan`.
  public var path: [String]
  /// What it does, in a line.
  public var summary: LocalizedText
  public var arguments: [Argument]
  public var options: [Option]
  public var workspace: WorkspaceNeed
  public var output: Output
  /// Whether it asks questions on a terminal.
  public var isInteractive: Bool
  /// Whether its document, run without arguments, belongs in the enterprise's dossier
  /// (`essor export`).
  public var isInDossier: Bool

  public init(
    _ name: String, path: [String], summary: LocalizedText, arguments: [Argument] = [],
    options: [Option] = [], workspace: WorkspaceNeed = .required, output: Output = .document,
    interactive: Bool = false, dossier: Bool = false
  ) {
    self.name = name
    self.path = path
    self.summary = summary
    self.arguments = arguments
    self.options = options
    self.workspace = workspace
    self.output = output
    self.isInteractive = interactive
    self.isInDossier = dossier
  }

  /// The option with this name.
  public func option(_ name: String) -> Option? { options.first { $0.name == name } }
}
