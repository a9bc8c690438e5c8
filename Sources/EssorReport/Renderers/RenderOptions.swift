/// How text meant for people is drawn: colour, line width, and whether tables are narrowed.
///
/// Only the terminal renderer reads it; the other formats ignore it.
public struct RenderOptions: Sendable, Equatable {
  /// Whether ANSI styles are used.
  public var usesColor: Bool
  /// The number of characters a line may hold.
  public var width: Int
  /// Whether wide tables are narrowed (cells cut with “…”) to fit the width.
  public var fitsTables: Bool
  /// Which sections a terminal draws.
  public var sections: Sections = .all

  /// Which sections a terminal draws: the summary (when the document has one), those named
  /// (`--section`), or all (`--all`).
  public enum Sections: Sendable, Equatable {
    case summary
    case all
    case named([String])
  }

  public init(usesColor: Bool = false, width: Int = 100, fitsTables: Bool = false) {
    self.usesColor = usesColor
    self.width = width
    self.fitsTables = fitsTables
  }

  /// Plain text of the standard width, for a file.
  public static let plain = RenderOptions()

  /// The options for standard output: colour only on a TTY without `NO_COLOR`; the width of
  /// `COLUMNS`, else of the terminal, else 100; tables narrowed only when that width is
  /// known (a screen, or `COLUMNS`), never for a pipe.
  public static func standardOutput(isTerminal: Bool, environment: [String: String])
    -> RenderOptions
  {
    RenderOptions(
      usesColor: TerminalRenderer.colorWanted(isTerminal: isTerminal, environment: environment),
      width: DocumentOutput.terminalWidth(isTerminal: isTerminal, environment: environment),
      fitsTables: isTerminal || environment["COLUMNS"].flatMap { Int($0) } != nil)
  }
}
