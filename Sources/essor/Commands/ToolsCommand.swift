import ArgumentParser
import EssorCore
import EssorReport

/// `essor tools`: the registered tools and the facts they exchange.
struct ToolsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tools",
    abstract: "List the registered tools with the facts they provide and consume.",
    discussion: "Example:\n  essor tools --format json")

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { language in
      let registry = try Registry.load()
      let fr = language == .fr
      let columns = [
        Column("id", "id", .text), Column("title", fr ? "Outil" : "Tool", .text),
        Column("version", "version", .text),
        Column("provides", fr ? "Faits fournis" : "Provides", .text),
        Column("consumes", fr ? "Faits lus" : "Consumes", .text),
      ]
      let rows = registry.tools.map { tool in
        Row([
          .text(tool.id), .text(tool.title(language)), .text(tool.version),
          .text(tool.providedFacts.map(\.name).joined(separator: ", ")),
          .text(tool.consumedFacts.map(\.name).joined(separator: ", ")),
        ])
      }
      let payload: [(String, JSONValue)] = [
        (
          "tools",
          .array(
            registry.tools.map { tool in
              .object([
                ("id", .string(tool.id)), ("title", .string(tool.title(language))),
                ("version", .string(tool.version)),
                ("provides", .array(tool.providedFacts.map { .string($0.name) })),
                ("consumes", .array(tool.consumedFacts.map { .string($0.name) })),
              ])
            })
        )
      ]
      let document = Document(
        title: fr ? "Outils d’Essor" : "Essor tools", language: language,
        sections: [
          Section(
            title: fr ? "Outils" : "Tools",
            blocks: [.table(Table(id: "tools", columns: columns, rows: rows))])
        ],
        payload: payload)
      try output.emit(document, messages: language)
    }
  }
}
