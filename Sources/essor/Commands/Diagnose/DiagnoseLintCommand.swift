import ArgumentParser
import Diagnostic
import EssorCore

/// `essor diagnose lint FILE`: checks a questionnaire template.
struct DiagnoseLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check a questionnaire template: errors with file:line (exit 65), then warnings.",
    discussion: """
      Example:
        essor diagnose lint templates/diagnostic/financing-readiness.yaml
      """)

  @Argument(help: "The template file.") var file: String
  @OptionGroup var common: CommonOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { language in
      let result = try QuestionnaireReader.load(path: file)
      for warning in result.warnings {
        let place = warning.location.map { "\($0): " } ?? ""
        print(
          place + (language == .fr ? "avertissement : " : "warning: ") + warning.message(language))
      }
      let questionnaire = result.questionnaire
      let scored = questionnaire.questions.filter { $0.scoring != nil }.count
      print(
        language == .fr
          ? "\(file) : « \(questionnaire.id) » \(questionnaire.version) — \(questionnaire.questions.count) questions (\(scored) notées), \(questionnaire.dimensions.count) dimensions, \(questionnaire.levels.count) niveaux, \(result.warnings.count) avertissement(s)."
          : "\(file): “\(questionnaire.id)” \(questionnaire.version) — \(questionnaire.questions.count) questions (\(scored) scored), \(questionnaire.dimensions.count) dimensions, \(questionnaire.levels.count) levels, \(result.warnings.count) warning(s)."
      )
    }
  }
}
