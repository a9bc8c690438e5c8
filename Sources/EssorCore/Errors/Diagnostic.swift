/// One thing a tool has to say about its inputs or results: an error, a warning or a note,
/// with its stable code, where it is, and what to do.
///
/// It is the one finding type of every tool: a canvas check's finding, a questionnaire lint
/// rule's, a plan rule's breach and a provider's failure are all diagnostics, so the host
/// prints, counts and exits on them the same way.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  /// How much it matters.
  public enum Severity: String, Sendable, Comparable, CaseIterable {
    /// The result cannot be trusted or the input cannot be used.
    case error
    /// Advice: the command still succeeds.
    case warning
    /// Information.
    case note

    private var rank: Int {
      switch self {
      case .error: return 0
      case .warning: return 1
      case .note: return 2
      }
    }

    /// Errors sort first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  public var severity: Severity
  /// The stable code (its family gives the exit code of an error).
  public var code: ErrorCode
  /// The check, rule or provider that says it (`segment-orphans`, `scop.worker-capital`).
  public var source: String?
  /// Where the problem is.
  public var location: SourceLocation?
  /// What is wrong.
  public var message: LocalizedText
  /// What to do about it.
  public var hint: LocalizedText?

  public init(
    _ severity: Severity, _ code: ErrorCode, source: String? = nil,
    at location: SourceLocation? = nil, _ message: LocalizedText, hint: LocalizedText? = nil
  ) {
    self.severity = severity
    self.code = code
    self.source = source
    self.location = location
    self.message = message
    self.hint = hint
  }

  /// An error as a diagnostic.
  public init(_ error: EssorError, severity: Severity = .error, source: String? = nil) {
    self.init(
      severity, error.code, source: source, at: error.location, error.message, hint: error.hint)
  }

  /// The diagnostic as an error (to stop a command with it).
  public var error: EssorError { EssorError(code, at: location, message, hint: hint) }

  /// As printed on standard error: errors as ``EssorError``s are, others with their word.
  public func rendered(in language: Language) -> String {
    switch severity {
    case .error:
      return error.rendered(in: language)
    case .warning, .note:
      let word =
        severity == .warning
        ? (language == .fr ? "avertissement" : "warning") : (language == .fr ? "note" : "note")
      var text = "essor: \(word)\(language == .fr ? " : " : ": ")"
      if let location { text += "\(location): ".controlsEscaped }
      text += message(language).messageShortened.controlsEscaped
      if let hint { text += "\n  → " + hint(language).messageShortened.controlsEscaped }
      return text
    }
  }

  public var description: String { rendered(in: .en) }
}

extension Array where Element == Diagnostic {
  /// The errors among them.
  public var errors: [Diagnostic] { filter { $0.severity == .error } }
  /// The warnings among them.
  public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
