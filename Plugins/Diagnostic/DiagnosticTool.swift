import EssorCore
import EssorReport
import Foundation

/// The Diagnostic tool: financing-readiness questionnaires answered in the terminal, scored
/// by dimension, with levels, must-pass rules, recommendations and progress over time.
public struct DiagnosticTool: FactProviding, DocumentProducing {
  public static let id = "diagnostic"
  public static let title = LocalizedText(fr: "Diagnostic", en: "Diagnostic")
  public static let version = "0.1.0"
  public static let providedFacts: [FactKey] = [
    .diagnosticLevel, .diagnosticScores, .diagnosticRecommendations, .diagnosticCompletedAt,
  ]
  public static let consumedFacts: [FactKey] = []

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
    let entries = templates(workspace, environment: environment)
    guard let entry = entries.first(where: { $0.id == id }) else {
      let list = entries.map(\.id).joined(separator: ", ")
      throw EssorError(
        .invalidOption, at: .flag("--template"),
        LocalizedText(fr: "questionnaire « \(id) » inconnu.", en: "unknown template “\(id)”."),
        hint: LocalizedText(fr: "questionnaires : \(list).", en: "templates: \(list)."))
    }
    let questionnaire = try QuestionnaireReader.load(path: entry.path).questionnaire
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

  /// Facts from the workspace's answers: the default template's if answered, else the first.
  public static func facts(in workspace: Workspace) throws -> [FactKey: FactValue] {
    let environment = ProcessInfo.processInfo.environment
    let ids = templates(workspace, environment: environment).map(\.id)
    let ordered = ids.filter { $0 == defaultTemplate } + ids.filter { $0 != defaultTemplate }
    for id in ordered {
      let path = answersPath(workspace, template: id)
      guard FileManager.default.fileExists(atPath: path) else { continue }
      let questionnaire = try questionnaire(id, workspace: workspace, environment: environment)
      let sheet = try AnswersFile.load(path: path, questionnaire: questionnaire).sheet
      let result = Scorer.score(sheet, questionnaire: questionnaire)
      let language = workspace.profile.language
      var facts: [FactKey: FactValue] = [
        .diagnosticScores: .measures(
          result.dimensions.compactMap { dimension in
            dimension.score.map { (dimension.dimension.title(language), $0) }
          }),
        .diagnosticRecommendations: .list(result.recommendations.map { $0.text(language) }),
      ]
      if let level = result.level { facts[.diagnosticLevel] = .text(level.title(language)) }
      if let completed = sheet.completed { facts[.diagnosticCompletedAt] = .text(completed) }
      return facts
    }
    return [:]
  }

  /// The report for a scored answer sheet.
  public static func run(
    _ input: (sheet: AnswerSheet, questionnaire: Questionnaire), context: ToolContext
  )
    throws -> Document
  {
    ReportDocument(
      result: Scorer.score(input.sheet, questionnaire: input.questionnaire), sheet: input.sheet,
      language: context.language, enterprise: context.workspace?.profile.name
    ).build()
  }

  /// Progress between two runs of the same template.
  public static func compare(
    _ before: AnswerSheet, _ after: AnswerSheet, questionnaire: Questionnaire, context: ToolContext
  ) -> Document {
    CompareDocument(
      before: (before, Scorer.score(before, questionnaire: questionnaire)),
      after: (after, Scorer.score(after, questionnaire: questionnaire)),
      language: context.language, enterprise: context.workspace?.profile.name
    ).build()
  }
}

extension FactKey {
  /// The readiness level reached (after caps).
  public static let diagnosticLevel: FactKey = "diagnostic.level"
  /// The score (0–100) per dimension.
  public static let diagnosticScores: FactKey = "diagnostic.scores"
  /// The recommendations that fire, by priority.
  public static let diagnosticRecommendations: FactKey = "diagnostic.recommendations"
  /// When the questionnaire was completed.
  public static let diagnosticCompletedAt: FactKey = "diagnostic.completed_at"
}
