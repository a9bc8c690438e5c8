/// A finding an example must give: its severity, its line, and the words and numbers its
/// message mentions.
///
/// An example lists every finding it expects; the harness (``ExampleCase/problems()``) then
/// asks for exactly those: each one found, nothing more. Mentions are matched in the French or
/// the English message, with any kind of space (`47,3 %` matches the no-break space French
/// typography puts before `%`).
public struct ExpectedFinding: Sendable, Equatable, CustomStringConvertible {
  /// Error, warning or note.
  public var severity: Diagnostic.Severity
  /// The line of the finding's location; nil when it must have none.
  public var line: Int?
  /// Texts that each appear in the French or the English message.
  public var mentions: [String]

  public init(_ severity: Diagnostic.Severity, line: Int? = nil, mentions: [String] = []) {
    self.severity = severity
    self.line = line
    self.mentions = mentions
  }

  /// A finding of this severity: `.finding(.error, line: 12, mentions: ["47,3 %", "2028"])`.
  public static func finding(
    _ severity: Diagnostic.Severity, line: Int? = nil, mentions: [String] = []
  ) -> ExpectedFinding {
    ExpectedFinding(severity, line: line, mentions: mentions)
  }

  /// An error: `.error(line: 12, mentions: ["47,3 %", "51 %"])`.
  public static func error(line: Int? = nil, mentions: [String] = []) -> ExpectedFinding {
    ExpectedFinding(.error, line: line, mentions: mentions)
  }

  /// A warning: `.warning(line: 4, mentions: ["« innovant »"])`.
  public static func warning(line: Int? = nil, mentions: [String] = []) -> ExpectedFinding {
    ExpectedFinding(.warning, line: line, mentions: mentions)
  }

  /// What differs between this expectation and a diagnostic; empty when it is this finding.
  public func differences(from diagnostic: Diagnostic) -> [String] {
    var differences: [String] = []
    if diagnostic.severity != severity {
      differences.append("severity \(diagnostic.severity.rawValue), not \(severity.rawValue)")
    }
    let found = diagnostic.line
    if found != line {
      differences.append(
        "line \(found.map(String.init) ?? "none"), not \(line.map(String.init) ?? "none")")
    }
    let messages = [diagnostic.message.fr, diagnostic.message.en].map(Self.plainSpaces)
    for mention in mentions
    where !messages.contains(where: { $0.contains(Self.plainSpaces(mention)) }) {
      differences.append("no “\(mention)” in the message")
    }
    return differences
  }

  public var description: String {
    var text = severity.rawValue
    if let line { text += " at line \(line)" }
    if !mentions.isEmpty {
      text += " mentioning " + mentions.map { "“\($0)”" }.joined(separator: ", ")
    }
    return text
  }

  /// The text with every space character (no-break, narrow no-break…) as a plain space.
  static func plainSpaces(_ text: String) -> String {
    String(text.map { $0.isWhitespace && !$0.isNewline ? " " : $0 })
  }
}

extension Diagnostic {
  /// The line of the diagnostic's location, when it is a file line.
  public var line: Int? {
    if case .file(_, let line, _)? = location { return line }
    return nil
  }
}
