import ArgumentParser
import EssorCore

/// `essor cohort`: the Cohort tool's commands.
struct CohortCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cohort",
    abstract: "A programme's cohort: where every enterprise stands, in one table and one workbook.",
    discussion: """
      A cohort is a folder with cohort.yaml: the programme's name, the date each phase \
      ends, and the enterprises' workspaces (docs/cohort.md).

      Examples:
        essor cohort init promo-2027 --name "Alter'Venture 2027" --start 2027-01-04
        essor cohort status --cohort samples/cohort-2027
        essor cohort report --cohort samples/cohort-2027 --format xlsx --output cohort.xlsx
      """,
    subcommands: [CohortInitCommand.self, CohortStatusCommand.self, CohortReportCommand.self])
}

/// `essor cohort init DIR`.
struct CohortInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Create a cohort (cohort.yaml) to fill in.",
    usage: "essor cohort init <folder> [--name <name>] [--start <date>] [<options>]")
  @Argument(help: "The folder to create.") var folder: String
  @Option(help: "The programme's name.") var name: String?
  @Option(help: "The programme's start, YYYY-MM-DD (default: today).") var start: String?
  @OptionGroup var common: CommonOptions

  func run() throws {
    try ToolHost.run(
      ["cohort", "init"],
      input: ToolInput(
        arguments: ["folder": folder],
        options: ["name": name, "start": start].compactMapValues { $0 }), common: common)
  }
}

/// `essor cohort status`.
struct CohortStatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "One row per enterprise, from each one's own files.",
    usage: "essor cohort status [--cohort <folder>] [<options>]")
  @Option(help: "The cohort's folder (default: the current folder).") var cohort: String?
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["cohort", "status"], input: ToolInput(options: ["cohort": cohort].compactMapValues { $0 }),
      common: common, output: output)
  }
}

/// `essor cohort report`.
struct CohortReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "The programme team's workbook: summary, readiness, financing, a sheet per enterprise.",
    usage: "essor cohort report [--cohort <folder>] [<options>]")
  @Option(help: "The cohort's folder (default: the current folder).") var cohort: String?
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["cohort", "report"], input: ToolInput(options: ["cohort": cohort].compactMapValues { $0 }),
      common: common, output: output)
  }
}
