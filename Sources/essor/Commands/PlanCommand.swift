import ArgumentParser
import EssorCore
import EssorReport
import Foundation

/// `essor finance plan`: projects a financing scenario and checks it.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract:
      "Project a financing scenario: plans, P&L, CAF, BFR, monthly cash, cooperative rules, ratios.",
    usage: "essor finance plan [<scenario>] [--file <file>] [<options>]",
    discussion: """
      A scenario is financing/<name>.yaml in the workspace (format: docs/financing-plan.md).
      Without a name, the workspace's main scenario is used: base.yaml, else the only one.

      The plan is always shown, verdict first. A broken legal rule, an initial plan whose \
      resources do not cover its needs, or cash below zero in any month is then reported \
      with the file, the line and the numbers, and the command exits with 65. Ratios outside \
      the funders' thresholds are warnings (exit 0).

      Examples:
        essor finance plan
        essor finance plan base --workspace samples/scop-lauragais
        essor finance plan base --format xlsx --output exports/plan-base.xlsx
        essor finance plan --file scenario.yaml --format md
        essor finance plan --set operations.revenue.first=700000 --set resources[bank-loan].rate=5.2%
      """)

  @Argument(help: "The scenario's name (financing/<name>.yaml).") var scenario: String?
  @Option(help: "A scenario file outside the workspace.") var file: String?
  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Change a field of the scenario for this run (repeatable).",
      discussion: "operations.revenue.first=700000, resources[bank-loan].rate=5.2%",
      valueName: "path=value"))
  var sets: [String] = []

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["finance", "plan"],
      input: ToolInput(
        arguments: ["scenario": scenario].compactMapValues { $0 },
        options: ["file": file].compactMapValues { $0 }, lists: ["set": sets]),
      common: common, output: output)
  }
}
