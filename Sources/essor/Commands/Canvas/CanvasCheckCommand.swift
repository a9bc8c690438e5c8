import ArgumentParser
import EssorCore

/// `essor canvas check [NAME]`: runs the checks and explains each finding.
struct CanvasCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check canvases: completeness, no orphans, vague words, value curve rules.",
    usage: "essor canvas check [<name>] [--strict] [<options>]",
    discussion: """
      Without NAME, checks every canvas of the workspace. Exits with 1 when a check finds \
      an error (or a warning, with --strict), with 65 when a file cannot be read.

      Examples:
        essor canvas check
        essor canvas check strategy --format json
      """)

  @Argument(help: "A canvas of the workspace (canvas/NAME.yaml) or a path to one.")
  var name: String?
  @Flag(help: "Fail on warnings too.") var strict = false
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(
      ["canvas", "check"],
      input: ToolInput(
        arguments: ["name": name].compactMapValues { $0 }, flags: strict ? ["strict"] : []),
      common: common, output: output)
  }
}
