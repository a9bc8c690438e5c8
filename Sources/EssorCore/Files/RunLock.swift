import Foundation

/// One interactive run per answers file: a second `essor diagnose` on the same file would
/// overwrite the first one's answers, so it is refused while the first is alive.
///
/// The lock is an advisory `flock` held on an open lock file for the life of the process:
/// taking it is one atomic step, and the kernel releases it when the process ends however
/// it ends (exit, crash, kill -9), so a leftover file is never mistaken for a live run and
/// no session ever removes a lock it does not hold. The file keeps the holder's process id
/// for the message.
public enum RunLock {
  nonisolated(unsafe) private static var held: [String: Int32] = [:]

  /// Takes the lock at `path` for the rest of the process, or says who holds it.
  public static func take(_ path: String) throws {
    if held[path] != nil { return }
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw EssorError(
        .outputNotWritable, at: .file(path: path, line: nil, column: nil),
        LocalizedText(
          fr: "impossible de créer le verrou des réponses.", en: "cannot create the answers lock."))
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      var bytes = [UInt8](repeating: 0, count: 32)
      let count = pread(descriptor, &bytes, bytes.count, 0)
      close(descriptor)
      let owner = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      throw EssorError(
        .conflictingOptions, at: .file(path: path, line: nil, column: nil),
        LocalizedText(
          fr:
            "un autre « essor diagnose »\(owner.isEmpty ? "" : " (processus \(owner))") remplit déjà ce questionnaire.",
          en:
            "another “essor diagnose”\(owner.isEmpty ? "" : " (process \(owner))") is already filling this questionnaire."
        ),
        hint: LocalizedText(
          fr: "terminez-le (q) avant d’en lancer un second : ils écraseraient leurs réponses.",
          en: "finish it (q) before starting another: they would overwrite each other's answers."
        ))
    }
    // Ours now: say who holds it (for the message of a second session).
    let text = "\(getpid())\n"
    _ = ftruncate(descriptor, 0)
    _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    held[path] = descriptor
  }
}
