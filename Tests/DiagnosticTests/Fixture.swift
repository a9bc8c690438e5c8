import Diagnostic
import EssorCore
import Foundation
import TestSupport

/// A small questionnaire whose scores are easy to work out by hand.
enum Fixture {
  /// The template, from `Tests/Fixtures/diagnostic/fixture.yaml` (the end-to-end tests
  /// put the same file in a workspace).
  static let template: String = {
    (try? String(
      contentsOfFile: Repository.path("Tests/Fixtures/diagnostic/fixture.yaml"), encoding: .utf8))
      ?? ""
  }()

  static func questionnaire(_ text: String = template) throws -> Questionnaire {
    try QuestionnaireReader.read(
      YAMLDocument.parse(text, path: "fixture.yaml"), path: "fixture.yaml"
    )
    .questionnaire
  }

  /// A sheet with these answers (values written as in a file).
  static func sheet(_ answers: [String: Answer.State]) -> AnswerSheet {
    AnswerSheet(
      template: "fixture", version: "1", language: .fr, started: "2026-01-01T00:00:00Z",
      answers: answers.mapValues { Answer($0, at: "2026-01-01T00:00:00Z") })
  }
}
