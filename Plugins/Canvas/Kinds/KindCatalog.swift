import EssorCore

/// The canvas kinds a command can use, found in a ``TemplateLibrary``.
public struct KindCatalog: Sendable {
  /// The kind files found, first of each id.
  public let entries: [TemplateLibrary.Entry]
  /// Where they were found, for the message about a kind that is not there.
  public let library: TemplateLibrary

  public init(library: TemplateLibrary) {
    self.library = library
    entries = library.entries("canvas")
  }

  /// The ids of the kinds found.
  public var ids: [String] { entries.map(\.id) }

  /// Loads the kind with this id; nil when there is none.
  public func kind(_ id: String) throws -> CanvasKind? {
    guard let entry = entries.first(where: { $0.id == id }) else { return nil }
    let kind = try ParsedFileCache.value(entry.path) {
      try CanvasKindReader.read(entry.load(), path: entry.path).kind
    }
    guard kind.id == id else {
      throw EssorError(
        .invalidValue, at: .file(path: entry.path, line: nil, column: nil),
        LocalizedText(
          fr: "le fichier déclare « kind: \(kind.id) » mais s’appelle \(id).yaml.",
          en: "the file declares “kind: \(kind.id)” but is named \(id).yaml."),
        hint: LocalizedText(
          fr: "le nom du fichier et kind: doivent être les mêmes.",
          en: "the file name and kind: must match."))
    }
    return kind
  }

  /// The "allowed values" hint for an unknown kind.
  var allowedHint: LocalizedText {
    let list = ids.joined(separator: ", ")
    return ids.isEmpty
      ? LocalizedText(
        fr: "aucun modèle de canevas trouvé (dossier templates/canvas ou ESSOR_TEMPLATES).",
        en: "no canvas kind found (templates/canvas folder or ESSOR_TEMPLATES).")
      : LocalizedText(fr: "modèles disponibles : \(list).", en: "available kinds: \(list).")
  }
}
