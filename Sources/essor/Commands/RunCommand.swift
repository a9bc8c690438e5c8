import ArgumentParser
import EssorCore
import EssorExternal
import EssorReport
import Foundation

/// `essor run TOOL COMMAND [ARGS…]`: runs any tool's command from its declaration, built-in
/// or external, and renders its document.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a command of any tool, built-in or external (essor-<id>, see docs/plugins.md).",
    usage: "essor run <tool> <command> [<arguments> ...] [<options>]",
    discussion: """
      A built-in tool's command takes the arguments it declares (see essor tools). An \
      external tool gets the language, the workspace's profile and the facts it consumes; \
      it returns a document, which Essor renders in any format. Arguments Essor does not \
      know are passed to it.

      Examples:
        essor run financing plan base --workspace samples/scop-lauragais
        essor run esus check --workspace samples/scop-lauragais
        essor run esus check --max-salary-ratio 4 --format xlsx --output esus.xlsx
      """)

  @Argument(help: "The tool's id (financing, canvas, diagnostic, or essor-<id>).") var tool: String
  @Argument(help: "The tool's command.") var command: String
  @Option(parsing: .unconditional, help: "Seconds an external tool may take (default 30).")
  var timeout: String?
  @Argument(parsing: .allUnrecognized, help: "Arguments for the tool.") var arguments: [String] = []
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { messages in
      _ = try output.outputFormat()
      let registry = try Registry.load()
      if let builtIn = registry.tool(id: tool) {
        guard let declared = builtIn.command(command) else { throw builtIn.unknownCommand(command) }
        let input = try ToolInput.parse(arguments, for: declared)
        return try ToolHost.execute(
          builtIn, declared, input: input, common: common, output: output, messages: messages)
      }
      try ExternalRun(
        tool: tool, command: command, arguments: arguments, timeout: timeout, common: common,
        output: output
      ).run(registry: registry, messages: messages)
    }
  }
}
