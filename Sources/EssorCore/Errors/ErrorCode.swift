/// The stable codes of Essor's errors; a code never changes meaning once shipped.
///
/// The first digit tells the family, and the family fixes the exit code:
/// 1xx usage (64), 2xx bad data (65), 3xx missing input (66), 4xx an external tool failed
/// (69), 9xx internal (70).
public enum ErrorCode: String, Sendable, CaseIterable {
  /// A command-line value is malformed or out of range.
  case invalidOption = "E101"
  /// A required command-line option is missing.
  case missingOption = "E102"
  /// Two options that cannot go together were both given.
  case conflictingOptions = "E103"
  /// The output path cannot be written.
  case outputNotWritable = "E104"
  /// The workspace to create already exists.
  case workspaceExists = "E105"
  /// The file to create already exists (nothing is overwritten).
  case fileExists = "E106"
  /// The command line names an option, an argument or a subcommand the command does not
  /// know, or lacks one it needs (the argument parser's errors).
  case badArguments = "E107"

  /// A file is not valid YAML.
  case syntax = "E201"
  /// A required field is missing.
  case missingField = "E202"
  /// A field has the wrong type (a list where a number was expected…).
  case wrongType = "E203"
  /// A field's value is malformed or out of range.
  case invalidValue = "E204"
  /// A field is not one the format knows.
  case unknownField = "E205"
  /// The file's `schema:` version is not one this Essor reads.
  case unsupportedSchema = "E206"
  /// A key or an id appears twice.
  case duplicate = "E207"
  /// A financing plan breaks a legal rule (cooperative law, instrument limits).
  case ruleBreach = "E208"
  /// A financing plan does not hold together: resources short of needs, cash below zero.
  case planUnbalanced = "E209"
  /// A canvas fails one of its checks: a required block left empty, an orphan segment, a
  /// vague word.
  case canvasCheck = "E210"

  /// An input file does not exist.
  case fileNotFound = "E301"
  /// No workspace (`essor.yaml`) was found.
  case workspaceNotFound = "E302"

  /// An external tool could not be found or refused to run (not executable, not ours).
  case toolUnavailable = "E401"
  /// An external tool failed: crashed, exited non-zero, timed out, or answered badly.
  case toolFailed = "E402"

  /// The tool registry is inconsistent (a programming error in Essor).
  case invalidRegistry = "E901"
  /// A renderer or the file system failed where it should not.
  case internalFailure = "E902"

  /// The family this code belongs to.
  public var kind: EssorError.Kind {
    switch rawValue.dropFirst().first {
    case "1": return .usage
    case "2": return .badData
    case "3": return .missingInput
    case "4": return .unavailable
    default: return .internalError
    }
  }
}
