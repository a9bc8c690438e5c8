import ArgumentParser
import EssorCore

/// `essor finance optimise`: the best mixes of a scenario's adjustable resources.
struct OptimiseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "optimise",
    abstract: "Search the best mix of a scenario's adjustable resources under every constraint.",
    usage: "essor finance optimise [<scenario>] [--objective <objective>] [<options>]",
    discussion: """
      Resources marked adjustable: {min, max, step} in the scenario (their amount; a loan's \
      rate, years or grace too) are tried in every combination. A mix must balance the \
      initial plan, keep cash at or over the buffer every month, DSCR, gearing and autonomy \
      within the funders' thresholds (the scenario's, or these flags) and every legal and \
      cooperative rule every year. The five best by the objective are shown with the \
      scenario as written, why each beats it and the constraint that binds; when none \
      holds, the one closest to holding and what it misses (exit 65). --save NAME writes \
      the best as financing/NAME.yaml, a variant of the scenario (extends:), never over a \
      file.

      Objectives: cost (the lowest total cost of financing), min-debt, max-min-cash, \
      max-own-funds.

      Examples:
        essor finance optimise
        essor finance optimise base --objective min-debt --min-dscr 1.5
        essor finance optimise --save optimise --format xlsx --output exports/optimise.xlsx
      """)

  @Argument(help: "The scenario's name (default: the main one).") var scenario: String?
  @Option(help: "A scenario file outside the workspace.") var file: String?
  @Option(help: "cost (default), min-debt, max-min-cash or max-own-funds.") var objective: String?
  @Option(name: .customLong("min-dscr"), help: "Minimum DSCR (default: the scenario's).")
  var minDSCR: String?
  @Option(name: .customLong("max-gearing"), help: "Maximum gearing (default: the scenario's).")
  var maxGearing: String?
  @Option(
    name: .customLong("min-autonomy"), help: "Minimum financial autonomy, e.g. 25%.")
  var minAutonomy: String?
  @Option(name: .customLong("cash-buffer"), help: "Minimum cash every month, in euros.")
  var cashBuffer: String?
  @Option(help: "Save the best to financing/NAME.yaml (never over a file).") var save: String?
  @Option(help: "Threads to use (default: every core).") var threads: String?
  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Change a field of the scenario for this run (repeatable).", valueName: "path=value"))
  var sets: [String] = []

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["finance", "optimise"],
      input: ToolInput(
        arguments: ["scenario": scenario].compactMapValues { $0 },
        options: [
          "file": file, "objective": objective, "min-dscr": minDSCR, "max-gearing": maxGearing,
          "min-autonomy": minAutonomy, "cash-buffer": cashBuffer, "save": save,
          "threads": threads,
        ].compactMapValues { $0 }, lists: ["set": sets]),
      common: common, output: output)
  }
}
