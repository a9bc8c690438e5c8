import ArgumentParser
import EssorCore

/// `essor canvas show [NAME]`: the canvas drawn as a grid, Markdown, JSON or a workbook.
struct CanvasShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Draw canvases: a grid in the terminal, Markdown, JSON, or a workbook.",
    usage: "essor canvas show [<name>] [<options>]",
    discussion: """
      Without NAME, shows every canvas of the workspace. The workbook lays each canvas out \
      as on paper (merged cells), with the value curves' line chart for a strategy canvas.

      Examples:
        essor canvas show ess
        essor canvas show strategy --format xlsx --output exports/strategy.xlsx
      """)

  @Argument(help: "A canvas of the workspace (canvas/NAME.yaml) or a path to one.")
  var name: String?
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["canvas", "show"], input: ToolInput(arguments: ["name": name].compactMapValues { $0 }),
      common: common, output: output)
  }
}
