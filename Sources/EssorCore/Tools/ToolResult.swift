/// What a tool's run gives back to the host: the document, typed outcome data,
/// diagnostics, and the exit status.
///
/// The host renders the document where the user asked, prints the diagnostics on standard
/// error in the user's language, and exits with the status: it never reads the document's
/// layout to find out what happened.
public struct ToolResult: Sendable {
  /// A document the host writes somewhere the tool chose (a report next to an interactive
  /// run), with the label it announces it by.
  public struct Export: Sendable {
    public var document: Document
    public var path: String
    public var label: LocalizedText

    public init(_ document: Document, to path: String, label: LocalizedText) {
      self.document = document
      self.path = path
      self.label = label
    }
  }

  /// The document to render (nil for commands that only write files).
  public var document: Document?
  /// What the run found, as values (a plan's verdict and broken rules, a check's findings).
  public var outcome: (any ToolOutcome)?
  /// Errors, warnings and notes, in the order to show them.
  public var diagnostics: [Diagnostic]
  /// The exit status the command ends with.
  public var status: ExitStatus
  /// The files the run read: an output there would destroy an input, so it is refused.
  public var inputs: [String]
  /// A line shown on the terminal when the document went to a file (a plan's verdict), so
  /// the result is seen at once.
  public var headline: LocalizedText?
  /// Documents to write where the tool says (an interactive run's report).
  public var exports: [Export]
  /// Files the tool wrote itself (a skeleton), announced by the host.
  public var written: [String]

  public init(
    document: Document? = nil, outcome: (any ToolOutcome)? = nil, diagnostics: [Diagnostic] = [],
    status: ExitStatus? = nil, inputs: [String] = [], headline: LocalizedText? = nil,
    exports: [Export] = [], written: [String] = []
  ) {
    self.document = document
    self.outcome = outcome
    self.diagnostics = diagnostics
    self.status = status ?? ExitStatus(diagnostics)
    self.inputs = inputs
    self.headline = headline
    self.exports = exports
    self.written = written
  }
}

/// Typed data a run found, for programs (a dossier, a cohort, tests) rather than people.
public protocol ToolOutcome: Sendable {}

/// How a command ends: the process exit code and what it means.
public struct ExitStatus: Sendable, Equatable, CustomStringConvertible {
  public var code: Int32

  public init(code: Int32) { self.code = code }

  /// Everything went well (warnings allowed).
  public static let success = ExitStatus(code: 0)
  /// A check found problems in what it checked (canvas check, pitch check): exit 1.
  public static let findings = ExitStatus(code: 1)

  /// The status for an error's family (64, 65, 66, 69, 70).
  public init(_ kind: EssorError.Kind) { code = kind.exitCode }

  /// Success, or the family of the last error.
  public init(_ diagnostics: [Diagnostic]) {
    if let last = diagnostics.last(where: { $0.severity == .error }) {
      self.init(last.code.kind)
    } else {
      self = .success
    }
  }

  public var description: String { String(code) }
}
