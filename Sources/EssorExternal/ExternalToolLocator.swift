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

  /// A folder of `ESSOR_PLUGIN_PATH` or `PATH` not searched, and why.
  public struct RefusedFolder: Sendable {
    public var path: String
    public var origin: Origin
    public var reason: LocalizedText
  }

  public let candidates: [Candidate]
  /// The folders not searched: relative ones (they would mean a different folder in every
  /// directory Essor is run from).
  public let refusedFolders: [RefusedFolder]

  /// Looks in the usual places.
  public init(workspace: Workspace?, environment: [String: String], builtIn: [String]) {
    var folders: [(Origin, String)] = []
    var refused: [RefusedFolder] = []
    if let workspace { folders.append((.workspace, workspace.path("plugins"))) }
    for (origin, variable) in [(Origin.pluginPath, "ESSOR_PLUGIN_PATH"), (.path, "PATH")] {
      for folder in (environment[variable] ?? "").split(separator: ":").map(String.init) {
        guard folder.hasPrefix("/") else {
          refused.append(
            RefusedFolder(
              path: folder, origin: origin,
              reason: LocalizedText(
                fr:
                  "chemin relatif dans \(variable), ignoré : il désignerait un autre dossier selon le dossier courant ; écrivez un chemin absolu",
                en:
                  "relative path in \(variable), ignored: it would name another folder in every directory; write an absolute path"
              )))
          continue
        }
        folders.append((origin, folder))
      }
    }
    refusedFolders = refused
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
        } else if let problem = Self.problem(path, folder: folder, origin: origin) {
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

  /// Why an executable may not run: not a file, not executable, writable by others, or
  /// (outside `PATH`: in a workspace, which may come from anyone, or a plugin folder) not
  /// owned by the user running Essor or by root.
  ///
  /// A symbolic link is judged twice, as itself (`lstat`: who made the link) and as the file
  /// it leads to; the folder it is in and the folder of that file must not be writable by
  /// others either (anyone who can write there can swap the tool).
  static func problem(_ path: String, folder: String, origin: Origin) -> LocalizedText? {
    var link = stat()
    var info = stat()
    guard lstat(path, &link) == 0, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
      let target = realPath(path)
    else {
      return LocalizedText(fr: "ce n’est pas un fichier", en: "not a file")
    }
    guard access(path, X_OK) == 0 else {
      return LocalizedText(
        fr: "pas exécutable (chmod +x pour l’autoriser)",
        en: "not executable (chmod +x to allow it)")
    }
    let isLink = link.st_mode & S_IFMT == S_IFLNK
    if origin != .path {
      if isLink, let problem = foreignOwner(link, of: path, what: ("le lien", "the link")) {
        return problem
      }
      if let problem = foreignOwner(info, of: target, what: ("le fichier", "the file")) {
        return problem
      }
    }
    if let problem = writableByOthers(info, target, folder: false) { return problem }
    var places = [folder]
    let targetFolder = (target as NSString).deletingLastPathComponent
    if isLink, targetFolder != realPath(folder) { places.append(targetFolder) }
    for place in places {
      var folderInfo = stat()
      guard stat(place, &folderInfo) == 0 else { continue }
      if let problem = writableByOthers(folderInfo, place, folder: true) { return problem }
    }
    return nil
  }

  /// A refusal when `info` is owned by neither the user running Essor nor root.
  private static func foreignOwner(_ info: stat, of path: String, what: (String, String))
    -> LocalizedText?
  {
    guard info.st_uid != getuid(), info.st_uid != 0 else { return nil }
    return LocalizedText(
      fr:
        "\(what.0) \(path) appartient à un autre utilisateur (uid \(info.st_uid)) : refusé par sécurité",
      en: "\(what.1) \(path) is owned by another user (uid \(info.st_uid)): refused for safety")
  }

  /// A refusal when a tool or a tool's folder is writable by its group or by everyone:
  /// someone else could replace what Essor runs.
  private static func writableByOthers(_ info: stat, _ path: String, folder: Bool)
    -> LocalizedText?
  {
    let everyone = info.st_mode & S_IWOTH != 0
    guard everyone || info.st_mode & S_IWGRP != 0 else { return nil }
    let who = everyone ? ("tout le monde", "everyone") : ("son groupe", "its group")
    let kind = folder ? ("le dossier", "the folder") : ("le fichier", "the file")
    return LocalizedText(
      fr:
        "\(kind.0) \(path) est modifiable par \(who.0) : un autre pourrait remplacer l’outil ; refusé par sécurité (chmod go-w \(path))",
      en:
        "\(kind.1) \(path) is writable by \(who.1): someone else could replace the tool; refused for safety (chmod go-w \(path))"
    )
  }

  /// The path with every symbolic link resolved, or nil when it leads nowhere.
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
