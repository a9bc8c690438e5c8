import EssorCore

/// Where an interactive run reads answers and writes questions: a terminal, a pipe, a test.
public protocol SessionIO {
  /// The next line typed, without its newline; nil at the end of the input.
  mutating func readLine() -> String?
  /// Shows text (no newline added).
  mutating func write(_ text: String)
  /// The width lines are wrapped to, in columns.
  var width: Int { get }
}

extension SessionIO {
  public var width: Int { 80 }
}

/// The host's console, as a session reads and writes it.
public struct ConsoleIO: SessionIO {
  let console: any Console

  public init(console: any Console) { self.console = console }

  public mutating func readLine() -> String? { console.readLine() }

  public mutating func write(_ text: String) { console.write(text) }

  public var width: Int { console.width }
}
