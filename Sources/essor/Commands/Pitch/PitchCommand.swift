import ArgumentParser
import EssorCore

/// `essor pitch`: the Pitch tool's commands.
struct PitchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pitch",
    abstract: "Pitch-deck outlines pre-filled with the enterprise's own figures.",
    discussion: """
      Templates are data (templates/pitch, see docs/pitch.md). The mentor's edits live in \
      pitch/<template>.yaml: rewritten messages, order, dropped or added slides, notes, \
      status and comments; regenerating keeps them and refreshes the figures.

      Examples:
        essor pitch templates
        essor pitch outline --minutes 10
        essor pitch check
        essor pitch export --format xlsx --output exports/pitch.xlsx
        essor pitch export --format slides --output exports/pitch.md
      """,
    subcommands: [
      PitchTemplatesCommand.self, PitchLintCommand.self, PitchOutlineCommand.self,
      PitchCheckCommand.self, PitchExportCommand.self,
    ])
}

/// The options of the commands that build an outline.
struct PitchOptions: ParsableArguments {
  @Option(help: "The pitch template (default: ess-financing).") var template: String?
  @Option(help: "The speaking time in minutes, 1 to 600 (default: the template's).")
  var minutes: String?

  var input: ToolInput {
    ToolInput(options: ["template": template, "minutes": minutes].compactMapValues { $0 })
  }
}

/// `essor pitch templates`.
struct PitchTemplatesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "templates", abstract: "List the pitch templates found.",
    usage: "essor pitch templates [<options>]")
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(["pitch", "templates"], input: ToolInput(), common: common, output: output)
  }
}

/// `essor pitch lint FILE`.
struct PitchLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint", abstract: "Check a pitch template: errors with file:line, then warnings.")
  @Argument(help: "The template file.") var file: String
  @OptionGroup var common: CommonOptions

  func run() throws {
    try ToolHost.run(
      ["pitch", "lint"], input: ToolInput(arguments: ["file": file]), common: common)
  }
}

/// `essor pitch outline`.
struct PitchOutlineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "outline",
    abstract:
      "Build the outline with the real figures; writes pitch/<template>.yaml, keeping edits.",
    usage: "essor pitch outline [--template <id>] [--minutes <n>] [<options>]")
  @OptionGroup var pitch: PitchOptions
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(["pitch", "outline"], input: pitch.input, common: common, output: output)
  }
}

/// `essor pitch check`.
struct PitchCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check timing, missing and stale figures, slides to do (exit 1 on errors).",
    usage: "essor pitch check [--template <id>] [--minutes <n>] [<options>]")
  @OptionGroup var pitch: PitchOptions
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(["pitch", "check"], input: pitch.input, common: common, output: output)
  }
}

/// `essor pitch export`.
struct PitchExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "The outline as a workbook, Markdown, JSON or Marp slides (--format slides).",
    usage: "essor pitch export [--template <id>] [--minutes <n>] [<options>]")
  @OptionGroup var pitch: PitchOptions
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(["pitch", "export"], input: pitch.input, common: common, output: output)
  }
}
