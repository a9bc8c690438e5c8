import EssorCore
import Foundation

/// One interactive run per answers file: a second `essor diagnose` on the same file would
/// overwrite the first one's answers, so it is refused while the first is alive.
///
/// The lock is a file holding the owner's process id, created exclusively; a lock whose
/// process is gone (killed, machine restarted) is taken over.
enum RunLock {
  nonisolated(unsafe) private static var held: UnsafeMutablePointer<CChar>?

  /// Takes the lock at `path`, or says who holds it.
  static func take(_ path: String) throws {
    for _ in 0..<2 {
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
      if descriptor >= 0 {
        let text = "\(getpid())\n"
        _ = text.withCString { write(descriptor, $0, strlen($0)) }
        close(descriptor)
        held = strdup(path)
        atexit { RunLock.release() }
        return
      }
      let owner = (try? String(contentsOfFile: path, encoding: .utf8))
        .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
      if let owner, owner != getpid(), kill(owner, 0) == 0 || errno == EPERM {
        throw EssorError(
          .conflictingOptions, at: .file(path: path, line: nil, column: nil),
          LocalizedText(
            fr: "un autre « essor diagnose » (processus \(owner)) remplit déjà ce questionnaire.",
            en: "another “essor diagnose” (process \(owner)) is already filling this questionnaire."
          ),
          hint: LocalizedText(
            fr: "terminez-le (q) avant d’en lancer un second : ils écraseraient leurs réponses "
              + "(si aucun ne tourne, supprimez ce fichier de verrou).",
            en: "finish it (q) before starting another: they would overwrite each other's "
              + "answers (if none is running, delete this lock file)."))
      }
      unlink(path)  // a stale lock: its process is gone
    }
    throw EssorError(
      .outputNotWritable, at: .file(path: path, line: nil, column: nil),
      LocalizedText(
        fr: "impossible de créer le verrou des réponses.", en: "cannot create the answers lock."))
  }

  /// Removes the lock; safe in a signal handler (unlink only).
  static func release() {
    if let held { unlink(held) }
  }
}
