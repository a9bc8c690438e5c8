import ArgumentParser
import EssorCore
import Foundation

/// The process's entry: the command line is parsed (its errors said in the user's language,
/// exit 64), the tool registry checked (a broken registry is Essor's defect, exit 70), then
/// the command runs.
///
/// Nothing else runs at start-up: the registry is checked only for one of Essor's commands
/// about to run, so `--help`, `help` and `--version` cost no more than parsing.
@main
enum EssorMain {
  static func main() {
    let arguments = LeadingOptions.moved(Array(CommandLine.arguments.dropFirst()))
    var command: any ParsableCommand
    do {
      command = try Essor.parseAsRoot(arguments)
    } catch {
      guard let usage = ArgumentErrors.error(for: error, arguments: arguments) else {
        Essor.exit(withError: error)
      }
      Host.log(
        usage.rendered(in: ArgumentErrors.language(arguments, environment: Host.environment)))
      exit(usage.kind.exitCode)
    }
    // `--help` and `essor help …` parse into the parser's own help command: no tool runs.
    let runsTools = type(of: command)._commandName != "help"
    if runsTools, let error = Registry.defect() {
      Host.log(
        (error as? EssorError)?.rendered(
          in: Language.resolve(explicit: nil, environment: Host.environment))
          ?? "essor: \(error)")
      exit(70)
    }
    do {
      try command.run()
    } catch {
      Essor.exit(withError: error)
    }
  }
}

/// The `essor` command: the host that lists the tools and runs them.
struct Essor: ParsableCommand {
  /// The version of this build of Essor.
  static let version = "0.1.0"
  /// The version and the git commit it was built from: `0.1.0 (commit 2c1f578ed8d1)`.
  static let versionLine = "\(version) (commit \(BuildInfo.commit))"

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
    version: versionLine,
    subcommands: [
      ToolsCommand.self, InitCommand.self, DiagnoseCommand.self, CanvasCommand.self,
      FinanceCommand.self, PitchCommand.self, ActionsCommand.self, CohortCommand.self,
      ExportCommand.self, RunCommand.self,
      RenderCommand.self,
    ]
  )
}
