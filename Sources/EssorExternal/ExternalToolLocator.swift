import EssorCore
import Foundation

/// Finds the external tools (`essor-<id>` executables): in the workspace's `plugins/`
/// folder, then the folders of `ESSOR_PLUGIN_PATH`, then `PATH`; the first of an id wins and
/// built-in ids always win.
public struct ExternalToolLocator: Sendable {
  /// Where an executable was found.
  public enum Origin: String, Sendable {
    case workspace
    case pluginPath = "ESSOR_PLUGIN_PATH"
    case path = "PATH"
  }

  /// An executable named `essor-<id>`, and whether it may run.
  public struct Candidate: Sendable {
    public var id: String
    public var path: String
    public var origin: Origin
    /// Why it does not run, if it does not: shadowed, not executable, not the user's.
    public var refusal: LocalizedText?
  }

  /// The names in `folder` that start with `prefix`, read with readdir: PATH folders hold
  /// thousands of names and only a few are wanted, so no string is made for the others
  /// (start-up time: `essor tools` lists every folder of PATH).
  static func names(in folder: String, prefix: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
        tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee))
        { strncmp($0, prefix, prefix.utf8.count) == 0 ? String(cString: $0) : nil }
      }
      if let name { names.append(name) }
    }
    return names
  }

  public let candidates: [Candidate]

  /// Looks in the usual places.
  public init(workspace: Workspace?, environment: [String: String], builtIn: [String]) {
    var folders: [(Origin, String)] = []
    if let workspace { folders.append((.workspace, workspace.path("plugins"))) }
    for folder in (environment["ESSOR_PLUGIN_PATH"] ?? "").split(separator: ":") {
      folders.append((.pluginPath, String(folder)))
    }
    for folder in (environment["PATH"] ?? "").split(separator: ":") {
      folders.append((.path, String(folder)))
    }
    var found: [Candidate] = []
    var winners: Set<String> = []
    for (origin, folder) in folders {
      for name in Self.names(in: folder, prefix: "essor-").sorted() where name.count > 6 {
        let id = String(name.dropFirst(6))
        guard
          id.allSatisfy({
            ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-"
          })
        else { continue }
        let path = (folder as NSString).appendingPathComponent(name)
        var candidate = Candidate(id: id, path: path, origin: origin, refusal: nil)
        if builtIn.contains(id) {
          candidate.refusal = LocalizedText(
            fr: "masqué par l’outil intégré « \(id) »", en: "shadowed by the built-in tool “\(id)”")
        } else if winners.contains(id) {
          candidate.refusal = LocalizedText(
            fr: "masqué par un autre essor-\(id) trouvé avant",
            en: "shadowed by another essor-\(id) found first")
        } else if let problem = Self.problem(path, origin: origin) {
          candidate.refusal = problem
        } else {
          winners.insert(id)
        }
        found.append(candidate)
      }
    }
    candidates = found
  }

  /// The tool that runs for an id.
  public func tool(_ id: String) -> Candidate? {
    candidates.first { $0.id == id && $0.refusal == nil }
  }

  /// Why an executable may not run: not executable, or (in a workspace, which may come from
  /// anyone) not owned by the user running Essor or by root.
  static func problem(_ path: String, origin: Origin) -> LocalizedText? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      return LocalizedText(fr: "ce n’est pas un fichier", en: "not a file")
    }
    guard access(path, X_OK) == 0 else {
      return LocalizedText(
        fr: "pas exécutable (chmod +x pour l’autoriser)",
        en: "not executable (chmod +x to allow it)")
    }
    if origin == .workspace, info.st_uid != getuid(), info.st_uid != 0 {
      return LocalizedText(
        fr: "appartient à un autre utilisateur (uid \(info.st_uid)) : refusé par sécurité",
        en: "owned by another user (uid \(info.st_uid)): refused for safety")
    }
    return nil
  }
}
