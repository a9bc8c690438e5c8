import EssorCore
import Foundation

/// The Diagnostic tool's facts, from the workspace's answers: the default template's if
/// answered, else the first template answered.
enum DiagnosticFacts {
  static let provider = FactProvider(
    id: "diagnostic.answers",
    provides: [
      Facts.Diagnostic.level.erased, Facts.Diagnostic.scores.erased,
      Facts.Diagnostic.recommendations.erased, Facts.Diagnostic.completedAt.erased,
      Facts.Diagnostic.firstLevel.erased, Facts.Diagnostic.firstScores.erased,
      Facts.Diagnostic.failedMustPass.erased,
    ],
    hint: LocalizedText(
      fr: "répondez au diagnostic (essor diagnose)", en: "answer the diagnostic (essor diagnose)")
  ) { context in
    var facts = FactSet()
    let workspace = context.workspace
    let ids = DiagnosticTool.templates(workspace, environment: context.environment).map(\.id)
    let ordered =
      ids.filter { $0 == DiagnosticTool.defaultTemplate }
      + ids.filter { $0 != DiagnosticTool.defaultTemplate }
    for id in ordered {
      let path = DiagnosticTool.answersPath(workspace, template: id)
      guard FileManager.default.fileExists(atPath: path) else { continue }
      let questionnaire = try DiagnosticTool.questionnaire(
        id, workspace: workspace, environment: context.environment)
      let sheet = try AnswersFile.load(path: path, questionnaire: questionnaire).sheet
      let result = Scorer.score(sheet, questionnaire: questionnaire)
      let source = "diagnostic/" + (path as NSString).lastPathComponent
      facts.set(
        Facts.Diagnostic.scores,
        Measures(
          result.dimensions.compactMap { dimension in
            dimension.score.map {
              Measures.Item(
                id: dimension.dimension.id, label: dimension.dimension.title, value: $0)
            }
          }), source: source + " › scores")
      facts.set(
        Facts.Diagnostic.recommendations,
        FactList(result.recommendations.map { FactTerm(id: $0.id, label: $0.text) }),
        source: source + " › recommendations")
      facts.set(
        Facts.Diagnostic.level, result.level.map { FactTerm(id: $0.id, label: $0.title) },
        source: source + " › level")
      facts.set(
        Facts.Diagnostic.completedAt, sheet.completed.map { LocalizedText(verbatim: $0) },
        source: source + " › completed")
      facts.set(
        Facts.Diagnostic.failedMustPass,
        FactList(result.failedMustPass.map { FactTerm(id: $0.id, label: $0.title) }),
        source: source + " › must-pass")
      // The first completed run kept, the starting point of the programme.
      if let first = DiagnosticTool.history(workspace, template: id).first {
        let firstSheet = try AnswersFile.load(path: first, questionnaire: questionnaire).sheet
        let firstResult = Scorer.score(firstSheet, questionnaire: questionnaire)
        let firstSource = "diagnostic/history/" + (first as NSString).lastPathComponent
        facts.set(
          Facts.Diagnostic.firstLevel,
          firstResult.level.map { FactTerm(id: $0.id, label: $0.title) }, source: firstSource)
        facts.set(
          Facts.Diagnostic.firstScores,
          Measures(
            firstResult.dimensions.compactMap { dimension in
              dimension.score.map {
                Measures.Item(
                  id: dimension.dimension.id, label: dimension.dimension.title, value: $0)
              }
            }), source: firstSource)
      }
      return facts
    }
    return facts
  }
}
