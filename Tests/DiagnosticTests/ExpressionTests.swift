import Diagnostic
import Testing

/// The condition language: parsing, precedence, evaluation, and its errors.
@Suite struct ExpressionTests {
  struct Answers: EvaluationContext {
    var values: [String: ExpressionValue]
    func value(of question: String) -> ExpressionValue { values[question] ?? .missing }
    func isAnswered(_ question: String) -> Bool { values[question] != nil }
    func dimensionScore(_ dimension: String) -> Double? { dimension == "gov" ? 42 : nil }
    func totalScore() -> Double? { 55 }
  }

  static let answers = Answers(values: [
    "form": .string("scic"), "colleges": .number(4), "tools": .list(["a", "c"]),
    "audited": .bool(false),
  ])

  @Test(arguments: [
    ("form == 'scic'", true), ("form != 'scic'", false), ("colleges >= 4 and colleges < 5", true),
    ("form == 'scop' or colleges > 3", true), ("not audited", true), ("audited == false", true),
    ("form in ['scop', 'scic']", true), ("colleges in [1, 2]", false),
    ("selected(tools, 'c')", true), ("selected(tools, 'b')", false), ("count(tools) == 2", true),
    ("answered(missing)", false), ("missing == 'x'", false), ("missing != 'x'", false),
    ("not (form == 'scic' and colleges > 10)", true), ("dim('gov') < 50", true),
    ("dim('fin') < 50", false), ("total() >= 55", true), ("count(missing) == 0", true),
    ("tools in ['c']", true), ("colleges > -1", true),
  ])
  func evaluates(_ text: String, _ expected: Bool) throws {
    let expression = try ExpressionParser.parse(text)
    #expect(expression.evaluate(in: Self.answers).isTrue == expected, "\(text) → \(expression)")
  }

  @Test func deepOrLongConditionsAreRefusedNotCrashedOn() {
    let deep = String(repeating: "(", count: 2000) + "a" + String(repeating: ")", count: 2000)
    let nots = String(repeating: "not ", count: 100_000) + "true"
    let long = Array(repeating: "a == 1", count: 20_000).joined(separator: " and ")
    for text in [deep, nots, long] {
      #expect(throws: ExpressionParser.Failure.self) { try ExpressionParser.parse(text) }
    }
    #expect(throws: Never.self) {
      try ExpressionParser.parse(
        String(repeating: "(", count: 60) + "a" + String(repeating: ")", count: 60))
    }
  }

  @Test func andBindsTighterThanOr() throws {
    #expect(
      try ExpressionParser.parse("a or b and c")
        == .or(.reference("a"), .and(.reference("b"), .reference("c"))))
    #expect(try ExpressionParser.parse("answered(a) and count(b) > 1").references == ["a", "b"])
  }

  @Test(arguments: [
    ("form = 'x'", 5, "use “==” to compare"), ("form == 'x", 8, "text not closed"),
    ("(a and b", 8, "expected “)”"), ("a ==", 4, "unexpected end"),
    ("foo(a)", 0, "unknown function “foo”"), ("selected(a)", 0, "selected takes 2 argument"),
    ("a in 'x'", 5, "expected a list"), ("a # b", 2, "unexpected character “#”"),
    ("a b", 2, "unexpected “b”"),
  ])
  func refusesWithAPosition(_ text: String, _ offset: Int, _ words: String) {
    do {
      _ = try ExpressionParser.parse(text)
      Issue.record("\(text) parsed")
    } catch {
      #expect(error.offset == offset, "\(text): \(error)")
      #expect(error.message.contains(words), "\(text): \(error.message)")
    }
  }
}
