import ArgumentParser
import EssorCore

/// `essor actions`: the Actions tool's commands; on its own, lists the plan.
struct ActionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actions",
    abstract:
      "The action plan: dated work from every tool's findings, followed over the programme.",
    discussion: """
      The plan is actions/plan.yaml in the workspace (docs/actions.md).

      Examples:
        essor actions suggest                  # what the tools call for now
        essor actions suggest --accept all
        essor actions --owner advisor --overdue
        essor actions add --title "Rencontrer la Socoden" --owner consultant --due 2027-03-15
        essor actions done socoden-meeting
        essor actions move must-governance --due 2027-04-30
        essor actions --format xlsx --output exports/actions.xlsx
      """,
    subcommands: [
      ActionsListCommand.self, ActionsSuggestCommand.self, ActionsAddCommand.self,
      ActionsDoneCommand.self, ActionsMoveCommand.self,
    ],
    defaultSubcommand: ActionsListCommand.self)
}

/// `essor actions [list]`.
struct ActionsListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "The plan, filtered by owner, status, milestone or overdue.",
    usage: "essor actions [list] [--owner <o>] [--status <s>] [--overdue] [<options>]")
  @Option(help: "An owner: entrepreneur, advisor, mentor, consultant, or a name.") var owner:
    String?
  @Option(help: "todo, doing, done or dropped.") var status: String?
  @Option(help: "diagnostic, strategy, financing, pitch or committee.") var milestone: String?
  @Flag(help: "Only the overdue actions.") var overdue = false
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["actions", "list"],
      input: ToolInput(
        options: ["owner": owner, "status": status, "milestone": milestone].compactMapValues { $0 },
        flags: overdue ? ["overdue"] : []), common: common, output: output)
  }
}

/// `essor actions suggest`.
struct ActionsSuggestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suggest",
    abstract:
      "Propose actions from the diagnostic, canvases, plan and pitch; add the ones accepted.",
    usage: "essor actions suggest [--accept all|<ids>] [<options>]")
  @Option(help: "all, or the comma-separated ids to add (without it, a terminal asks).")
  var accept: String?
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["actions", "suggest"], input: ToolInput(options: ["accept": accept].compactMapValues { $0 }),
      common: common, output: output)
  }
}

/// `essor actions add`.
struct ActionsAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add an action.",
    usage: "essor actions add --title <t> [--owner <o>] [--due <date>] [<options>]")
  @Option(help: "What is to be done.") var title: String?
  @Option(help: "entrepreneur (default), advisor, mentor, consultant, or a name.") var owner:
    String?
  @Option(help: "The due date, YYYY-MM-DD.") var due: String?
  @Option(help: "diagnostic, strategy, financing, pitch or committee.") var milestone: String?
  @Option(help: "Notes.") var notes: String?
  @Option(help: "The id (default: from the title).") var id: String?
  @OptionGroup var common: CommonOptions

  func run() throws {
    try ToolHost.run(
      ["actions", "add"],
      input: ToolInput(
        options: [
          "title": title, "owner": owner, "due": due, "milestone": milestone, "notes": notes,
          "id": id,
        ].compactMapValues { $0 }), common: common)
  }
}

/// `essor actions done ID`.
struct ActionsDoneCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "done", abstract: "Mark an action done.")
  @Argument(help: "The action's id.") var id: String
  @OptionGroup var common: CommonOptions

  func run() throws {
    try ToolHost.run(["actions", "done"], input: ToolInput(arguments: ["id": id]), common: common)
  }
}

/// `essor actions move ID --due DATE`.
struct ActionsMoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "move", abstract: "Change an action's due date.",
    usage: "essor actions move <id> --due <date> [<options>]")
  @Argument(help: "The action's id.") var id: String
  @Option(help: "The new due date, YYYY-MM-DD.") var due: String?
  @OptionGroup var common: CommonOptions

  func run() throws {
    try ToolHost.run(
      ["actions", "move"],
      input: ToolInput(arguments: ["id": id], options: ["due": due].compactMapValues { $0 }),
      common: common)
  }
}
