import EssorCore
import Financing
import Foundation
import TestSupport
import Testing

/// The facts the main scenario and the loans give other tools (the pitch, external tools).
@Suite struct PlanFactsTests {
  @Test func theSampleSCOPScenarioGivesEveryPlanFact() throws {
    let workspace = try Workspace(root: Repository.path("samples/scop-lauragais"))
    let facts = try ToolFacts.store([FinancingTool.self], workspace: workspace)
    let scenario = try ScenarioReader.load(
      path: Repository.path("samples/scop-lauragais/financing/base.yaml"),
      profile: workspace.profile)
    let plan = PlanEngine.project(scenario)
    // Bank loan, two participatory loans, the Région's grant and IéS's shares.
    #expect(
      facts.value(Facts.Financing.askTotal).value
        == Money(euros: 120_000 + 60_000 + 30_000 + 20_000 + 15_000))
    let uses = try #require(facts.value(Facts.Financing.useOfFunds).value)
    #expect(uses.total == plan.initialNeedsTotal)
    let investments = try #require(uses.items.first { $0.id == "investments" })
    #expect(investments.label == LocalizedText(fr: "Investissements", en: "Investments"))
    let sources = try #require(facts.value(Facts.Financing.sources).value)
    #expect(sources["participatory-loan"] != nil)
    #expect(
      sources.items.first { $0.id == "participatory-loan" }?.label.fr == "Prêt participatif")
    let ratios = try #require(facts.value(Facts.Financing.ratios).value)
    #expect(
      Set(ratios.items.map(\.id)).isSuperset(of: ["autonomy", "dscr", "own_funds_to_needs"]))
    #expect(ratios.items.allSatisfy { $0.label.fr != $0.label.en })
    let breakeven = try #require(facts.value(Facts.Financing.breakeven).value)
    #expect(breakeven.items.count == 5 && breakeven.items[0].id == "2027")
    #expect(facts.value(Facts.Financing.minCash).value == (plan.lowestMonth?.cash ?? .zero))
    // The scenario's loans: the running 48 000 € and the plan's 120 000 + 60 000 + 30 000 €.
    #expect(facts.value(Facts.Financing.loansTotal).value == Money(euros: 258_000))
    // Twelve facts, two providers: each derived once.
    #expect(facts.values(FinancingTool.provides).count == 12)
    #expect(facts.derivations == 2)
  }

  @Test func theLoansDebtServiceAddsUpTheSchedules() throws {
    let workspace = try Workspace(root: Repository.path("samples/scop-lauragais"))
    let facts = try ToolFacts.store([FinancingTool.self], workspace: workspace)
    let years = try #require(facts.value(Facts.Financing.loansDebtService).value)
    #expect(years.items.first?.id == "2027")
    let loans = try #require(try FinancingTool.scenarioLoans(workspace, environment: [:])).loans
    let total = loans.map(LoanEngine.schedule).reduce(Money.zero) { $0 + $1.totalPaid }
    #expect(years.total == total)
  }

  @Test func aWorkspaceWithoutScenarioGivesNoPlanFacts() throws {
    let folder = try TemporaryFolder()
    let workspace = try Workspace.create(
      at: folder.file("coop"), profile: Profile(name: "Coop", legalForm: .scop))
    let facts = try ToolFacts.store([FinancingTool.self], workspace: workspace)
    #expect(facts.value(Facts.Financing.askTotal).value == nil)
    #expect(facts.value(Facts.Financing.minCash).value == nil)
    #expect(facts.failures.isEmpty)
  }

  /// The loans live in the scenario: a broken scenario makes its loans facts unavailable too,
  /// each with the line at fault (another tool then says which facts it lacked).
  @Test func aBrokenScenarioTakesItsLoansFactsDownWithItsLine() throws {
    let folder = try TemporaryFolder()
    let root = folder.file("coop")
    let sample = Repository.path("samples/scop-lauragais")
    try FileManager.default.copyItem(atPath: sample, toPath: root)
    let path = root + "/financing/base.yaml"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "horizon: 5", with: "horizon: 12").write(
      toFile: path, atomically: true, encoding: .utf8)
    let workspace = try Workspace(root: root)
    let facts = try ToolFacts.store([FinancingTool.self], workspace: workspace)
    let broken = try #require(facts.value(Facts.Financing.askTotal).diagnostic)
    #expect(broken.source == "financing.plan")
    if case .file(let file, let line, _)? = broken.location {
      #expect(file.hasSuffix("base.yaml") && line != nil)
    } else {
      Issue.record("no location: \(broken)")
    }
    let loans = try #require(facts.value(Facts.Financing.loansTotal).diagnostic)
    #expect(loans.source == "financing.loans")
  }

  @Test func runDocumentsTheLoansForTheWorkspace() throws {
    let workspace = try Workspace(root: Repository.path("samples/sas-ess-recyclerie"))
    let result = try FinancingTool.run(
      "loan", input: ToolInput(),
      context: ToolContext(language: .en, workspace: workspace, clock: FixedClock.test))
    let document = try #require(result.document)
    #expect(document.properties.company == "Recyclerie Numérique Rhône")
    #expect(document.title == "Loans — Recyclerie Numérique Rhône")
    #expect(result.status == .success)
    #expect(result.inputs.contains(workspace.path("financing/base.yaml")))
  }

  @Test func aPlanThatBreaksTheLawSaysSoAsValuesAndExitsWith65() throws {
    let result = try FinancingTool.run(
      "plan",
      input: ToolInput(
        options: ["file": Repository.path("Tests/Fixtures/financing/scop-outside-majority.yaml")]),
      context: ToolContext(language: .en, clock: FixedClock.test))
    let outcome = try #require(result.outcome as? PlanOutcome)
    #expect(outcome.verdict.kind == .notFundable)
    #expect(outcome.brokenRules.contains { $0.rule == "scop.worker-capital" })
    #expect(result.status.code == 65)
    #expect(result.headline?.en.hasPrefix("✘ NOT FUNDABLE") == true)
    let last = try #require(result.diagnostics.last)
    #expect(last.severity == .error && last.hint?.en.contains("blocking problem") == true)
  }
}
