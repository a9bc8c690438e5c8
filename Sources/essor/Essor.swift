import ArgumentParser
import EssorCore

/// The `essor` command: the host that lists the tools and runs them.
@main
struct Essor: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "essor",
    abstract: "Get a cooperative or social-economy enterprise ready to raise money.",
    discussion: """
      Essor works on a workspace: a folder with an essor.yaml profile and the tools' inputs.

      Examples:
        essor init my-coop --name "La Fabrique" --form scop
        essor finance loan --amount 100000 --rate 4% --years 7
        essor finance loan --workspace samples/scop-lauragais --format xlsx --output loans.xlsx
        essor diagnose
        essor canvas new ess
        essor canvas check
        essor tools
      """,
    version: version,
    subcommands: [
      ToolsCommand.self, InitCommand.self, DiagnoseCommand.self, CanvasCommand.self,
      FinanceCommand.self, RunCommand.self, RenderCommand.self,
    ]
  )
}
