import ArgumentParser
import EssorCore

/// `essor finance compare`: scenarios side by side.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare financing scenarios side by side: mix, cost, cash, ratios, rules, verdict.",
    usage: "essor finance compare [<scenario> ...] [--file <file> ...] [<options>]",
    discussion: """
      Without a name, every scenario of the workspace's financing/ folder is compared, the \
      main one (base.yaml) first. Each row is a key figure — needs, resources by instrument \
      with their share, the total cost of financing over the plan, own funds over needs, the \
      lowest cash and its month, the worst ratios with and without quasi-equity, rules \
      broken, funders' criteria met, NPV and IRR — with the difference from the first \
      scenario (Δ) and the best scenario named. The workbook adds the ratios of every year, \
      the mix, the debt service and the monthly cash of every scenario, with charts. \
      --set changes the same field in every scenario compared.

      Examples:
        essor finance compare
        essor finance compare base sobre --format xlsx --output exports/comparaison.xlsx
        essor finance compare base --set 'resources[bank-loan].rate=5%'
        essor finance compare --file a.yaml --file b.yaml --format md
      """)

  @Argument(help: "The scenarios to compare (default: every one, the main one first).")
  var scenario: [String] = []
  @Option(help: "A scenario file outside the workspace (repeatable).") var file: [String] = []
  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Change a field of every scenario compared for this run (repeatable).",
      valueName: "path=value"))
  var sets: [String] = []

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["finance", "compare"],
      input: ToolInput(
        arguments: ["scenario": scenario.first].compactMapValues { $0 },
        lists: ["scenario": scenario, "file": file, "set": sets]),
      common: common, output: output)
  }
}
