import Canvas
import Diagnostic
import EssorCore
import Financing
import Testing

/// Runs the examples every check and rule carries — canvas checks, questionnaire lint rules,
/// plan rules alike: each example gives exactly the findings it declares (severity, source,
/// line, the words and numbers of the message), and every check or rule has an example that
/// triggers it and one it lets pass.
@Suite struct ExampleTests {
  static let cases = CanvasChecks.exampleCases + TemplateLint.exampleCases + PlanRules.exampleCases
  /// `family/id` of every check and rule.
  static let sources =
    sources(of: CanvasChecks.self) + sources(of: TemplateLint.self) + sources(of: PlanRules.self)

  static func sources(of family: any ExampleCarrying.Type) -> [String] {
    family.exampleSources.map { family.exampleFamily + "/" + $0 }
  }

  @Test(arguments: sources) func examplesFindExactlyWhatTheyDeclare(_ source: String) {
    let examples = Self.cases.filter { $0.family + "/" + $0.source == source }
    #expect(examples.contains { $0.triggers }, "\(source) has no example that triggers it")
    #expect(examples.contains { !$0.triggers }, "\(source) has no example it lets pass")
    for example in examples {
      let problems = example.problems()
      #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
  }

  @Test func everyCheckAndRuleHasAUniqueID() {
    #expect(Set(Self.sources).count == Self.sources.count)
    #expect(Self.sources.count == 19 + 10 + 20)
  }

  @Test func everyExampleIsOfACheckOrRuleOfItsFamily() {
    let known = Set(Self.sources)
    for example in Self.cases {
      #expect(known.contains(example.family + "/" + example.source), "\(example)")
    }
  }

  /// The harness itself: a finding is matched on its severity, line and mentions, with any
  /// kind of space, and a missing or extra finding is a problem.
  @Test func theHarnessAsksForExactlyTheFindingsDeclared() {
    let found = Diagnostic(
      .error, .ruleBreach, source: "rule", at: .file(path: "a.yaml", line: 12, column: nil),
      LocalizedText(fr: "47,3\u{00A0}% en 2028", en: "47.3% in 2028"))
    func problems(_ expected: [ExpectedFinding], _ diagnostics: [Diagnostic] = [found])
      -> [String]
    {
      ExampleCase(family: "test", source: "rule", title: "t", expected: expected) { diagnostics }
        .problems()
    }
    #expect(problems([.error(line: 12, mentions: ["47,3 %", "47.3%", "2028"])]).isEmpty)
    #expect(problems([.finding(.error, line: 12)]).isEmpty)
    #expect(problems([.warning(line: 12)]).count == 2)  // no match, and one left over
    #expect(problems([.error(line: 11)]).count == 2)
    #expect(problems([.error(line: 12, mentions: ["51 %"])]).count == 2)
    #expect(problems([]).count == 1)
    #expect(problems([.error(line: 12), .error(line: 12)]).count == 1)
    var elsewhere = found
    elsewhere.source = "other"
    #expect(problems([.error(line: 12)], [elsewhere]).count == 1)
    var english = found
    english.message = LocalizedText(fr: "same", en: "same")
    #expect(problems([.error(line: 12)], [english]).count == 1)
  }
}
