import EssorCore
import Financing
import Testing

/// Runs every plan rule's own examples: a breaking example gives at least one failed result
/// (an error, or a warning for advisory rules), a keeping example none (the way SwiftLint
/// verifies its rules).
@Suite struct PlanRuleExampleTests {
  static let ruleIDs = PlanRules.all.map { $0.id }

  @Test func everyRuleHasAUniqueIDAndExamplesBothWays() {
    #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
    for rule in PlanRules.all {
      #expect(rule.examples.contains { $0.breaks }, "\(rule.id) has no breaking example")
      #expect(rule.examples.contains { !$0.breaks }, "\(rule.id) has no keeping example")
      #expect(rule.title.fr != rule.title.en)
    }
  }

  @Test(arguments: ruleIDs) func examplesBreakOrKeepTheRuleAsDeclared(_ id: String) throws {
    let found = PlanRules.all.first { $0.id == id }
    let rule = try #require(found)
    for example in rule.examples {
      var scenario = RuleExample.base
      example.change(&scenario)
      let applies = rule.applies(to: scenario.legalForm)
      #expect(applies, "\(id): \(example.description)")
      let results = rule.check(PlanEngine.project(scenario))
      let broken = results.filter { !$0.passed }
      #expect(
        broken.isEmpty != example.breaks,
        "\(id) — \(example.description): \(results.map { "\($0.passed) \($0.message.en)" })")
      for result in results {
        #expect(result.rule == id)
        #expect(!result.message.fr.isEmpty && result.message.fr != result.message.en)
        #expect(result.location != nil, "\(id) gives no location")
      }
    }
  }

  @Test func theBaseScenariosKeepEveryRuleOfTheirForm() {
    for form in [LegalForm.scop, .scic, .sasEss] {
      let plan = PlanEngine.project(RuleExample.base(form))
      let broken = PlanRules.check(plan).filter { !$0.passed && $0.severity == .error }
      #expect(broken.isEmpty, "\(form): \(broken.map(\.message.en))")
    }
  }

  @Test func rulesApplyOnlyToTheirLegalForms() {
    let scop = Set(PlanRules.all.filter { $0.applies(to: .scop) }.map { $0.id })
    let scic = Set(PlanRules.all.filter { $0.applies(to: .scic) }.map { $0.id })
    let company = Set(PlanRules.all.filter { $0.applies(to: .sasEss) }.map { $0.id })
    #expect(scop.contains("scop.worker-capital") && !scic.contains("scop.worker-capital"))
    #expect(scic.contains("scic.reserves") && !scop.contains("scic.reserves"))
    #expect(!company.contains("coop.share-interest") && company.contains("plan.balance"))
  }

  @Test func theShareInterestCapIsTheMeanOfSixTMOPlusTwoPoints() throws {
    let parameters = Parameters()
    let cap = try #require(parameters.shareInterestCap(agmYear: 2024))
    #expect(cap.cap == Rate.parse("3.8025%"))
    #expect(cap.isExact && cap.basisYears == 2021...2023)
    // Later meetings use the latest three known years until the series is updated.
    let later = try #require(parameters.shareInterestCap(agmYear: 2029))
    #expect(later.cap == cap.cap && !later.isExact)
    var updated = parameters
    for (key, value) in ["2024-S1": "3.6%", "2024-S2": "3.4%"] {
      updated.tmo[key] = Rate.parse(value)
    }
    let next = try #require(updated.shareInterestCap(agmYear: 2025))
    // (1.325 + 2.51 + 3.14 + 3.37 + 3.6 + 3.4) / 6 + 2 = 4.890833… %
    #expect(next.cap.units == 48_908_333_333 && next.isExact)
  }
}
