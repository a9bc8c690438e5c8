import EssorCore
import EssorReport
import Foundation

/// The process's terminal as a tool's console: standard input and output, or for scripts
/// one answer per line, echoed so the transcript reads like a conversation.
struct StandardConsole: Console {
  private let echoes = isatty(0) == 0
  let width: Int
  let usesColor: Bool
  var isTerminal: Bool { isatty(0) == 1 && isatty(1) == 1 }

  init(environment: [String: String]) {
    let isTerminal = isatty(1) == 1
    width = DocumentOutput.terminalWidth(isTerminal: isTerminal, environment: environment)
    usesColor = TerminalRenderer.colorWanted(isTerminal: isTerminal, environment: environment)
  }

  func readLine() -> String? {
    let line = Swift.readLine(strippingNewline: true)
    if echoes, let line { write(line.controlsEscaped + "\n") }
    return line
  }

  func write(_ text: String) {
    print(text, terminator: "")
    fflush(nil)
  }
}
