import EssorCore
import Foundation

/// Where an interactive run reads answers and writes questions: a terminal, a pipe, a test.
public protocol SessionIO {
  /// The next line typed, without its newline; nil at the end of the input.
  mutating func readLine() -> String?
  /// Shows text (no newline added).
  mutating func write(_ text: String)
}

/// Standard input and output: a terminal or, for scripts, one answer per line (echoed, so
/// the transcript reads like a conversation).
public struct StandardIO: SessionIO {
  private let echoes = isatty(0) == 0

  public init() {}

  public mutating func readLine() -> String? {
    let line = Swift.readLine(strippingNewline: true)
    if echoes, let line { write(line.controlsEscaped + "\n") }
    return line
  }

  public mutating func write(_ text: String) {
    print(text, terminator: "")
    fflush(nil)
  }
}
