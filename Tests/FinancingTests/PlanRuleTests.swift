import EssorCore
import Financing
import Testing

/// The plan rules as a set: the base scenarios keep them, each applies to its legal forms,
/// and the share-interest cap follows the TMO series. (Each rule's own examples are run by
/// the generic example test, Tests/ExampleTests.)
@Suite struct PlanRuleTests {
  @Test func theBaseScenariosKeepEveryRuleOfTheirForm() {
    for form in [LegalForm.scop, .scic, .sasEss] {
      let plan = PlanEngine.project(RuleExample.base(form))
      let broken = PlanRules.check(plan).compactMap(\.diagnostic).errors
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
