import EssorCore
import EssorReport
import Foundation

/// The Diagnostic tool: financing-readiness questionnaires answered in the terminal, scored
/// by dimension, with levels, must-pass rules, recommendations and progress over time.
public struct DiagnosticTool: Tool {
  public static let id = "diagnostic"
  public static let title = LocalizedText(fr: "Diagnostic", en: "Diagnostic")
  public static let version = "0.2.0"

  static let templateOption = ToolCommand.Option(
    "template",
    help: LocalizedText(
      fr: "Le questionnaire (défaut : financing-readiness).",
      en: "The questionnaire (default: financing-readiness)."))

  public static let commands: [ToolCommand] = [
    ToolCommand(
      "run", path: ["diagnose", "run"],
      summary: LocalizedText(
        fr: "Répondre au questionnaire (reprend là où vous vous êtes arrêté).",
        en: "Answer the questionnaire (resumes where you stopped)."),
      options: [
        templateOption,
        .flag(
          "resume",
          help: LocalizedText(
            fr: "Reprendre là où vous vous êtes arrêté (ce que fait toute relance).",
            en: "Continue where you stopped (what running again does anyway).")),
        .flag(
          "new-run",
          help: LocalizedText(
            fr: "Repasser toutes les questions (des mois plus tard).",
            en: "Go through every question again (months later).")),
        .init(
          "answers",
          help: LocalizedText(
            fr: "Noter ce fichier de réponses sans rien demander.",
            en: "Score this answers file without asking anything.")),
      ], workspace: .optional, interactive: true),
    ToolCommand(
      "report", path: ["diagnose", "report"],
      summary: LocalizedText(
        fr: "Scores par dimension, niveau, conditions, recommandations.",
        en: "Scores per dimension, level, must-pass rules, recommendations."),
      options: [templateOption], dossier: true),
    ToolCommand(
      "compare", path: ["diagnose", "compare"],
      summary: LocalizedText(
        fr: "Progrès par dimension entre deux diagnostics terminés.",
        en: "Progress per dimension between two completed runs."),
      options: [
        templateOption,
        .init(
          "from",
          help: LocalizedText(
            fr: "Le fichier de réponses d’avant (défaut : le premier terminé).",
            en: "The earlier answers file (default: the first completed run).")),
        .init(
          "to",
          help: LocalizedText(
            fr: "Le fichier de réponses d’après (défaut : le dernier terminé).",
            en: "The later answers file (default: the latest completed run).")),
      ], dossier: true),
    ToolCommand(
      "lint", path: ["diagnose", "lint"],
      summary: LocalizedText(
        fr: "Vérifie un questionnaire : chaque erreur avec fichier:ligne, puis les avertissements.",
        en: "Check a questionnaire template: every error with file:line, then warnings."),
      arguments: [
        .init(
          "file", help: LocalizedText(fr: "Le fichier du questionnaire.", en: "The template file."),
          required: true)
      ], workspace: .none, output: .files),
  ]

  public static let factProviders = [DiagnosticFacts.provider]

  public static func run(_ command: String, input: ToolInput, context: ToolContext) throws
    -> ToolResult
  {
    switch command {
    case "run": return try DiagnosticRun(input: input, context: context).run()
    case "report": return try DiagnosticRun(input: input, context: context).report()
    case "compare": return try DiagnosticRun(input: input, context: context).compare()
    case "lint": return try DiagnosticRun(input: input, context: context).lint()
    default: throw unknownCommand(command)
    }
  }

  /// The template run when none is named.
  public static let defaultTemplate = "financing-readiness"
  /// The workspace folder of answers, and of the completed runs kept for comparison.
  public static let folder = "diagnostic"
  public static let historyFolder = "diagnostic/history"

  /// The templates available to a workspace.
  public static func templates(_ workspace: Workspace?, environment: [String: String])
    -> [TemplateLibrary.Entry]
  {
    TemplateLibrary.standard(workspace: workspace, environment: environment).entries("diagnostic")
  }

  /// Loads a template by id.
  public static func questionnaire(
    _ id: String, workspace: Workspace?, environment: [String: String]
  ) throws -> Questionnaire {
    let library = TemplateLibrary.standard(workspace: workspace, environment: environment)
    guard let entry = library.entries("diagnostic").first(where: { $0.id == id }) else {
      let unknown = library.unknown(
        id, category: "diagnostic", what: LocalizedText(fr: "questionnaire", en: "template"))
      throw EssorError(
        .invalidOption, at: .flag("--template"), unknown.message, hint: unknown.hint)
    }
    let questionnaire = try ParsedFileCache.value(entry.path) {
      try QuestionnaireReader.read(entry.load(), path: entry.path).questionnaire
    }
    guard questionnaire.id == id else {
      throw EssorError(
        .invalidValue, at: .file(path: entry.path, line: nil, column: nil),
        LocalizedText(
          fr: "le fichier déclare « id: \(questionnaire.id) » mais s’appelle \(id).yaml.",
          en: "the file declares “id: \(questionnaire.id)” but is named \(id).yaml."))
    }
    return questionnaire
  }

  /// Where a workspace keeps its answers to a template.
  public static func answersPath(_ workspace: Workspace, template: String) -> String {
    workspace.path(folder + "/" + template + ".answers.yaml")
  }

  /// The completed runs kept for a template, oldest first.
  public static func history(_ workspace: Workspace, template: String) -> [String] {
    let folder = workspace.path(historyFolder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasPrefix(template + "-") && $0.hasSuffix(".answers.yaml") }.sorted()
      .map { (folder as NSString).appendingPathComponent($0) }
  }

  /// Keeps a completed run as `diagnostic/history/<template>-<date>.answers.yaml`.
  @discardableResult
  public static func archive(
    _ sheet: AnswerSheet, questionnaire: Questionnaire, in workspace: Workspace
  )
    throws -> String
  {
    let stamp = (sheet.completed ?? sheet.started).filter { $0.isNumber || $0 == "T" }
    let folder = workspace.path(historyFolder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var path = (folder as NSString).appendingPathComponent(
      "\(sheet.template)-\(stamp).answers.yaml")
    var counter = 2
    while FileManager.default.fileExists(atPath: path) {
      path = (folder as NSString).appendingPathComponent(
        "\(sheet.template)-\(stamp)-\(counter).answers.yaml")
      counter += 1
    }
    try AtomicFile.write(AnswersFile.text(sheet, questionnaire: questionnaire), to: path)
    return path
  }

  /// The report for a scored answer sheet.
  public static func report(
    _ sheet: AnswerSheet, questionnaire: Questionnaire, language: Language, enterprise: String?
  ) -> Document {
    ReportDocument(
      result: Scorer.score(sheet, questionnaire: questionnaire), sheet: sheet,
      language: language, enterprise: enterprise
    ).build()
  }
}
