import ArgumentParser
import EssorCore
import Foundation

/// `essor finance new [NAME]`: a commented scenario to fill, in the workspace.
struct NewScenarioCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Write a commented financing scenario to fill to financing/<name>.yaml.",
    usage: "essor finance new [<name>] [--template <template>] [<options>]",
    discussion: """
      The skeleton is prefilled from essor.yaml (legal form, headcount, members) and reads \
      as it stands: run essor finance plan at once, then replace the examples with your \
      figures. Never overwrites: choose another name, or remove the file first.

      Examples:
        essor finance new
        essor finance new extension --template scic
      """)

  @Argument(help: "The scenario's name (default: base).") var name: String?
  @Option(help: "scop, scic or ess (default: from the profile's legal form).") var template: String?
  @OptionGroup var common: CommonOptions

  func run() throws {
    try ToolHost.run(
      ["finance", "new"],
      input: ToolInput(
        arguments: ["name": name].compactMapValues { $0 },
        options: ["template": template].compactMapValues { $0 }),
      common: common)
  }
}
