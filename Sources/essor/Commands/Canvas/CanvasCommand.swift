import ArgumentParser

/// `essor canvas`: the Canvas tool's commands.
struct CanvasCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "canvas",
    abstract: "Strategy canvases: business model, Lean, ESS, Blue Ocean; checks and exports.",
    discussion: """
      A canvas is canvas/<name>.yaml in the workspace; its kind (bmc, lean, ess, strategy…) \
      is a data file in templates/canvas/ (see docs/canvas.md).

      Examples:
        essor canvas kinds
        essor canvas new ess
        essor canvas new strategy --name strategie-2027
        essor canvas check
        essor canvas show ess --format xlsx --output exports/ess.xlsx
      """,
    subcommands: [
      CanvasKindsCommand.self, CanvasNewCommand.self, CanvasCheckCommand.self,
      CanvasShowCommand.self,
    ])
}
