import ArgumentParser
import Diagnostic
import EssorCore

/// `essor diagnose report`: the readiness report of the workspace's answers.
struct DiagnoseReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Scores per dimension, level, must-pass rules, recommendations; any format.",
    discussion: """
      The workbook has a Summary sheet with a radar chart, an Answers sheet and a \
      Recommendations sheet.

      Examples:
        essor diagnose report
        essor diagnose report --format xlsx --output exports/diagnostic.xlsx
      """)

  @Option(help: "The questionnaire (default: financing-readiness).") var template: String?
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { messages in
      _ = try output.outputFormat()
      guard let workspace = try common.workspace(required: true) else { return }
      let questionnaire = try DiagnosticTool.questionnaire(
        DiagnoseFiles.templateID(template), workspace: workspace, environment: Host.environment)
      let sheet = try DiagnoseFiles.answers(workspace, questionnaire)
      let context = try common.context(workspace)
      try output.emit(
        try DiagnosticTool.run((sheet, questionnaire), context: context), messages: messages,
        inputs: [
          DiagnosticTool.answersPath(workspace, template: questionnaire.id), questionnaire.path,
          workspace.path(Workspace.profileFile),
        ])
    }
  }
}
