import ArgumentParser
import EssorCore
import EssorExternal
import EssorReport
import Foundation

/// `essor run TOOL COMMAND [ARGS…]`: runs a command of an external tool and renders its
/// document like a built-in tool's.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a command of an external tool (essor-<id>, see docs/plugins.md).",
    discussion: """
      The tool gets the language, the workspace's profile and the facts it consumes; it \
      returns a document, which Essor renders in any format. Arguments Essor does not know \
      are passed to the tool.

      Examples:
        essor run esus check --workspace samples/scop-lauragais
        essor run esus check --max-salary-ratio 4 --format xlsx --output esus.xlsx
      """)

  /// The command of each built-in tool, for those who try to `run` one.
  static let builtInCommands = [
    "financing": "finance", "diagnostic": "diagnose", "canvas": "canvas",
  ]

  @Argument(help: "The tool's id (essor-<id>).") var tool: String
  @Argument(help: "The tool's command.") var command: String
  @Option(parsing: .unconditional, help: "Seconds the tool may take (default 30).")
  var timeout: String?
  @Argument(parsing: .allUnrecognized, help: "Arguments for the tool.") var arguments: [String] = []
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { messages in
      _ = try output.outputFormat()
      var seconds = ExternalTool.defaultTimeout
      if let timeout {
        guard let value = Double(timeout), value > 0, value <= 3600 else {
          throw EssorError(
            .invalidOption, at: .flag("--timeout"),
            LocalizedText(
              fr: "durée « \(timeout) » refusée.", en: "duration “\(timeout)” refused."),
            hint: LocalizedText(fr: "des secondes, de 1 à 3600.", en: "seconds, from 1 to 3600."))
        }
        seconds = value
      }
      let registry = try Registry.load()
      let workspace = try common.workspace(required: false)
      let builtIn = registry.tools.map { $0.id }
      guard !builtIn.contains(tool) else {
        let command = Self.builtInCommands[tool] ?? tool
        throw EssorError(
          .invalidOption, at: .flag("TOOL"),
          LocalizedText(
            fr: "« \(tool) » est un outil intégré : lancez « essor \(command) ».",
            en: "“\(tool)” is a built-in tool: run “essor \(command)”."))
      }
      let locator = ExternalToolLocator(
        workspace: workspace, environment: Host.environment, builtIn: builtIn)
      guard let candidate = locator.tool(tool) else {
        let refused = locator.candidates.first { $0.id == tool }
        let ready = locator.candidates.filter { $0.refusal == nil }.map(\.id)
        throw EssorError(
          .toolUnavailable, at: refused.map { .file(path: $0.path, line: nil, column: nil) },
          refused.flatMap(\.refusal).map {
            LocalizedText(
              fr: "essor-\(tool) ne peut pas être lancé : \($0.fr).",
              en: "essor-\(tool) cannot run: \($0.en).")
          }
            ?? LocalizedText(
              fr: "aucun outil externe essor-\(tool) trouvé.",
              en: "no external tool essor-\(tool) found."),
          hint: LocalizedText(
            fr:
              "cherché dans plugins/, ESSOR_PLUGIN_PATH et PATH ; prêts : \(ready.isEmpty ? "aucun" : ready.joined(separator: ", ")).",
            en:
              "looked in plugins/, ESSOR_PLUGIN_PATH and PATH; ready: \(ready.isEmpty ? "none" : ready.joined(separator: ", "))."
          ))
      }
      ExternalTool.stopOnInterrupt()
      let external = try ExternalTool.describe(
        candidate.path, timeout: min(seconds, ExternalTool.describeTimeout))
      var facts: [FactKey: FactValue] = [:]
      if let workspace {
        for key in external.description.consumes {
          if let value = try registry.fact(key, in: workspace) { facts[key] = value }
        }
      }
      let language = try common.documentLanguage(workspace)
      let response = try external.run(
        command: command, arguments: arguments, language: language, workspace: workspace,
        facts: facts, timeout: seconds)
      for warning in response.warnings {
        let word = messages == .fr ? "avertissement" : "warning"
        Host.log("essor-\(tool): \(word): \(warning.controlsEscaped)")
      }
      try output.emit(
        response.document, messages: messages,
        inputs: [candidate.path] + (workspace.map { [$0.path(Workspace.profileFile)] } ?? []))
    }
  }
}
