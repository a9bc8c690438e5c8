import Diagnostic
import EssorCore
import Testing

/// What people type, read the way they mean it, or refused saying what is allowed.
@Suite struct AnswerParserTests {
  @Test(arguments: [
    ("cash", "2,5", AnswerValue.number(2.5)), ("cash", "3 mois", .number(3)),
    ("cash", "1 200", .number(1200)), ("colleges", "4", .integer(4)),
    ("form", "2", .choice("scic")), ("form", "ASSO", .choice("asso")),
    ("tools", "3, 1", .choices(["c", "a"])), ("tools", "1 1 2", .choices(["a", "b"])),
    ("tools", "4", .choices(["none"])), ("audited", "Oui", .bool(true)),
    ("audited", "n", .bool(false)), ("confidence", "5", .integer(5)),
  ])
  func reads(_ id: String, _ input: String, _ expected: AnswerValue) throws {
    let question = try #require(try Fixture.questionnaire().question(id))
    #expect(try AnswerParser.parse(input: input, for: question).get() == expected)
  }

  @Test(arguments: [
    ("cash", "beaucoup", "un nombre"), ("cash", "1e400", "un nombre"),
    ("colleges", "21", "au plus 20"),
    ("colleges", "-1", "au moins 0"), ("form", "4", "de 1 à 3"), ("tools", "1,4", "exclut"),
    ("tools", "", "au moins un"), ("audited", "peut-être", "o (oui)"),
    ("confidence", "6", "de 1 à 5"),
    ("note", "", "écrivez"),
  ])
  func refuses(_ id: String, _ input: String, _ words: String) throws {
    let question = try #require(try Fixture.questionnaire().question(id))
    switch AnswerParser.parse(input: input, for: question) {
    case .success(let value): Issue.record("\(input) read as \(value)")
    case .failure(let problem): #expect(problem.message.fr.contains(words), "\(problem.message.fr)")
    }
  }
}
