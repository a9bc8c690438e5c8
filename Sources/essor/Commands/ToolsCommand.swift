import ArgumentParser
import EssorCore
import EssorExternal
import EssorReport

/// `essor tools`: the registered tools and the facts they exchange.
struct ToolsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tools",
    abstract: "List the built-in and external tools with the facts they provide and consume.",
    usage: "essor tools [<options>]",
    discussion: """
      External tools are essor-<id> executables in the workspace's plugins/ folder, \
      ESSOR_PLUGIN_PATH or PATH (docs/plugins.md); shadowed or refused ones are listed too.

      Example:
        essor tools --format json
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { language in
      let registry = try Registry.load()
      let fr = language == .fr
      let columns = [
        Column("id", "id", .text), Column("title", fr ? "Outil" : "Tool", .text),
        Column("version", "version", .text),
        Column("commands", fr ? "Commandes" : "Commands", .integer),
        Column("provides", fr ? "Faits fournis" : "Provides", .integer),
        Column("consumes", fr ? "Faits lus" : "Consumes", .integer),
      ]
      let rows = registry.tools.map { tool in
        Row([
          .text(tool.id), .text(tool.title(language)), .text(tool.version),
          Cell(.integer(Int64(tool.commands.count))), Cell(.integer(Int64(tool.provides.count))),
          Cell(.integer(Int64(tool.consumes.count))),
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
                (
                  "commands",
                  .array(
                    tool.commands.map { command in
                      .object([
                        ("name", .string(command.name)),
                        ("path", .array(command.path.map(JSONValue.string))),
                        ("summary", .string(command.summary(language))),
                        ("arguments", .array(command.arguments.map { .string($0.name) })),
                        (
                          "options",
                          .array(
                            command.options.map {
                              .object([
                                ("name", .string($0.name)), ("takesValue", .bool($0.takesValue)),
                                ("repeatable", .bool($0.isRepeatable)),
                              ])
                            })
                        ),
                        ("workspace", .string(command.workspace.rawValue)),
                      ])
                    })
                ),
                (
                  "provides",
                  .array(
                    tool.provides.map {
                      .object([("key", .string($0.name)), ("type", .string($0.kind.rawValue))])
                    })
                ),
                (
                  "consumes",
                  .array(
                    tool.consumes.map {
                      .object([("key", .string($0.name)), ("type", .string($0.kind.rawValue))])
                    })
                ),
              ])
            })
        )
      ]
      let external = Self.externalTools(common: common, builtIn: registry.tools.map { $0.id })
      let externalRows = external.map { entry in
        Row([
          .text(entry.candidate.id), .text(entry.tool?.description.title(language) ?? ""),
          .text(entry.tool?.description.version ?? ""),
          .text(
            language == .fr && entry.candidate.origin == .workspace
              ? "espace" : entry.candidate.origin.rawValue),
          .text(entry.candidate.path), .text(entry.status(language)),
        ])
      }
      var sections = [
        Section(
          title: fr ? "Outils" : "Tools",
          blocks: [.table(Table(id: "tools", columns: columns, rows: rows))])
      ]
      // Each tool's commands and facts in full, wrapped rather than cut.
      for tool in registry.tools {
        var blocks: [Block] = [
          .paragraph(
            (fr ? "Commandes : " : "Commands: ")
              + tool.commands.map { "essor " + $0.path.joined(separator: " ") }.joined(
                separator: ", "))
        ]
        if !tool.provides.isEmpty {
          blocks.append(
            .paragraph(
              (fr ? "Fournit : " : "Provides: ")
                + tool.provides.map { "\($0.name) (\($0.kind.rawValue))" }.joined(separator: ", ")))
        }
        if !tool.consumes.isEmpty {
          blocks.append(
            .paragraph(
              (fr ? "Lit : " : "Consumes: ") + tool.consumes.map(\.name).joined(separator: ", ")))
        }
        sections.append(
          Section(title: "\(tool.id) — \(tool.title(language)) \(tool.version)", blocks: blocks))
      }
      if !external.isEmpty {
        sections.append(
          Section(
            title: fr ? "Outils externes" : "External tools",
            blocks: [
              .table(
                Table(
                  id: "external",
                  columns: [
                    Column("id", "id", .text), Column("title", fr ? "Outil" : "Tool", .text),
                    Column("version", "version", .text),
                    Column("origin", fr ? "Trouvé dans" : "Found in", .text),
                    Column("path", fr ? "Fichier" : "File", .text),
                    Column("status", fr ? "État" : "Status", .text),
                  ], rows: externalRows))
            ]))
      }
      let externalPayload: JSONValue = .array(
        external.map { entry in
          .object([
            ("id", .string(entry.candidate.id)), ("path", .string(entry.candidate.path)),
            ("origin", .string(entry.candidate.origin.rawValue)),
            ("runs", .bool(entry.tool != nil)), ("status", .string(entry.status(language))),
            ("version", entry.tool.map { .string($0.description.version) } ?? .null),
          ])
        })
      let document = Document(
        title: fr ? "Outils d’Essor" : "Essor tools", language: language, sections: sections,
        payload: payload + [("external", externalPayload)])
      try output.emit(document, messages: language)
    }
  }

  /// An external tool found, described if it may run.
  struct ExternalEntry {
    var candidate: ExternalToolLocator.Candidate
    var tool: ExternalTool?
    var problem: LocalizedText?

    func status(_ language: Language) -> String {
      if let refusal = candidate.refusal { return refusal(language) }
      if let problem { return problem(language) }
      return language == .fr ? "prêt" : "ready"
    }
  }

  /// Every `essor-<id>` found, described when it may run (a failing description is shown,
  /// not fatal).
  static func externalTools(common: CommonOptions, builtIn: [String]) -> [ExternalEntry] {
    let workspace = try? common.workspace(required: false)
    let locator = ExternalToolLocator(
      workspace: workspace ?? nil, environment: Host.environment, builtIn: builtIn)
    let language = (try? common.messageLanguage()) ?? .fr
    for folder in locator.refusedFolders {
      let word = language == .fr ? "avertissement" : "warning"
      Host.log("essor: \(word): \(folder.path.controlsEscaped): \(folder.reason(language))")
    }
    return locator.candidates.map { candidate in
      guard candidate.refusal == nil else { return ExternalEntry(candidate: candidate) }
      do {
        return ExternalEntry(
          candidate: candidate, tool: try ExternalTool.describe(candidate.path, timeout: 5))
      } catch let error as EssorError {
        return ExternalEntry(candidate: candidate, problem: error.message)
      } catch {
        return ExternalEntry(
          candidate: candidate, problem: LocalizedText(fr: "\(error)", en: "\(error)"))
      }
    }
  }
}
