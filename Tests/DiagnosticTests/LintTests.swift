import Diagnostic
import EssorCore
import TestSupport
import Testing

/// Each lint case: a change to the fixture, the error it must give and where.
@Suite struct LintTests {
  static let cases: [(change: (String, String), code: String, line: Int, words: String)] = [
    (("id: colleges", "id: form"), "E207", 31, "the question “form” already exists on line 21"),
    (
      ("when: \"form == 'scic'\"", "when: \"confidence > 2\""), "E204", 33,
      "not a question asked before this one"
    ),
    (("when: \"form == 'scic'\"", "when: \"colleges > 2\""), "E204", 33, "names its own question"),
    (("when: \"form == 'scic'\"", "when: \"form = 'scic'\""), "E204", 33, "use “==” to compare"),
    (("when: \"form == 'scic'\"", "when: \"dim('gov') > 2\""), "E204", 33, "only in must-pass"),
    (
      ("score: 2}\n", "score: 2, exclusive: true}\n"), "E204", 27,
      "only makes sense in a multi"
    ),
    (
      ("scoring: {dimension: fin, max: 2}", "scoring: {dimension: fin, max: 4}"), "E204", 57,
      "cannot be reached"
    ),
    (
      ("{fr: \"Statut ?\", en: \"Legal form?\"}", "{en: \"Legal form?\"}"), "E202", 24,
      "default language"
    ),
    (
      ("scoring: {dimension: fin}", "scoring: {dimension: money}"), "E204", 68,
      "one of the dimensions gov, fin"
    ),
    (("{id: mid, min: 50,", "{id: mid, min: 90,"), "E204", 13, "levels go upwards"),
    (("cap: mid", "cap: middle"), "E204", 75, "one of the levels low, mid, high"),
    (
      ("when: \"dim('fin') < 50\"", "when: \"dim('money') < 50\""), "E204", 79,
      "unknown dimension “money”"
    ),
    (("when: \"not answered(cash)\"", "when: \"not answered(cash\""), "E204", 80, "expected “)”"),
    (("type: boolean", "type: yesno"), "E204", 65, "one of single, multi, scale"),
    (
      ("when: \"form == 'scic'\"", "when: \"form == 'coop'\""), "E204", 33,
      "“coop” is not a choice of “form” (scop, scic, asso)"
    ),
    (
      ("when: \"form == 'scic'\"", "when: \"form in ['scic', 'sa']\""), "E204", 33,
      "“sa” is not a choice"
    ),
    (
      ("when: \"not answered(cash)\"", "when: \"selected(tools, 'd')\""), "E204", 80,
      "“d” is not a choice of “tools”"
    ),
    (
      ("when: \"not answered(cash)\"", "when: \"count(cash) > 1\""), "E204", 80,
      "only applies to a choice question"
    ),
  ]

  @Test(arguments: cases.indices) func lintFindsTheErrorWhereItIs(_ index: Int) throws {
    let entry = Self.cases[index]
    let text = Fixture.template.replacingOccurrences(of: entry.change.0, with: entry.change.1)
    #expect(text != Fixture.template, "the change did not apply")
    do {
      _ = try Fixture.questionnaire(text)
      Issue.record("no error for \(entry.change)")
    } catch let error as EssorError {
      #expect(error.code.rawValue == entry.code, "\(error)")
      if entry.line > 0 {
        #expect(
          error.location?.description.hasPrefix("fixture.yaml:\(entry.line):") == true, "\(error)")
      }
      #expect(error.description.contains(entry.words), "\(error)")
      #expect(error.kind.exitCode == 65)
    }
  }

  @Test func aDimensionWithNoScoredQuestionIsAnError() throws {
    let text = Fixture.template.replacingOccurrences(of: "dimension: gov", with: "dimension: fin")
    do {
      _ = try Fixture.questionnaire(text)
      Issue.record("no error")
    } catch let error as EssorError {
      #expect(error.description.contains("the dimension “gov” has no scored question"), "\(error)")
    }
  }

  @Test func aMissingEnglishLabelIsAWarningThatFallsBack() throws {
    let text = Fixture.template.replacingOccurrences(
      of: "{fr: \"Confiance ?\", en: \"Confidence?\"}", with: "{fr: \"Confiance ?\"}")
    let result = try QuestionnaireReader.read(
      YAMLDocument.parse(text, path: "fixture.yaml"), path: "fixture.yaml")
    #expect(result.warnings.count == 1)
    #expect(result.warnings.first?.location?.description.hasPrefix("fixture.yaml:43:") == true)
    #expect(result.questionnaire.question("confidence")?.title.en == "Confiance ?")
  }

  @Test(arguments: ["financing-readiness", "impact-quick"])
  func shippedTemplatesLintCleanlyAndAreBigEnough(_ id: String) throws {
    let result = try QuestionnaireReader.load(
      path: Repository.path("templates/diagnostic/\(id).yaml"))
    #expect(result.warnings.isEmpty, "\(result.warnings.map(\.description))")
    let questionnaire = result.questionnaire
    #expect(questionnaire.id == id)
    let asked = questionnaire.questions.filter { $0.type != .info }
    if id == "financing-readiness" {
      #expect(asked.count >= 40)
      #expect(questionnaire.dimensions.count >= 6)
      #expect(questionnaire.mustPass.count >= 3)
      #expect(questionnaire.recommendations.count >= 12)
      let types = Set(questionnaire.questions.map(\.type))
      #expect(
        types == Set(QuestionType.allCases),
        "missing types: \(Set(QuestionType.allCases).subtracting(types))")
      #expect(questionnaire.questions.contains { $0.when != nil })
      #expect(questionnaire.questions.contains { $0.choices.contains(where: \.exclusive) })
    } else {
      #expect((10...16).contains(asked.count))
    }
  }

  @Test func theBaseTemplateOfTheRulesExamplesPassesEveryRule() throws {
    let questionnaire = try QuestionnaireReader.parse(
      YAMLDocument.parse(TemplateEdit.base, path: "base.yaml"), path: "base.yaml")
    let findings = TemplateLint.run(questionnaire)
    #expect(findings.isEmpty, "\(findings)")
  }
}
