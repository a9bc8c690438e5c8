import ArgumentParser
import EssorCore
import EssorExternal
import EssorReport
import Foundation

/// `essor export`: the enterprise's dossier, every tool's document in one file.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the enterprise's dossier: every tool's document in one file.",
    usage: "essor export [--format <format>] [--output <file>] [<options>]",
    discussion: """
      The profile, the diagnostic and its progress, the canvases, the financing plan and \
      its loans, the pitch outline, and each external tool of the workspace's plugins/ \
      folder, after a Contents sheet that links to every part. A part that fails is a \
      warning in the contents and on standard error, never a stop.
      Without --output, the workbook goes to exports/dossier.xlsx in the workspace.

      Examples:
        essor export
        essor export --output dossier.xlsx
        essor export --format md --output dossier.md
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { messages in
      _ = try output.outputFormat()
      let context = try ToolHost.makeContext(
        common: common, need: .required, interactive: false, messages: messages)
      let workspace = try context.requireWorkspace()
      let extra = try externalParts(workspace, context: context)
      let (document, parts) = try Dossier(registry: try Registry.load(), context: context)
        .build(extra: extra)
      var target = output
      if target.output == nil && target.format == nil {
        try Folders.prepare(workspace.path("exports"))
        target.output = workspace.path("exports/dossier.xlsx")
      }
      var inputs = [workspace.path(Workspace.profileFile)]
      for folder in ["financing", "canvas", "diagnostic", "pitch"] {
        let path = workspace.path(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        inputs += names.map { (path as NSString).appendingPathComponent($0) }
      }
      try ToolHost.present(
        ToolResult(
          document: document,
          diagnostics: parts.compactMap(\.problem).filter { $0.severity != .note },
          inputs: inputs),
        output: target, messages: messages, clock: context.clock)
    }
  }

  /// Each external tool of the workspace's plugins/ folder, run on its first command.
  private func externalParts(_ workspace: Workspace, context: ToolContext) throws
    -> [Dossier.ExtraPart]
  {
    let registry = try Registry.load()
    let locator = ExternalToolLocator(
      workspace: workspace, environment: Host.environment, builtIn: registry.tools.map { $0.id })
    return locator.candidates.filter { $0.origin == .workspace }.map { candidate in
      Dossier.ExtraPart(id: "external-" + candidate.id, title: "essor-" + candidate.id) {
        if let refusal = candidate.refusal {
          throw EssorError(
            .toolUnavailable, at: .file(path: candidate.path, line: nil, column: nil),
            LocalizedText(
              fr: "essor-\(candidate.id) ne peut pas être lancé : \(refusal.fr).",
              en: "essor-\(candidate.id) cannot run: \(refusal.en)."))
        }
        let tool = try ExternalTool.describe(candidate.path)
        guard let command = tool.description.commands.first else {
          throw EssorError(.toolFailed, LocalizedText(verbatim: "no command"))
        }
        let keys = tool.description.consumes.compactMap { entry in
          entry.kind.map { AnyFactKey(entry.name, $0) } ?? context.facts.declaredKey(entry.name)
        }
        return try tool.run(
          command: command.name, arguments: [], language: context.language,
          workspace: workspace, facts: context.facts.values(keys)
        ).document
      }
    }
  }
}
