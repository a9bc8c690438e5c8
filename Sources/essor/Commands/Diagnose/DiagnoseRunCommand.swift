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
      guard let workspace = try common.workspace(required: true) else { return }
      let language = try common.documentLanguage(workspace)
      let questionnaire = try DiagnosticTool.questionnaire(
        DiagnoseFiles.templateID(template), workspace: workspace, environment: Host.environment)
      let path = DiagnosticTool.answersPath(workspace, template: questionnaire.id)
      let now = { Timestamp.now(environment: Host.environment) }
      var sheet = AnswerSheet(
        template: questionnaire.id, version: questionnaire.version, language: language,
        started: now())
      var io = StandardIO()
      let folder = workspace.path(DiagnosticTool.folder)
      try Folders.prepare(folder)
      try RunLock.take(path + ".lock")
      if FileManager.default.fileExists(atPath: path) {
        let loaded = try AnswersFile.load(path: path, questionnaire: questionnaire)
        sheet = loaded.sheet
        sheet.language = language
        if let version = try DiagnoseFiles.versionOf(path), version != questionnaire.version {
          // A new version of the template: keep the file as it was, whatever applies now.
          let kept = try DiagnoseFiles.keepCopy(path, version: version)
          io.write(
            (language == .fr
              ? "Le questionnaire est passé de la version \(version) à \(questionnaire.version) ; vos réponses d’avant sont gardées dans \(kept).\n"
              : "The questionnaire went from version \(version) to \(questionnaire.version); your earlier answers are kept in \(kept).\n")
          )
        }
        if !loaded.dropped.isEmpty {
          io.write(
            (language == .fr
              ? "Ces réponses ne s’appliquent plus :\n" : "These answers no longer apply:\n")
              + loaded.dropped.map {
                "  - \($0.question)\(language == .fr ? " :" : ":") \($0.reason(language))\n"
              }.joined())
        }
      }
      if let completed = sheet.completed.map(\.controlsEscaped), !newRun {
        io.write(
          language == .fr
            ? "Ce questionnaire est terminé (\(completed)). Nouveau passage : essor diagnose --new-run\n"
            : "This questionnaire is complete (\(completed)). New run: essor diagnose --new-run\n"
        )
        return try finish(sheet, questionnaire, workspace, language, io: &io, archive: false)
      }
      if newRun { sheet.started = now() }
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
    try Folders.prepare(workspace.path("exports"))
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
    let workspace = try common.workspace(required: false)
    let questionnaire = try DiagnosticTool.questionnaire(
      DiagnoseFiles.templateID(template, answersFile: file), workspace: workspace,
      environment: Host.environment)
    let sheet = try AnswersFile.load(path: file, questionnaire: questionnaire).sheet
    let context = try common.context(workspace)
    try output.emit(
      try DiagnosticTool.run((sheet, questionnaire), context: context), messages: messages,
      inputs: [file, questionnaire.path])
  }
}
