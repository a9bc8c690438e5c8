import ArgumentParser
import EssorCore
import Foundation

/// `essor diagnose compare`: progress between two completed runs.
struct DiagnoseCompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Progress per dimension between two completed runs (default: first vs latest).",
    usage: "essor diagnose compare [<options>]",
    discussion: """
      Completed runs are kept in diagnostic/history/. The workbook puts both curves on one \
      radar chart.

      Examples:
        essor diagnose compare
        essor diagnose compare --format xlsx --output exports/progress.xlsx
      """)

  @Option(help: "The questionnaire (default: financing-readiness).") var template: String?
  @Option(help: "The earlier answers file (default: the first completed run).") var from: String?
  @Option(help: "The later answers file (default: the latest completed run).") var to: String?
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["diagnose", "compare"],
      input: ToolInput(
        options: ["template": template, "from": from, "to": to].compactMapValues { $0 }),
      common: common, output: output)
  }
}
