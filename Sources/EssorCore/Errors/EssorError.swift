/// The one error type of Essor: a stable code, a location and a message that says what to do.
public struct EssorError: Error, Sendable, CustomStringConvertible {
  /// The error families, each with its fixed exit code (BSD sysexits).
  public enum Kind: Sendable {
    /// The command line is wrong: exit 64.
    case usage
    /// An input's data is wrong: exit 65.
    case badData
    /// An input is missing: exit 66.
    case missingInput
    /// An external tool is unavailable or failed: exit 69.
    case unavailable
    /// Essor itself failed: exit 70.
    case internalError

    /// The process exit code for this family.
    public var exitCode: Int32 {
      switch self {
      case .usage: return 64
      case .badData: return 65
      case .missingInput: return 66
      case .unavailable: return 69
      case .internalError: return 70
      }
    }
  }

  /// The stable code.
  public var code: ErrorCode
  /// Where the problem is, when it has a place.
  public var location: SourceLocation?
  /// What is wrong.
  public var message: LocalizedText
  /// What to do about it (what is allowed, which command to run).
  public var hint: LocalizedText?

  /// Creates an error.
  public init(
    _ code: ErrorCode, at location: SourceLocation? = nil, _ message: LocalizedText,
    hint: LocalizedText? = nil
  ) {
    self.code = code
    self.location = location
    self.message = message
    self.hint = hint
  }

  /// The family of the error, from its code.
  public var kind: Kind { code.kind }

  /// The error as printed to the user, in one language.
  public func rendered(in language: Language) -> String {
    let word = language == .fr ? "erreur" : "error"
    var text = "essor: \(word) \(code.rawValue): "
    if let location { text += "\(location): ".controlsEscaped }
    text += message(language).messageShortened.controlsEscaped
    if let hint {
      text += "\n  → " + hint(language).messageShortened.controlsEscaped
    }
    return text
  }

  /// The English rendering, for logs and test failures.
  public var description: String { rendered(in: .en) }
}
