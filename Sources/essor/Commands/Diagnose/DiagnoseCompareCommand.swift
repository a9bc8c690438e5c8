import ArgumentParser
import Diagnostic
import EssorCore
import Foundation

/// `essor diagnose compare`: progress between two completed runs.
struct DiagnoseCompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Progress per dimension between two completed runs (default: first vs latest).",
    discussion: """
      Completed runs are kept in diagnostic/history/. The workbook puts both curves on one \
      radar chart.

      Examples:
        essor diagnose compare
        essor diagnose compare --format xlsx --output exports/progress.xlsx
      """)

  @Option(help: "The questionnaire (default: financing-readiness).") var template: String?
  @Option(help: "The earlier answers file (default: the first completed run).") var from: String?
  @Option(help: "The later answers file (default: the latest completed run).") var to: String?
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { messages in
      _ = try output.outputFormat()
      guard let workspace = try common.workspace(required: true) else { return }
      let questionnaire = try DiagnosticTool.questionnaire(
        DiagnoseFiles.templateID(template), workspace: workspace, environment: Host.environment)
      let runs = DiagnosticTool.history(workspace, template: questionnaire.id)
      guard let first = from ?? runs.first, let last = to ?? runs.last, first != last || from != nil
      else {
        throw EssorError(
          .fileNotFound,
          at: .file(path: workspace.path(DiagnosticTool.historyFolder), line: nil, column: nil),
          LocalizedText(
            fr: "il faut deux diagnostics terminés pour comparer ; \(runs.count) trouvé(s).",
            en: "comparing needs two completed diagnostics; \(runs.count) found."),
          hint: LocalizedText(
            fr: "terminez le questionnaire à nouveau plus tard, ou passez --from et --to.",
            en: "complete the questionnaire again later, or pass --from and --to."))
      }
      let before = try AnswersFile.load(path: first, questionnaire: questionnaire).sheet
      let after = try AnswersFile.load(path: last, questionnaire: questionnaire).sheet
      let context = try common.context(workspace)
      try output.emit(
        DiagnosticTool.compare(before, after, questionnaire: questionnaire, context: context),
        messages: messages, inputs: [first, last, questionnaire.path])
    }
  }
}
