import EssorCore
import EssorReport

/// The result of `essor canvas kinds`: every kind found, where from, and what its lint said.
public struct KindListDocument {
  /// A kind file and what loading it gave.
  public struct Entry {
    public var entry: TemplateLibrary.Entry
    public var result: Result<CanvasKindReader.Result, EssorError>
  }

  public var entries: [Entry]
  public var language: Language

  /// Loads and lints every kind of a catalog.
  public init(catalog: KindCatalog, language: Language) {
    self.language = language
    var entries: [Entry] = []
    for entry in catalog.entries {
      entries.append(Entry(entry: entry, result: Self.load(entry, catalog: catalog)))
    }
    self.entries = entries
  }

  private static func load(_ entry: TemplateLibrary.Entry, catalog: KindCatalog) -> Result<
    CanvasKindReader.Result, EssorError
  > {
    do {
      let loaded = try CanvasKindReader.read(entry.load(), path: entry.path)
      if loaded.kind.id != entry.id { _ = try catalog.kind(entry.id) }
      return .success(loaded)
    } catch let error as EssorError {
      return .failure(error)
    } catch {
      return .failure(EssorError(.internalFailure, LocalizedText(fr: "\(error)", en: "\(error)")))
    }
  }

  /// Whether a kind file failed to load.
  public var hasErrors: Bool {
    entries.contains { if case .failure = $0.result { return true } else { return false } }
  }

  /// The kind files that failed to load, as errors (printed on standard error as well as
  /// listed in the document).
  public var diagnostics: [Diagnostic] {
    entries.compactMap { item in
      if case .failure(let error) = item.result { return Diagnostic(error) }
      return nil
    }
  }

  public func build() -> Document {
    let fr = language == .fr
    var rows: [Row] = []
    var notes: [Block] = []
    for item in entries {
      switch item.result {
      case .success(let loaded):
        rows.append(
          Row([
            .text(item.entry.id), .text(loaded.kind.title(language)),
            Cell(.integer(Int64(loaded.kind.blocks.count))),
            Cell(.integer(Int64(CanvasChecks.applicable(to: loaded.kind).count))),
            .text(origin(item.entry.origin)), .text(item.entry.path),
          ]))
        for warning in loaded.warnings {
          let place = warning.location.map { "\($0): " } ?? ""
          notes.append(
            .paragraph(place + (fr ? "avertissement : " : "warning: ") + warning.message(language)))
        }
      case .failure(let error):
        rows.append(
          Row([
            .text(item.entry.id), .text(fr ? "(illisible)" : "(unreadable)"), .empty, .empty,
            .text(origin(item.entry.origin)), .text(item.entry.path),
          ]))
        // One paragraph per line: the message, then its hint.
        notes += error.rendered(in: language).split(separator: "\n").map { .paragraph(String($0)) }
      }
    }
    let table = Table(
      id: "kinds",
      columns: [
        Column("id", "Id", .text), Column("title", fr ? "Titre" : "Title", .text),
        Column("blocks", fr ? "Blocs" : "Blocks", .integer),
        Column("checks", fr ? "Vérifications" : "Checks", .integer),
        Column("origin", fr ? "Origine" : "Origin", .text),
        Column("path", fr ? "Fichier" : "File", .text),
      ], rows: rows)
    return Document(
      title: fr ? "Modèles de canevas" : "Canvas kinds", language: language,
      sections: [
        Section(title: fr ? "Modèles" : "Kinds", blocks: [.table(table)] + notes)
      ])
  }

  /// Where a kind comes from, for people.
  private func origin(_ origin: TemplateLibrary.Origin) -> String {
    switch (origin, language) {
    case (.workspace, .fr): return "espace"
    case (.environment, .fr): return "ESSOR_TEMPLATES"
    case (.builtIn, .fr): return "intégré"
    case (.environment, .en): return "ESSOR_TEMPLATES"
    default: return origin.rawValue
    }
  }
}
