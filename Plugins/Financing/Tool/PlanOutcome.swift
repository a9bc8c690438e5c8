import EssorCore

/// What projecting a plan found, as values: the verdict, the rules it breaks, the funders'
/// criteria it misses, and its lowest cash.
public struct PlanOutcome: ToolOutcome {
  /// A projected plan's document and outcome together.
  public struct Projected: Sendable {
    public var document: Document
    public var outcome: PlanOutcome
  }

  /// Every evaluation of every rule (passed or not).
  public var results: [RuleResult]
  /// Every funders' criterion (met or not).
  public var criteria: [FunderCriterion]
  /// The lowest month-end cash and its month.
  public var lowestCash: LowestCash?
  /// The verdict.
  public var verdict: PlanVerdict
  /// The scenario projected.
  public var scenario: Scenario

  public init(
    scenario: Scenario, results: [RuleResult], criteria: [FunderCriterion],
    lowestCash: LowestCash?
  ) {
    self.scenario = scenario
    self.results = results
    self.criteria = criteria
    self.lowestCash = lowestCash
    verdict = PlanVerdict(results: results, criteria: criteria, legalForm: scenario.legalForm)
  }

  /// The rules broken (errors and warnings).
  public var brokenRules: [RuleResult] { results.filter { !$0.passed } }
  /// The funders' criteria missed.
  public var missedCriteria: [FunderCriterion] { criteria.filter { !$0.passed } }

  /// What the host prints: rule warnings, missed thresholds as warnings, then errors, the
  /// last one saying how many block the plan.
  public var diagnostics: [Diagnostic] {
    let broken = brokenRules.compactMap(\.diagnostic)
    var list = broken.warnings
    for criterion in missedCriteria {
      let year = criterion.year.map { scenario.yearLabel($0) }
      list.append(
        Diagnostic(
          .warning, .ruleBreach, source: "funders." + criterion.id,
          LocalizedText(
            fr: criterion.label.fr + " : " + criterion.value.fr + " — seuil "
              + criterion.threshold.fr + (year.map { ", pire année " + $0 } ?? ""),
            en: criterion.label.en + ": " + criterion.value.en + " — threshold "
              + criterion.threshold.en + (year.map { ", worst year " + $0 } ?? ""))))
    }
    let errors = broken.errors
    for (index, var error) in errors.enumerated() {
      if index == errors.count - 1 {
        error.hint = LocalizedText(
          fr:
            "\(errors.count) problème(s) bloquant(s) : le plan ci-dessus n’est pas finançable en l’état.",
          en: "\(errors.count) blocking problem(s): the plan above is not fundable as it stands.")
      }
      list.append(error)
    }
    return list
  }
}

/// The lowest month-end cash of a plan.
public struct LowestCash: Sendable, Equatable {
  public var month: CalendarDate
  public var cash: Money
}
