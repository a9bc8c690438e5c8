import ArgumentParser
import EssorCore

/// `essor finance stress`: a scenario under shocks, and its headroom.
struct StressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stress",
    abstract: "Stress a financing scenario with a credit committee's shocks; find its headroom.",
    usage: "essor finance stress [<scenario>] [--shock <name=value> ...] [<options>]",
    discussion: """
      Each shock alone, then all of them together; without --shock, the standard set a \
      bank's credit committee asks for (revenue -10% and -20%, rates +2pt, customers paying \
      30 days later, investments +15%, grants 6 months late, sales starting 3 months late, \
      and their worst combination). For each: the lowest cash and its month, the first \
      month below zero, the lowest DSCR, the rules broken, the verdict, and the headroom — \
      the largest revenue drop (to the euro of year 1) and rate rise (to the basis point) \
      the plan survives with cash >= 0 and DSCR >= its threshold. Exit 0: a stress test \
      reports, it does not judge.

      Shocks: revenue, capex, payroll, external-charges (percent: -20%, +15%); rate, \
      purchases (points: +2pt, +150bp); receivable-days, payable-days (days: +30); \
      grant-delay, activity-start (months: 6m).

      --monte-carlo N draws the distributions the scenario declares under uncertainty: \
      (normal, triangular, uniform, lognormal, with bounds and correlations) and reports \
      the probability that cash goes below zero in some month with its 95% interval, the \
      percentiles of the lowest cash, the year-3 result and the lowest DSCR, a tornado of \
      one-at-a-time sensitivities and a histogram. The same --seed gives the same output \
      byte for byte, whatever --threads; a bar shows progress on a terminal.

      Examples:
        essor finance stress --standard
        essor finance stress --monte-carlo 10000 --seed 7
        essor finance stress base --shock revenue=-20% --shock rate=+2pt
        essor finance stress --shock capex=+15% --format xlsx --output exports/stress.xlsx
      """)

  @Argument(help: "The scenario's name (default: the main one).") var scenario: String?
  @Option(help: "A scenario file outside the workspace.") var file: String?
  @Option(
    name: .customLong("shock"),
    help: ArgumentHelp("A shock, e.g. revenue=-20% (repeatable).", valueName: "name=value"))
  var shocks: [String] = []
  @Flag(help: "The standard set: each shock alone and their worst combination.")
  var standard = false
  @Option(
    name: .customLong("monte-carlo"),
    help: ArgumentHelp("N draws of the scenario's uncertainty: block.", valueName: "n"))
  var monteCarlo: String?
  @Option(help: "The draws' seed (default: ESSOR_SEED, else 0).") var seed: String?
  @Option(help: "Threads to use (default: every core); no figure changes.") var threads: String?
  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Change a field of the scenario for this run (repeatable).", valueName: "path=value"))
  var sets: [String] = []

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["finance", "stress"],
      input: ToolInput(
        arguments: ["scenario": scenario].compactMapValues { $0 },
        options: ["file": file, "monte-carlo": monteCarlo, "seed": seed, "threads": threads]
          .compactMapValues { $0 }, flags: standard ? ["standard"] : [],
        lists: ["shock": shocks, "set": sets]),
      common: common, output: output)
  }
}
