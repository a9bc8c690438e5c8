import Foundation

/// Where Essor finds its data templates (questionnaires, canvas kinds, pitch templates).
///
/// Folders are searched in order and the first file with a given id wins: the workspace's
/// own `templates/`, then each folder of `ESSOR_TEMPLATES`, then the templates shipped
/// with Essor.
public struct TemplateLibrary: Sendable {
  /// Where a folder of templates comes from.
  public enum Origin: String, Sendable {
    case workspace, environment
    case builtIn = "built-in"
  }

  /// A template file found in the library.
  public struct Entry: Sendable {
    public var id: String
    public var path: String
    public var origin: Origin
  }

  /// The folders searched, first to last; each holds one sub-folder per category.
  public var folders: [(origin: Origin, path: String)]

  public init(folders: [(origin: Origin, path: String)]) { self.folders = folders }

  /// The library for a command: the workspace's templates, `ESSOR_TEMPLATES`, the built-in.
  public static func standard(workspace: Workspace?, environment: [String: String])
    -> TemplateLibrary
  {
    var folders: [(Origin, String)] = []
    if let workspace { folders.append((.workspace, workspace.path("templates"))) }
    for folder in (environment["ESSOR_TEMPLATES"] ?? "").split(separator: ":") {
      folders.append((.environment, String(folder)))
    }
    if let builtIn = builtInFolder() { folders.append((.builtIn, builtIn)) }
    return TemplateLibrary(folders: folders)
  }

  /// The templates of a category (`canvas`…): `<id>.yaml` files, the first of each id.
  public func entries(_ category: String) -> [Entry] {
    var found: [String: Entry] = [:]
    var order: [String] = []
    for folder in folders {
      let path = (folder.path as NSString).appendingPathComponent(category)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      for name in names.sorted() where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
        let id = String(name.dropLast(5))
        guard found[id] == nil else { continue }
        found[id] = Entry(
          id: id, path: (path as NSString).appendingPathComponent(name), origin: folder.origin)
        order.append(id)
      }
    }
    return order.compactMap { found[$0] }
  }

  /// The templates folder shipped with Essor: `templates/` beside the source tree the
  /// binary was built in, or `share/essor/templates` of the prefix it is installed in.
  public static func builtInFolder() -> String? {
    guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else {
      return nil
    }
    var folder = executable.deletingLastPathComponent()
    let installed = folder.deletingLastPathComponent().appendingPathComponent(
      "share/essor/templates")
    if isFolder(installed.path) { return installed.path }
    for _ in 0..<8 {
      let candidate = folder.appendingPathComponent("templates")
      if isFolder(candidate.path),
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        return candidate.path
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { break }
      folder = parent
    }
    return nil
  }

  private static func isFolder(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && isFolder.boolValue
  }
}
