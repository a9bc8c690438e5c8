import EssorCore
import Foundation
import Synchronization

/// A progress bar on standard error, for a terminal only.
///
/// Never when stderr is piped, with `NO_COLOR` or `TERM=dumb`. It shows after a second (a quick run shows nothing), redraws at
/// most ten times a second, and is cleared at the end. Ctrl-C while it runs stops the run
/// cleanly: the line is cleared, a message says nothing was written, exit 130.
final class TerminalProgress: ProgressReporter {
  private struct State {
    var label = ""
    var total = 1
    var started = Date()
    var lastDrawn = Date.distantPast
    var shown = false
  }

  private let state = Mutex(State())
  private let width: Int
  private let interrupted: String

  /// A reporter when standard error is a terminal that wants it; nil otherwise.
  static func make(environment: [String: String], messages: Language) -> TerminalProgress? {
    guard isatty(2) == 1, environment["NO_COLOR"] == nil, environment["TERM"] != "dumb" else {
      return nil
    }
    return TerminalProgress(
      width: Self.stderrWidth(environment),
      interrupted: messages == .fr
        ? "\r\u{1B}[2Kessor: interrompu ; rien n’a été écrit.\n"
        : "\r\u{1B}[2Kessor: interrupted; nothing was written.\n")
  }

  /// The width of the terminal standard error writes to.
  private static func stderrWidth(_ environment: [String: String]) -> Int {
    if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
    var size = winsize()
    if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }

  private init(width: Int, interrupted: String) {
    self.width = width
    self.interrupted = interrupted
  }

  func begin(_ label: LocalizedText, total: Int) {
    Interruption.install(message: interrupted)
    state.withLock {
      $0 = State(label: label(.en), total: max(1, total), started: Date())
    }
  }

  func advance(to done: Int) {
    let line: String? = state.withLock { state in
      let now = Date()
      guard now.timeIntervalSince(state.started) >= 1,
        now.timeIntervalSince(state.lastDrawn) >= 0.1 || done >= state.total
      else { return nil }
      state.lastDrawn = now
      state.shown = true
      let fraction = min(1, Double(done) / Double(state.total))
      let counts = " \(Int(fraction * 100))% (\(done)/\(state.total))"
      let room = max(10, min(40, width - state.label.count - counts.count - 4))
      let filled = Int((Double(room) * fraction).rounded(.down))
      return "\r\u{1B}[2K" + state.label + " "
        + String(repeating: "█", count: filled) + String(repeating: "░", count: room - filled)
        + counts
    }
    if let line { FileHandle.standardError.write(Data(line.utf8)) }
  }

  func end() {
    let shown = state.withLock { state -> Bool in
      defer { state.shown = false }
      return state.shown
    }
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
  }
}
