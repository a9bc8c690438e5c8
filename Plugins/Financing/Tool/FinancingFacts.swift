import EssorCore
import Foundation

/// The Financing tool's facts, from two inputs apart so that a broken one does not take
/// the other's facts down: the loans of `financing/loans.yaml`, and the main scenario.
enum FinancingFacts {
  /// The total borrowed and the debt service per calendar year, across the loans.
  static let loans = FactProvider(
    id: "financing.loans",
    provides: [Facts.Financing.loansTotal.erased, Facts.Financing.loansDebtService.erased],
    hint: LocalizedText(
      fr: "décrivez les prêts dans le scénario financing/base.yaml (essor finance new)",
      en: "describe the loans in the scenario financing/base.yaml (essor finance new)")
  ) { context in
    var facts = FactSet()
    // The main scenario's loans, else those of financing/loans.yaml.
    let loans: [LoanTerms]
    let source: String
    if let (path, found) = try FinancingTool.scenarioLoans(
      context.workspace, environment: context.environment)
    {
      loans = found
      source = "financing/" + (path as NSString).lastPathComponent
    } else if let found = try FinancingTool.workspaceLoans(
      context.workspace, defaultStart: context.clock.today.firstOfNextMonth)
    {
      loans = found
      source = FinancingTool.loansFile
    } else {
      return facts
    }
    guard !loans.isEmpty else { return facts }
    let schedules = loans.map(LoanEngine.schedule)
    var perYear: [Int: Money] = [:]
    for schedule in schedules {
      for year in schedule.yearlyTotals { perYear[year.year, default: .zero] += year.payment }
    }
    facts.set(
      Facts.Financing.loansTotal, schedules.reduce(.zero) { $0 + $1.terms.amount },
      source: source + " › amount")
    facts.set(
      Facts.Financing.loansDebtService,
      Breakdown(
        perYear.keys.sorted().map {
          Breakdown.Item(
            id: String($0), label: LocalizedText(verbatim: String($0)),
            amount: perYear[$0] ?? .zero)
        }), source: source + " › schedules")
    return facts
  }

  /// What the main scenario asks, uses, raises, its ratios, break-even and lowest cash.
  static let plan = FactProvider(
    id: "financing.plan",
    provides: [
      Facts.Financing.askTotal.erased, Facts.Financing.useOfFunds.erased,
      Facts.Financing.sources.erased, Facts.Financing.ratios.erased,
      Facts.Financing.breakeven.erased, Facts.Financing.minCash.erased,
      Facts.Financing.minCashMonth.erased, Facts.Financing.verdict.erased,
      Facts.Financing.brokenRules.erased, Facts.Financing.missedCriteria.erased,
    ],
    hint: LocalizedText(
      fr: "écrivez le scénario financing/base.yaml puis lancez « essor finance plan »",
      en: "write the scenario financing/base.yaml, then run “essor finance plan”")
  ) { context in
    var facts = FactSet()
    guard let path = ScenarioCatalog.main(in: context.workspace) else { return facts }
    let scenario = try ScenarioReader.load(
      path: path, profile: context.workspace.profile,
      tmo: TMOSeries.load(
        TemplateLibrary.standard(workspace: context.workspace, environment: context.environment)))
    let plan = PlanEngine.project(scenario)
    let file = "financing/" + (path as NSString).lastPathComponent
    let fr = PlanDocumentLabels(language: .fr)
    let en = PlanDocumentLabels(language: .en)
    facts.set(Facts.Financing.askTotal, plan.askTotal, source: file + " › resources")
    facts.set(
      Facts.Financing.useOfFunds,
      Breakdown(
        PlanPayload.useOfFundsByGroup(plan).map {
          Breakdown.Item(
            id: $0.group.rawValue,
            label: LocalizedText(fr: fr.group($0.group), en: en.group($0.group)), amount: $0.amount)
        }), source: file + " › needs")
    facts.set(
      Facts.Financing.sources,
      Breakdown(
        PlanPayload.sourcesByKind(plan).map {
          Breakdown.Item(
            id: $0.kind.rawValue, label: LocalizedText(fr: fr.kind($0.kind), en: en.kind($0.kind)),
            amount: $0.amount)
        }), source: file + " › resources")
    facts.set(Facts.Financing.ratios, ratios(plan), source: file + " › " + "ratios")
    facts.set(
      Facts.Financing.breakeven,
      Breakdown(
        plan.years.map {
          let label = scenario.yearLabel($0.year)
          return Breakdown.Item(
            id: label, label: LocalizedText(verbatim: label), amount: $0.breakeven)
        }), source: file + " › operations")
    facts.set(
      Facts.Financing.minCash, plan.lowestMonth?.cash ?? .zero, source: file + " › cash plan")
    if let lowest = plan.lowestMonth {
      let month = String(lowest.date.description.prefix(7))
      facts.set(
        Facts.Financing.minCashMonth, LocalizedText(verbatim: month), source: file + " › cash plan")
    }
    let results = PlanRules.check(plan)
    let criteria = FunderChecklist.evaluate(plan)
    let outcome = PlanOutcome(
      scenario: scenario, results: results, criteria: criteria, lowestCash: nil)
    facts.set(
      Facts.Financing.verdict,
      FactTerm(id: outcome.verdict.kind.rawValue, label: outcome.verdict.text), source: file)
    facts.set(
      Facts.Financing.brokenRules,
      FactList(
        outcome.brokenRules.map { rule in
          FactTerm(id: rule.rule + (rule.year.map { "@\($0)" } ?? ""), label: rule.message)
        }), source: file + " › rules")
    facts.set(
      Facts.Financing.missedCriteria,
      FactList(
        outcome.missedCriteria.map { criterion in
          FactTerm(
            id: criterion.id,
            label: LocalizedText(
              fr: "\(criterion.label.fr) : \(criterion.value.fr) (seuil \(criterion.threshold.fr))",
              en:
                "\(criterion.label.en): \(criterion.value.en) (threshold \(criterion.threshold.en))"
            ))
        }), source: file + " › funders' checklist")
    return facts
  }

  /// The year-1 ratios under both quasi-equity conventions, and own funds to needs.
  private static func ratios(_ plan: PlanProjection) -> Measures {
    let first = YearRatios(plan.years[0])
    let quasi = LocalizedText(
      fr: " (quasi-fonds propres en fonds propres)", en: " (quasi-equity as equity)")
    var items: [Measures.Item] = []
    let measured: [(String, LocalizedText, Double?, Bool)] = [
      (
        "autonomy", LocalizedText(fr: "Autonomie financière", en: "Financial autonomy"),
        first.autonomy, false
      ),
      (
        "autonomy_quasi_as_equity",
        LocalizedText(fr: "Autonomie financière", en: "Financial autonomy"),
        first.autonomyQuasiAsEquity, true
      ),
      ("gearing", LocalizedText(fr: "Endettement (gearing)", en: "Gearing"), first.gearing, false),
      (
        "gearing_quasi_as_equity", LocalizedText(fr: "Endettement (gearing)", en: "Gearing"),
        first.gearingQuasiAsEquity, true
      ),
      ("debt_to_caf", LocalizedText(fr: "Dettes / CAF", en: "Debt / CAF"), first.debtToCAF, false),
      (
        "debt_to_caf_quasi_as_equity", LocalizedText(fr: "Dettes / CAF", en: "Debt / CAF"),
        first.debtToCAFQuasiAsEquity, true
      ),
      (
        "dscr",
        LocalizedText(
          fr: "Couverture du service de la dette (DSCR)", en: "Debt service coverage (DSCR)"),
        first.dscr, false
      ),
      (
        "dscr_quasi_as_equity",
        LocalizedText(
          fr: "Couverture du service de la dette (DSCR)", en: "Debt service coverage (DSCR)"),
        first.dscrQuasiAsEquity, true
      ),
    ]
    for (id, label, value, isQuasi) in measured {
      guard let value else { continue }
      let full = isQuasi ? LocalizedText(fr: label.fr + quasi.fr, en: label.en + quasi.en) : label
      items.append(Measures.Item(id: id, label: full, value: value))
    }
    items.append(
      Measures.Item(
        id: "own_funds_to_needs",
        label: LocalizedText(fr: "Fonds propres / besoins", en: "Own funds / needs"),
        value: plan.ownFundsToNeeds(withQuasiEquity: true)))
    return Measures(items)
  }
}
