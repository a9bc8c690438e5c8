import Foundation

/// Where an interactive run reads answers and writes questions: a terminal, a pipe, a test.
public protocol SessionIO {
  /// The next line typed, without its newline; nil at the end of the input.
  mutating func readLine() -> String?
  /// Shows text (no newline added).
  mutating func write(_ text: String)
}

/// Standard input and output: a terminal or, for scripts, one answer per line.
public struct StandardIO: SessionIO {
  public init() {}

  public mutating func readLine() -> String? { Swift.readLine(strippingNewline: true) }

  public mutating func write(_ text: String) {
    print(text, terminator: "")
    fflush(nil)
  }
}
