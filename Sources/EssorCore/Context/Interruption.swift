import Foundation

/// Ctrl-C and SIGTERM during an interactive run: say that the answers are saved, and leave.
///
/// Saving blocks both signals for the few instructions of the atomic write, so a signal
/// never lands between the temporary file and the rename; it is delivered right after.
public enum Interruption {
  nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) private static var length = 0

  /// Installs the handlers with the message to print (in the user's language).
  public static func install(message text: String) {
    message = strdup(text)
    length = text.utf8.count
    signal(SIGINT, interrupted)
    signal(SIGTERM, interrupted)
    // A parent may have started us with these signals blocked (the mask survives exec).
    var both = sigset_t()
    sigemptyset(&both)
    sigaddset(&both, SIGINT)
    sigaddset(&both, SIGTERM)
    sigprocmask(SIG_UNBLOCK, &both, nil)
  }

  /// Runs `body` with SIGINT and SIGTERM held back until it returns.
  public static func shielded<T>(_ body: () throws -> T) rethrows -> T {
    var blocked = sigset_t()
    var previous = sigset_t()
    sigemptyset(&blocked)
    sigaddset(&blocked, SIGINT)
    sigaddset(&blocked, SIGTERM)
    sigprocmask(SIG_BLOCK, &blocked, &previous)
    defer { sigprocmask(SIG_SETMASK, &previous, nil) }
    return try body()
  }

  fileprivate static func say() {
    if let message { _ = write(2, message, length) }
  }
}

/// The signal handler: only async-signal-safe calls (write, _exit); the kernel releases the
/// run's lock with the process.
private func interrupted(_ signal: Int32) {
  Interruption.say()
  _exit(128 + signal)
}
