import Foundation

/// Writes files the crash-safe way: a temporary file in the same folder, fsync, rename.
///
/// Either the old file or the complete new one is on disk, never half of either.
public enum AtomicFile {
  /// Writes `data` to `path` atomically.
  public static func write(_ data: Data, to path: String) throws {
    try write(to: path) { temporary in
      guard FileManager.default.createFile(atPath: temporary, contents: data) else {
        throw notWritable(
          path,
          LocalizedText(
            fr: "impossible d’écrire le fichier.", en: "cannot write the file."))
      }
    }
  }

  /// Writes text (UTF-8) to `path` atomically.
  public static func write(_ text: String, to path: String) throws {
    try write(Data(text.utf8), to: path)
  }

  /// Lets `produce` write a temporary file next to `path`, then moves it into place.
  ///
  /// The folder is checked first, so an impossible destination fails before any work.
  /// If `produce` throws, the temporary file is removed and `path` is left untouched.
  public static func write(to requested: String, produce: (String) throws -> Void) throws {
    let path = try destination(of: requested)
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    try checkWritableFolder(folder, for: path)
    removeStaleTemporaries(in: folder)
    let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(counter.next())"
    do {
      try produce(temporary)
      try syncFile(temporary, for: path)
      guard rename(temporary, path) == 0 else {
        throw failure(path, reason: String(cString: strerror(errno)))
      }
      syncFolder(folder)
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// Removes the temporary files that writes of processes no longer alive left in `folder`.
  ///
  /// A kill -9 or a power cut mid-write leaves `.<name>.tmp-<pid>-<n>`; they never pile
  /// up. Only regular files of the user's own are touched; a live process's are kept.
  public static func removeStaleTemporaries(in folder: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(".") {
      guard let owner = temporaryOwner(name), owner != getpid(), !isAlive(owner) else { continue }
      let path = folder + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == getuid()
      else { continue }
      unlink(path)
    }
  }

  /// The process id in a temporary file's name (`.plan.xlsx.tmp-4242-1` → 4242), if it is one.
  static func temporaryOwner(_ name: String) -> pid_t? {
    guard let marker = name.range(of: ".tmp-", options: .backwards) else { return nil }
    let parts = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, UInt(parts[1]) != nil else {
      return nil
    }
    return pid
  }

  /// Whether a process with this id exists (one of another user's counts as alive).
  private static func isAlive(_ pid: pid_t) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }

  /// The file to replace for `path`: the file a symbolic link names (so the link survives),
  /// refusing anything that exists but is not a regular file (a folder, a device, a pipe).
  static func destination(of path: String) throws -> String {
    var current = path
    for _ in 0..<16 {
      var info = stat()
      guard lstat(current, &info) == 0 else { return current }  // nothing there yet
      switch info.st_mode & S_IFMT {
      case S_IFREG:
        return current
      case S_IFLNK:
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current)
        else { return current }
        current =
          target.hasPrefix("/")
          ? target
          : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(target)
            .path
      default:
        throw notWritable(
          path,
          LocalizedText(
            fr: "ce n’est pas un fichier ordinaire (dossier, périphérique ou tube).",
            en: "this is not a regular file (a folder, a device or a pipe)."),
          hint: LocalizedText(
            fr:
              "donnez un chemin de fichier ; sans --output, le document s’affiche dans le terminal.",
            en: "give a file path; without --output the document goes to the terminal."))
      }
    }
    throw notWritable(
      path, LocalizedText(fr: "trop de liens symboliques.", en: "too many symbolic links."))
  }

  /// Throws a usage error naming `path` unless `folder` exists, is a folder and is writable.
  public static func checkWritableFolder(_ folder: String, for path: String) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw notWritable(
        path,
        LocalizedText(
          fr: "le dossier « \(folder) » n’existe pas.",
          en: "the folder “\(folder)” does not exist."),
        hint: LocalizedText(
          fr: "créez-le d’abord ou choisissez un autre chemin de sortie.",
          en: "create it first or choose another output path."))
    }
    guard access(folder, W_OK) == 0 else {
      throw notWritable(
        path,
        LocalizedText(
          fr: "le dossier « \(folder) » n’est pas accessible en écriture.",
          en: "the folder “\(folder)” is not writable."),
        hint: LocalizedText(
          fr: "choisissez un autre chemin de sortie.", en: "choose another output path."))
    }
  }

  private static func syncFile(_ temporary: String, for path: String) throws {
    let descriptor = open(temporary, O_RDONLY)
    guard descriptor >= 0 else {
      throw failure(path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else {
      throw failure(path, reason: String(cString: strerror(errno)))
    }
  }

  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func failure(_ path: String, reason: String) -> EssorError {
    notWritable(
      path,
      LocalizedText(
        fr: "écriture impossible : \(reason).", en: "cannot write: \(reason)."))
  }

  /// The usage error (E104) for an output path that cannot be written.
  private static func notWritable(
    _ path: String, _ message: LocalizedText, hint: LocalizedText? = nil
  ) -> EssorError {
    EssorError(
      .outputNotWritable, at: .file(path: path, line: nil, column: nil), message, hint: hint)
  }

  private static let counter = Counter()

  /// A process-wide counter so two writes in one process never share a temporary name.
  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
      lock.lock()
      defer { lock.unlock() }
      value += 1
      return value
    }
  }
}
