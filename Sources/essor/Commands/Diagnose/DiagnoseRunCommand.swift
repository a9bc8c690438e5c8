import ArgumentParser
import Diagnostic
import EssorCore
import EssorReport
import Foundation

/// `essor diagnose [run]`: asks the questions, saving after every answer.
struct DiagnoseRunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Answer the questionnaire (resumes where you stopped).",
    discussion: """
      At any question: ? help · < back · na not applicable (where allowed) · skip (optional \
      questions) · q save and quit. Enter keeps the answer shown. Works with a pipe too: one \
      answer per line. With --answers FILE, scores that file without asking anything.
      """)

  @Option(help: "The questionnaire (default: financing-readiness).") var template: String?
  @Flag(help: "Continue where you stopped (what running again does anyway).") var resume = false
  @Flag(
    name: .customLong("new-run"),
    help: "Go through every question again (months later); the last answers are the defaults.")
  var newRun = false
  @Option(help: "Score this answers file without asking anything.") var answers: String?
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { messages in
      _ = try output.outputFormat()
      if let answers { return try scoreFile(answers, messages: messages) }
      guard let workspace = try CanvasFiles.workspace(common, required: true) else { return }
      let language = try common.documentLanguage(workspace)
      let questionnaire = try DiagnosticTool.questionnaire(
        DiagnoseFiles.templateID(template), workspace: workspace, environment: Host.environment)
      let path = DiagnosticTool.answersPath(workspace, template: questionnaire.id)
      let now = { Timestamp.now(environment: Host.environment) }
      var sheet = AnswerSheet(
        template: questionnaire.id, version: questionnaire.version, language: language,
        started: now())
      var io = StandardIO()
      if FileManager.default.fileExists(atPath: path) {
        let loaded = try AnswersFile.load(path: path, questionnaire: questionnaire)
        sheet = loaded.sheet
        sheet.language = language
        if !loaded.dropped.isEmpty {
          io.write(
            (language == .fr
              ? "Le questionnaire est passé à la version \(questionnaire.version) ; ces réponses ne s’appliquent plus :\n"
              : "The questionnaire is now version \(questionnaire.version); these answers no longer apply:\n")
              + loaded.dropped.map { "  - \($0.question) : \($0.reason(language))\n" }.joined())
        }
      }
      if sheet.completed != nil && !newRun {
        io.write(
          language == .fr
            ? "Ce questionnaire est terminé (\(sheet.completed ?? "")). Nouveau passage : essor diagnose --new-run\n"
            : "This questionnaire is complete (\(sheet.completed ?? "")). New run: essor diagnose --new-run\n"
        )
        return try finish(sheet, questionnaire, workspace, language, io: &io, archive: false)
      }
      if newRun { sheet.started = now() }
      try FileManager.default.createDirectory(
        atPath: workspace.path(DiagnosticTool.folder), withIntermediateDirectories: true)
      Interruption.install(
        message: language == .fr
          ? "\nInterrompu : vos réponses sont enregistrées dans \(path).\n"
          : "\nInterrupted: your answers are saved in \(path).\n")
      var session = Session(
        questionnaire: questionnaire, sheet: sheet, language: language, io: io, clock: now
      ) { sheet in
        try Interruption.shielded {
          try AtomicFile.write(AnswersFile.text(sheet, questionnaire: questionnaire), to: path)
        }
      }
      session.fromTheStart = newRun
      let outcome = try session.run()
      guard outcome == .completed else { return }
      try finish(session.sheet, questionnaire, workspace, language, io: &io, archive: true)
    }
  }

  /// Keeps the completed run, writes the report and shows the summary.
  private func finish(
    _ sheet: AnswerSheet, _ questionnaire: Questionnaire, _ workspace: Workspace,
    _ language: Language, io: inout StandardIO, archive: Bool
  ) throws {
    if archive { try DiagnosticTool.archive(sheet, questionnaire: questionnaire, in: workspace) }
    let report = workspace.path("exports/diagnostic-\(questionnaire.id).xlsx")
    let context = ToolContext(
      language: language, workspace: workspace, registry: try Registry.load())
    let document = try DiagnosticTool.run((sheet, questionnaire), context: context)
    try FileManager.default.createDirectory(
      atPath: workspace.path("exports"), withIntermediateDirectories: true)
    try XLSXRenderer().write(document, to: report)
    var summary = document
    summary.sections = Array(summary.sections.prefix(1))
    io.write(
      "\n"
        + TerminalRenderer(
          usesColor: TerminalRenderer.colorWanted(
            isTerminal: isatty(1) == 1, environment: Host.environment),
          width: DocumentOutput.terminalWidth(
            isTerminal: isatty(1) == 1, environment: Host.environment)
        ).render(summary))
    io.write((language == .fr ? "\nRapport : " : "\nReport: ") + report + "\n")
  }

  private func scoreFile(_ file: String, messages: Language) throws {
    let workspace = try CanvasFiles.workspace(common, required: false)
    let questionnaire = try DiagnosticTool.questionnaire(
      DiagnoseFiles.templateID(template, answersFile: file), workspace: workspace,
      environment: Host.environment)
    let sheet = try AnswersFile.load(path: file, questionnaire: questionnaire).sheet
    let context = ToolContext(
      language: try common.documentLanguage(workspace), workspace: workspace,
      registry: try Registry.load())
    try output.emit(
      try DiagnosticTool.run((sheet, questionnaire), context: context), messages: messages,
      inputs: [file, questionnaire.path])
  }
}
