import ArgumentParser
import EssorCore
import Foundation

/// The process's entry: the tool registry is checked before any command runs (a broken
/// registry is Essor's defect, exit 70), then the command line is parsed.
@main
enum EssorMain {
  static func main() {
    if case .failure(let error) = Registry.checked {
      Host.log(
        (error as? EssorError)?.rendered(
          in: Language.resolve(explicit: nil, environment: Host.environment))
          ?? "essor: \(error)")
      exit(70)
    }
    Essor.main()
  }
}

/// The `essor` command: the host that lists the tools and runs them.
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
        essor run financing plan base
      """,
    version: version,
    subcommands: [
      ToolsCommand.self, InitCommand.self, DiagnoseCommand.self, CanvasCommand.self,
      FinanceCommand.self, PitchCommand.self, ActionsCommand.self, CohortCommand.self,
      ExportCommand.self, RunCommand.self,
      RenderCommand.self,
    ]
  )
}
