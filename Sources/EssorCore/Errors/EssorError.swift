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
  /// The other problems found in the same input in the same pass, printed after this one,
  /// so a file with several mistakes is fixed in one go.
  public var alsoFound: [EssorError] = []

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
    for other in alsoFound { text += "\n" + other.rendered(in: language) }
    if !alsoFound.isEmpty {
      text +=
        "\n"
        + (language == .fr
          ? "essor: \(alsoFound.count + 1) problèmes à corriger."
          : "essor: \(alsoFound.count + 1) problems to fix.")
    }
    return text
  }

  /// The first error with the others as found alongside it; nil when there are none.
  public static func combining(_ errors: [EssorError]) -> EssorError? {
    guard var first = errors.first else { return nil }
    first.alsoFound += errors.dropFirst().flatMap { [$0] + $0.alsoFound }.map { error in
      var error = error
      error.alsoFound = []
      return error
    }
    return first
  }

  /// The English rendering, for logs and test failures.
  public var description: String { rendered(in: .en) }
}
