import EssorCore
import Foundation

/// The Diagnostic tool's commands: finding the template and the answers, asking, scoring,
/// comparing and linting.
struct DiagnosticRun {
  let input: ToolInput
  let context: ToolContext

  // MARK: run

  /// Asks the questions, saving after every answer; with `--answers FILE`, scores that file.
  func run() throws -> ToolResult {
    if let file = input["answers"] { return try score(file) }
    let workspace = try context.requireWorkspace()
    let language = context.language
    let questionnaire = try DiagnosticTool.questionnaire(
      templateID(), workspace: workspace, environment: context.environment)
    let path = DiagnosticTool.answersPath(workspace, template: questionnaire.id)
    let now = { [clock = context.clock] in clock.timestamp }
    var sheet = AnswerSheet(
      template: questionnaire.id, version: questionnaire.version, language: language,
      started: now())
    guard let console = context.console else {
      throw EssorError(
        .missingOption, at: .flag("--answers"),
        LocalizedText(
          fr: "le questionnaire se remplit dans un terminal.",
          en: "the questionnaire is filled in a terminal."),
        hint: LocalizedText(
          fr: "lancez-le dans un terminal, ou passez --answers FICHIER.",
          en: "run it in a terminal, or pass --answers FILE."))
    }
    var io = ConsoleIO(console: console)
    try Folders.prepare(workspace.path(DiagnosticTool.folder))
    try RunLock.take(path + ".lock")
    if FileManager.default.fileExists(atPath: path) {
      let loaded = try AnswersFile.load(path: path, questionnaire: questionnaire)
      sheet = loaded.sheet
      sheet.language = language
      if let version = try Self.versionOf(path), version != questionnaire.version {
        // A new version of the template: keep the file as it was, whatever applies now.
        let kept = try Self.keepCopy(path, version: version)
        io.write(
          language == .fr
            ? "Le questionnaire est passé de la version \(version) à \(questionnaire.version) ; vos réponses d’avant sont gardées dans \(kept).\n"
            : "The questionnaire went from version \(version) to \(questionnaire.version); your earlier answers are kept in \(kept).\n"
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
    let newRun = input.flag("new-run")
    if let completed = sheet.completed.map({
      (CalendarDate.ofTimestamp($0)?.words(language) ?? $0).controlsEscaped
    }), !newRun {
      io.write(
        language == .fr
          ? "Ce questionnaire est terminé (le \(completed)). Nouveau passage : essor diagnose\(templateFlag(questionnaire)) --new-run\n"
          : "This questionnaire is complete (on \(completed)). New run: essor diagnose\(templateFlag(questionnaire)) --new-run\n"
      )
      return try finish(sheet, questionnaire, workspace, archive: false)
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
    session.proposals = Self.proposals(questionnaire, profile: workspace.profile)
    session.resumeCommand = "essor diagnose" + templateFlag(questionnaire)
    guard try session.run() == .completed else { return ToolResult() }
    return try finish(session.sheet, questionnaire, workspace, archive: true)
  }

  /// What the profile answers: each question that names a profile field gets its value, when
  /// the profile has it (and, for a choice, when the template offers it).
  static func proposals(_ questionnaire: Questionnaire, profile: Profile) -> [String: AnswerValue] {
    var proposals: [String: AnswerValue] = [:]
    for question in questionnaire.questions {
      guard let field = question.profileField else { continue }
      let number: Int?
      switch field {
      case .legalForm:
        if question.type == .single, question.choice(profile.legalForm.rawValue) != nil {
          proposals[question.id] = .choice(profile.legalForm.rawValue)
        }
        continue
      case .headcount: number = profile.headcount
      case .members: number = profile.members
      }
      guard let number else { continue }
      proposals[question.id] = question.type == .number ? .number(Double(number)) : .integer(number)
    }
    return proposals
  }

  /// Keeps the completed run; the summary is shown and the whole report written to exports/.
  private func finish(
    _ sheet: AnswerSheet, _ questionnaire: Questionnaire, _ workspace: Workspace, archive: Bool
  ) throws -> ToolResult {
    if archive { try DiagnosticTool.archive(sheet, questionnaire: questionnaire, in: workspace) }
    let report = DiagnosticTool.report(
      sheet, questionnaire: questionnaire, language: context.language,
      enterprise: context.enterprise)
    var summary = report
    summary.sections = Array(summary.sections.prefix(1))
    try Folders.prepare(workspace.path("exports"))
    return ToolResult(
      document: summary,
      exports: [
        ToolResult.Export(
          report, to: workspace.path("exports/diagnostic-\(questionnaire.id).xlsx"),
          label: LocalizedText(fr: "Rapport", en: "Report"))
      ])
  }

  private func score(_ file: String) throws -> ToolResult {
    let questionnaire = try questionnaireOf(answersFile: file)
    let sheet = try AnswersFile.load(path: file, questionnaire: questionnaire).sheet
    return ToolResult(
      document: DiagnosticTool.report(
        sheet, questionnaire: questionnaire, language: context.language,
        enterprise: context.enterprise),
      inputs: [file, questionnaire.path])
  }

  // MARK: report, compare, lint

  func report() throws -> ToolResult {
    let workspace = try context.requireWorkspace()
    let questionnaire = try DiagnosticTool.questionnaire(
      templateID(), workspace: workspace, environment: context.environment)
    let path = DiagnosticTool.answersPath(workspace, template: questionnaire.id)
    guard FileManager.default.fileExists(atPath: path) else {
      throw EssorError(
        .fileNotFound, at: .file(path: path, line: nil, column: nil),
        LocalizedText(
          fr: "pas encore de réponses à « \(questionnaire.id) ».",
          en: "no answers to “\(questionnaire.id)” yet."),
        hint: LocalizedText(
          fr: "lancez « essor diagnose --template \(questionnaire.id) ».",
          en: "run “essor diagnose --template \(questionnaire.id)”."))
    }
    let sheet = try AnswersFile.load(path: path, questionnaire: questionnaire).sheet
    return ToolResult(
      document: DiagnosticTool.report(
        sheet, questionnaire: questionnaire, language: context.language,
        enterprise: context.enterprise),
      inputs: [path, questionnaire.path, workspace.path(Workspace.profileFile)])
  }

  func compare() throws -> ToolResult {
    let workspace = try context.requireWorkspace()
    let questionnaire = try DiagnosticTool.questionnaire(
      templateID(), workspace: workspace, environment: context.environment)
    let runs = DiagnosticTool.history(workspace, template: questionnaire.id)
    let from = input["from"]
    guard let first = from ?? runs.first, let last = input["to"] ?? runs.last,
      first != last || from != nil
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
    let document = CompareDocument(
      before: (before, Scorer.score(before, questionnaire: questionnaire)),
      after: (after, Scorer.score(after, questionnaire: questionnaire)),
      language: context.language, enterprise: context.enterprise
    ).build()
    return ToolResult(document: document, inputs: [first, last, questionnaire.path])
  }

  func lint() throws -> ToolResult {
    let file = input["file"] ?? ""
    let questionnaire = try QuestionnaireReader.parse(YAMLDocument.load(path: file), path: file)
    let findings = TemplateLint.run(questionnaire)
    let (errors, warnings) = (findings.errors, findings.warnings)
    let scored = questionnaire.questions.filter { $0.scoring != nil }.count
    let q = questionnaire
    // One figure everywhere: the questions (information screens apart), of which those asked
    // only for some answers — a run asks between the two.
    let asked = q.questions.filter { $0.type != .info }
    let conditional = asked.filter { $0.when != nil }.count
    let screens = q.questions.count - asked.count
    return ToolResult(
      diagnostics: errors + warnings,
      headline: LocalizedText(
        fr:
          "\(file) : « \(q.id) » \(q.version) — \(asked.count) questions (\(scored) notées ; \(conditional) selon les réponses : un passage en pose de \(asked.count - conditional) à \(asked.count))\(screens > 0 ? " et \(screens) écran(s) d’information" : ""), \(q.dimensions.count) dimensions, \(q.levels.count) niveaux ; \(errors.count) erreur(s), \(warnings.count) avertissement(s).",
        en:
          "\(file): “\(q.id)” \(q.version) — \(asked.count) questions (\(scored) scored; \(conditional) depending on the answers: a run asks \(asked.count - conditional) to \(asked.count))\(screens > 0 ? " and \(screens) information screen(s)" : ""), \(q.dimensions.count) dimensions, \(q.levels.count) levels; \(errors.count) error(s), \(warnings.count) warning(s)."
      ))
  }

  // MARK: files

  /// ` --template ID` for a questionnaire other than the default, else nothing.
  private func templateFlag(_ questionnaire: Questionnaire) -> String {
    questionnaire.id == DiagnosticTool.defaultTemplate ? "" : " --template \(questionnaire.id)"
  }

  /// The template id: --template, else the one an answers file names, else the default.
  private func templateID(answersFile: String? = nil) -> String {
    if let flag = input["template"] { return flag }
    if let answersFile, let root = try? YAMLDocument.load(path: answersFile),
      let template = try? root.mapping().optional("template")?.text()
    {
      return template
    }
    return DiagnosticTool.defaultTemplate
  }

  /// The questionnaire an answers file is read with: --template, else the one the file names
  /// — an unknown name there is the file's mistake (bad data at its line), not a flag's.
  private func questionnaireOf(answersFile file: String) throws -> Questionnaire {
    if input["template"] == nil, let root = try? YAMLDocument.load(path: file),
      let node = try? root.mapping().optional("template"), let id = try? node.text(),
      !DiagnosticTool.templates(context.workspace, environment: context.environment)
        .contains(where: { $0.id == id })
    {
      let list = DiagnosticTool.templates(context.workspace, environment: context.environment)
        .map(\.id).joined(separator: ", ")
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "questionnaire « \(id.excerpt) » inconnu.", en: "unknown template “\(id.excerpt)”."),
        hint: LocalizedText(fr: "questionnaires : \(list).", en: "templates: \(list)."))
    }
    return try DiagnosticTool.questionnaire(
      templateID(answersFile: file), workspace: context.workspace,
      environment: context.environment)
  }

  /// The `version:` an answers file was written for.
  private static func versionOf(_ path: String) throws -> String? {
    try YAMLDocument.load(path: path).mapping().optional("version")?.text()
  }

  /// Copies an answers file aside before a new template version rewrites it; returns the
  /// copy's path (an existing copy is never replaced).
  private static func keepCopy(_ path: String, version: String) throws -> String {
    let safe = version.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    let copy = path.replacingOccurrences(of: ".answers.yaml", with: ".v\(safe).answers.yaml")
    if !FileManager.default.fileExists(atPath: copy) {
      try AtomicFile.write(FileManager.default.contents(atPath: path) ?? Data(), to: copy)
    }
    return copy
  }
}
