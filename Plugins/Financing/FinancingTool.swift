import EssorCore
import EssorReport
import Foundation

/// The Financing tool: loan schedules, and financing plans with projections, cooperative
/// rules, ratios and the funders' checklist.
public struct FinancingTool: FactProviding, DocumentProducing {
  public static let id = "financing"
  public static let title = LocalizedText(fr: "Financement", en: "Financing")
  public static let version = "0.2.0"
  public static let providedFacts: [FactKey] = [
    FactKey.loansTotal, FactKey.loansDebtService, .askTotal, .useOfFunds, .sources, .ratios,
    .breakeven, .minCash,
  ]
  public static let consumedFacts: [FactKey] = []

  /// The workspace file that lists the enterprise's loans.
  public static let loansFile = "financing/loans.yaml"

  /// The loans of the workspace's `financing/loans.yaml`, or nil when it has none.
  public static func workspaceLoans(_ workspace: Workspace, defaultStart: CalendarDate) throws
    -> [LoanTerms]?
  {
    let path = workspace.path(loansFile)
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    return try LoanFile.load(
      path: path, defaultStart: defaultStart, language: workspace.profile.language)
  }

  /// Facts: the total borrowed, and the debt service (principal + interest + insurance) per
  /// calendar year across all loans.
  public static func facts(in workspace: Workspace) throws -> [FactKey: FactValue] {
    var facts = try planFacts(in: workspace)
    guard
      let schedules = try workspaceLoans(workspace, defaultStart: .firstOfNextMonth())?.map(
        LoanEngine.schedule)
    else { return facts }
    var perYear: [Int: Money] = [:]
    for schedule in schedules {
      for year in schedule.yearlyTotals { perYear[year.year, default: .zero] += year.payment }
    }
    facts[.loansTotal] = .money(schedules.reduce(.zero) { $0 + $1.terms.amount })
    facts[.loansDebtService] = .breakdown(
      perYear.keys.sorted().map { (String($0), perYear[$0] ?? .zero) })
    return facts
  }

  /// Facts from the workspace's main scenario (``ScenarioCatalog/main(in:)``), when it has one.
  static func planFacts(in workspace: Workspace) throws -> [FactKey: FactValue] {
    guard let path = ScenarioCatalog.main(in: workspace) else { return [:] }
    let scenario = try ScenarioReader.load(path: path, profile: workspace.profile)
    let plan = PlanEngine.project(scenario)
    let language = workspace.profile.language
    let first = YearRatios(plan.years[0])
    var ratios: [(label: String, value: Double)] = []
    for (label, value) in [
      ("autonomy", first.autonomy), ("autonomy_quasi_as_equity", first.autonomyQuasiAsEquity),
      ("gearing", first.gearing), ("gearing_quasi_as_equity", first.gearingQuasiAsEquity),
      ("debt_to_caf", first.debtToCAF),
      ("debt_to_caf_quasi_as_equity", first.debtToCAFQuasiAsEquity),
      ("dscr", first.dscr), ("dscr_quasi_as_equity", first.dscrQuasiAsEquity),
    ] {
      if let value { ratios.append((label, value)) }
    }
    ratios.append(("own_funds_to_needs", plan.ownFundsToNeeds(withQuasiEquity: true)))
    return [
      .askTotal: .money(plan.askTotal),
      .useOfFunds: .breakdown(PlanPayload.useOfFunds(plan, language: language)),
      .sources: .breakdown(PlanPayload.sources(plan, language: language)),
      .ratios: .measures(ratios),
      .breakeven: .breakdown(plan.years.map { (scenario.yearLabel($0.year), $0.breakeven) }),
      .minCash: .money(plan.lowestMonth?.cash ?? .zero),
    ]
  }

  /// Projects a scenario, checks its rules and criteria, and documents it; returns the
  /// rules it breaks and the funders' criteria it misses.
  public static func plan(_ scenario: Scenario, context: ToolContext) -> (
    document: Document, problems: [RuleResult], missed: [FunderCriterion]
  ) {
    let plan = PlanEngine.project(scenario)
    let results = PlanRules.check(plan)
    let criteria = FunderChecklist.evaluate(plan)
    let document = PlanDocument(
      plan: plan, results: results, criteria: criteria,
      language: context.language, enterprise: context.workspace?.profile.name
    ).build()
    return (document, results.filter { !$0.passed }, criteria.filter { !$0.passed })
  }

  /// The document for a set of loans.
  public static func loanDocument(
    _ schedules: [LoanSchedule], language: Language, enterprise: String?
  )
    -> Document
  {
    LoanDocument(schedules: schedules, language: language, enterprise: enterprise).build()
  }

  /// Schedules the loans and documents them (the enterprise's name from the workspace).
  public static func run(_ input: [LoanTerms], context: ToolContext) throws -> Document {
    loanDocument(
      input.map(LoanEngine.schedule), language: context.language,
      enterprise: context.workspace?.profile.name)
  }
}

extension FactKey {
  /// The total amount borrowed across the workspace's loans.
  public static let loansTotal: FactKey = "financing.loans.total"
  /// Principal + interest + insurance paid per calendar year, across the loans.
  public static let loansDebtService: FactKey = "financing.loans.debt_service"
  /// What the main scenario asks from funders (every resource but worker shares and
  /// associates' current accounts).
  public static let askTotal: FactKey = "financing.ask.total"
  /// The main scenario's initial needs by nature.
  public static let useOfFunds: FactKey = "financing.use_of_funds"
  /// The main scenario's resources by instrument, over the plan.
  public static let sources: FactKey = "financing.sources"
  /// The main scenario's year-1 ratios (autonomy, gearing, debt_to_caf, dscr, with and
  /// without quasi-equity, own_funds_to_needs).
  public static let ratios: FactKey = "financing.ratios"
  /// The break-even revenue of each plan year.
  public static let breakeven: FactKey = "financing.breakeven"
  /// The lowest month-end cash of the plan.
  public static let minCash: FactKey = "financing.min_cash"
}
