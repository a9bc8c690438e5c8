import ArgumentParser
import EssorCore
import Foundation

/// `essor diagnose lint FILE`: checks a questionnaire template, every rule at once.
struct DiagnoseLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract:
      "Check a questionnaire template: every error with file:line (exit 65), then warnings.",
    discussion: """
      Example:
        essor diagnose lint templates/diagnostic/financing-readiness.yaml
      """)

  @Argument(help: "The template file.") var file: String
  @OptionGroup var common: CommonOptions

  func run() throws {
    try ToolHost.run(
      ["diagnose", "lint"], input: ToolInput(arguments: ["file": file]), common: common)
  }
}
