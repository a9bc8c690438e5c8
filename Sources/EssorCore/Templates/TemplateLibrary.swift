import Foundation

/// Where Essor finds its data templates (questionnaires, canvas kinds, pitch templates).
///
/// Folders are searched in order and the first file with a given id wins: the workspace's
/// own `templates/`, then each folder of `ESSOR_TEMPLATES`, then the templates compiled into
/// the binary from the repository's `templates/` (so a binary copied anywhere, alone, has
/// them).
public struct TemplateLibrary: Sendable {
  /// Where a template comes from.
  public enum Origin: String, Sendable {
    case workspace, environment
    case builtIn = "built-in"
  }

  /// A template found in the library.
  public struct Entry: Sendable {
    public var id: String
    /// The file's path; for a built-in template, `built-in:templates/<category>/<id>.yaml`,
    /// the name its messages use.
    public var path: String
    public var origin: Origin
    /// The text of a built-in template (nil for a file on disk).
    public var text: String?

    public init(id: String, path: String, origin: Origin, text: String? = nil) {
      self.id = id
      self.path = path
      self.origin = origin
      self.text = text
    }

    /// The template parsed: from its file, or from the text compiled into the binary.
    public func load() throws -> YAMLNode {
      if let text { return try YAMLDocument.parse(text, path: path) }
      return try YAMLDocument.load(path: path)
    }
  }

  /// The folders searched, first to last; each holds one sub-folder per category.
  public var folders: [(origin: Origin, path: String)]
  /// Whether the templates compiled into the binary come after the folders.
  public var includesBuiltIn: Bool

  /// A library of these folders, then (unless `builtIn` is false) the built-in templates.
  public init(folders: [(origin: Origin, path: String)], builtIn: Bool = true) {
    self.folders = folders
    self.includesBuiltIn = builtIn
  }

  /// The prefix of built-in templates' paths.
  public static let builtInPrefix = "built-in:templates/"

  /// The library for a command: the workspace's templates, `ESSOR_TEMPLATES`, the built-in.
  public static func standard(workspace: Workspace?, environment: [String: String])
    -> TemplateLibrary
  {
    var folders: [(Origin, String)] = []
    if let workspace { folders.append((.workspace, workspace.path("templates"))) }
    for folder in (environment["ESSOR_TEMPLATES"] ?? "").split(separator: ":") {
      folders.append((.environment, String(folder)))
    }
    return TemplateLibrary(folders: folders)
  }

  /// The built-in templates of a category, compiled into the binary.
  public static func builtIn(_ category: String) -> [Entry] {
    let prefix = category + "/"
    return EmbeddedTemplates.files.compactMap { file in
      guard file.path.hasPrefix(prefix) else { return nil }
      let name = file.path.dropFirst(prefix.count)
      guard name.hasSuffix(".yaml"), !name.contains("/") else { return nil }
      return Entry(
        id: String(name.dropLast(5)), path: builtInPrefix + file.path, origin: .builtIn,
        text: file.text)
    }
  }

  /// The templates of a category (`canvas`…): `<id>.yaml` files, the first of each id.
  public func entries(_ category: String) -> [Entry] {
    var found: [String: Entry] = [:]
    var order: [String] = []
    func add(_ entry: Entry) {
      guard found[entry.id] == nil else { return }
      found[entry.id] = entry
      order.append(entry.id)
    }
    for folder in folders {
      let path = (folder.path as NSString).appendingPathComponent(category)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      for name in names.sorted() where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
        add(
          Entry(
            id: String(name.dropLast(5)), path: (path as NSString).appendingPathComponent(name),
            origin: folder.origin))
      }
    }
    if includesBuiltIn { Self.builtIn(category).forEach(add) }
    return order.compactMap { found[$0] }
  }

  /// Where templates of a category were looked for, in order, for messages: each folder's
  /// `<category>` sub-folder, then the built-in ones.
  public func searched(_ category: String) -> LocalizedText {
    var places = folders.map { ($0.path as NSString).appendingPathComponent(category) }
    var english = places
    if includesBuiltIn {
      places.append("intégrés (\(category))")
      english.append("built-in (\(category))")
    }
    return LocalizedText(
      fr: places.joined(separator: ", "), en: english.joined(separator: ", "))
  }

  /// The message for a template id that is not in the library: what was searched, what
  /// exists, and the closest id when one is near.
  public func unknown(_ id: String, category: String, what: LocalizedText) -> (
    message: LocalizedText, hint: LocalizedText
  ) {
    let ids = entries(category).map(\.id)
    let list = ids.isEmpty ? nil : ids.joined(separator: ", ")
    let near = Suggestion.closest(to: id, among: ids)
    let searched = searched(category)
    let message = LocalizedText(
      fr:
        "\(what.fr) « \(id) » introuvable\(near.map { " ; vouliez-vous dire « \($0) » ?" } ?? ".")",
      en: "\(what.en) “\(id)” not found\(near.map { "; did you mean “\($0)”?" } ?? ".")")
    let hint = LocalizedText(
      fr: "disponibles : \(list ?? "aucun") ; cherché dans : \(searched.fr).",
      en: "available: \(list ?? "none"); searched: \(searched.en).")
    return (message, hint)
  }
}
