/// Where an error was found: a place in a file, a command-line flag, a question or a cell.
public enum SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// A file, with a 1-based line and column when known.
  case file(path: String, line: Int?, column: Int?)
  /// A command-line flag such as `--rate`.
  case flag(String)
  /// A questionnaire question id.
  case question(String)
  /// A worksheet cell such as `Schedule!D5`.
  case cell(sheet: String, reference: String)

  /// The location as the user reads it, such as `loans.yaml:4:9` or `--rate`.
  public var description: String {
    switch self {
    case .file(let path, let line, let column):
      var text = path
      if let line { text += ":\(line)" }
      if let line, line > 0, let column { text += ":\(column)" }
      return text
    case .flag(let name): return name
    case .question(let id): return "question \(id)"
    case .cell(let sheet, let reference): return "\(sheet)!\(reference)"
    }
  }
}
