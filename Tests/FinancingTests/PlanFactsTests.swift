import EssorCore
import Financing
import TestSupport
import Testing

/// The facts the main scenario gives other tools (the pitch, external tools).
@Suite struct PlanFactsTests {
  @Test func theSampleSCOPScenarioGivesEveryPlanFact() throws {
    let workspace = try Workspace(root: Repository.path("samples/scop-lauragais"))
    let facts = try FinancingTool.facts(in: workspace)
    let scenario = try ScenarioReader.load(
      path: Repository.path("samples/scop-lauragais/financing/base.yaml"),
      profile: workspace.profile)
    let plan = PlanEngine.project(scenario)
    // Bank loan, two participatory loans, the Région's grant and IéS's shares.
    guard case .money(let ask)? = facts[.askTotal] else {
      Issue.record("no ask: \(facts.keys.sorted())")
      return
    }
    #expect(ask == Money(euros: 120_000 + 60_000 + 30_000 + 20_000 + 15_000))
    guard case .breakdown(let uses)? = facts[.useOfFunds] else {
      Issue.record("no use of funds")
      return
    }
    #expect(uses.reduce(Money.zero) { $0 + $1.amount } == plan.initialNeedsTotal)
    #expect(uses.map(\.label).contains("Investissements"))
    guard case .breakdown(let sources)? = facts[.sources] else {
      Issue.record("no sources")
      return
    }
    #expect(sources.map(\.label).contains("Prêt participatif"))
    guard case .measures(let ratios)? = facts[.ratios] else {
      Issue.record("no ratios")
      return
    }
    #expect(Set(ratios.map(\.label)).isSuperset(of: ["autonomy", "dscr", "own_funds_to_needs"]))
    guard case .breakdown(let breakeven)? = facts[.breakeven] else {
      Issue.record("no break-even")
      return
    }
    #expect(breakeven.count == 5 && breakeven[0].label == "2027")
    #expect(facts[.minCash] == .money(plan.lowestMonth?.cash ?? .zero))
    #expect(facts[.loansTotal] == .money(Money(euros: 210_000)))
  }

  @Test func aWorkspaceWithoutScenarioGivesNoPlanFacts() throws {
    let folder = try TemporaryFolder()
    let workspace = try Workspace.create(
      at: folder.file("coop"), profile: Profile(name: "Coop", legalForm: .scop))
    let facts = try FinancingTool.facts(in: workspace)
    #expect(facts[.askTotal] == nil && facts[.minCash] == nil)
  }
}
