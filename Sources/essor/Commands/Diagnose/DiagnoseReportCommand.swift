import ArgumentParser
import EssorCore

/// `essor diagnose report`: the readiness report of the workspace's answers.
struct DiagnoseReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Scores per dimension, level, must-pass rules, recommendations; any format.",
    usage: "essor diagnose report [<options>]",
    discussion: """
      The workbook has a Summary sheet with a radar chart, an Answers sheet and a \
      Recommendations sheet.

      Examples:
        essor diagnose report
        essor diagnose report --format xlsx --output exports/diagnostic.xlsx
      """)

  @Option(help: "The questionnaire (default: financing-readiness).") var template: String?
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["diagnose", "report"],
      input: ToolInput(options: ["template": template].compactMapValues { $0 }),
      common: common, output: output)
  }
}
