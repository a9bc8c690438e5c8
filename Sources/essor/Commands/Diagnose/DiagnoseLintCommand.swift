import ArgumentParser
import Diagnostic
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
    try Host.run(language: common.messageLanguage) { language in
      let questionnaire = try QuestionnaireReader.parse(YAMLDocument.load(path: file), path: file)
      let (errors, warnings) = TemplateLint.run(questionnaire)
      for error in errors {
        Host.log(error.rendered(in: language))
      }
      for warning in warnings {
        let place = warning.location.map { "\($0): " } ?? ""
        print(
          place + (language == .fr ? "avertissement : " : "warning: ") + warning.message(language))
      }
      let scored = questionnaire.questions.filter { $0.scoring != nil }.count
      print(
        language == .fr
          ? "\(file) : « \(questionnaire.id) » \(questionnaire.version) — \(questionnaire.questions.count) questions (\(scored) notées), \(questionnaire.dimensions.count) dimensions, \(questionnaire.levels.count) niveaux ; \(errors.count) erreur(s), \(warnings.count) avertissement(s)."
          : "\(file): “\(questionnaire.id)” \(questionnaire.version) — \(questionnaire.questions.count) questions (\(scored) scored), \(questionnaire.dimensions.count) dimensions, \(questionnaire.levels.count) levels; \(errors.count) error(s), \(warnings.count) warning(s)."
      )
      if !errors.isEmpty { throw ExitCode(65) }
    }
  }
}
