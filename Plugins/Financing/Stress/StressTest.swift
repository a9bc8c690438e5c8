import EssorCore

/// A plan under shocks: for each set of shocks, its lowest cash and month, its lowest DSCR,
/// the rules it breaks, its verdict, and the headroom left — the largest revenue drop and
/// rate rise it survives.
public struct StressTest: Sendable {
  /// One row: the plan with a set of shocks (none for the plan as it is).
  public struct Outcome: Sendable {
    public var shocks: [Shock]
    public var plan: PlanProjection
    public var verdict: PlanVerdict
    public var rulesBroken: Int
    public var headroom: Headroom

    public var lowest: MonthFlows? { plan.lowestMonth }
    public var minimumDSCR: Double? { StressTest.minimumDSCR(plan) }
  }

  /// How much worse it can get before the plan fails: cash below zero in a month, or a DSCR
  /// under the threshold in a year from the first full one.
  public struct Headroom: Sendable, Equatable {
    /// The largest drop of every year's revenue survived (0.125 for 12.5 %); nil when the
    /// plan does not survive as it is.
    public var revenueDrop: Double?
    /// That drop in euros of the first year's revenue, to the euro.
    public var revenueDropEuros: Money?
    /// The largest rise of every new loan's rate survived (0.0125 for 1.25 pt), to the basis
    /// point; nil without loans or when the plan does not survive as it is.
    public var rateRise: Double?
    /// Whether the rate could rise by the most searched (`rateCeiling`) and still hold.
    public var rateBeyondCeiling = false
  }

  /// The highest rate rise searched: 20 points.
  public static let rateCeiling = 0.20

  public var scenario: Scenario
  public var outcomes: [Outcome]

  /// The plan as it is, then each set of shocks.
  public init(_ scenario: Scenario, shockSets: [[Shock]]) throws {
    self.scenario = scenario
    outcomes = try ([[]] + shockSets).map { shocks in
      var shocked = scenario
      for shock in shocks { try shock.apply(to: &shocked) }
      return Self.outcome(shocked, shocks: shocks)
    }
  }

  static func outcome(_ scenario: Scenario, shocks: [Shock]) -> Outcome {
    let plan = PlanEngine.project(scenario)
    let results = PlanRules.check(plan)
    let criteria = FunderChecklist.evaluate(plan)
    return Outcome(
      shocks: shocks, plan: plan,
      verdict: PlanVerdict(results: results, criteria: criteria, legalForm: scenario.legalForm),
      rulesBroken: results.filter { !$0.passed && $0.severity == .error }.count,
      headroom: headroom(scenario))
  }

  /// The lowest DSCR from the first full year (the years before judge nothing).
  static func minimumDSCR(_ plan: PlanProjection) -> Double? {
    let first = FunderChecklist.firstFullYear(plan)
    return plan.years.filter { $0.year >= first }.compactMap { YearRatios($0).dscr }.min()
  }

  /// Whether a plan holds: cash never below zero, DSCR at or over the threshold.
  public static func survives(_ plan: PlanProjection) -> Bool {
    if let lowest = plan.lowestMonth, lowest.cash < .zero { return false }
    if let dscr = minimumDSCR(plan), dscr < plan.scenario.thresholds.dscr { return false }
    return true
  }

  /// The headroom of a scenario, found by bisection: revenue to the euro of the first
  /// year's revenue, rates to the basis point.
  public static func headroom(_ scenario: Scenario) -> Headroom {
    var result = Headroom()
    guard survives(PlanEngine.project(scenario)) else { return result }
    let firstRevenue = scenario.operations.revenue.first { $0 > .zero } ?? .zero
    func holds(drop: Double) -> Bool {
      var shocked = scenario
      try? Shock(.revenue, -drop).apply(to: &shocked)
      return survives(PlanEngine.project(shocked))
    }
    // The drop survived is `low`; `high` fails (or is all of the revenue).
    var low = 0.0
    var high = 1.0
    if holds(drop: 1) {
      low = 1
    } else {
      let step = firstRevenue > .zero ? 0.5 / firstRevenue.doubleValue : 1e-9
      while high - low > step {
        let middle = (low + high) / 2
        if holds(drop: middle) { low = middle } else { high = middle }
      }
    }
    result.revenueDrop = low
    result.revenueDropEuros = Money(roundingEuros: (firstRevenue.doubleValue * low).rounded(.down))
    let hasLoans = scenario.resources.contains { $0.loan != nil && !$0.existing }
    guard hasLoans else { return result }
    func holds(rise: Double) -> Bool {
      var shocked = scenario
      try? Shock(.rate, rise).apply(to: &shocked)
      return survives(PlanEngine.project(shocked))
    }
    if holds(rise: rateCeiling) {
      result.rateRise = rateCeiling
      result.rateBeyondCeiling = true
      return result
    }
    // Whole basis points: the largest that holds.
    var lowBP = 0
    var highBP = Int(rateCeiling * 10_000)
    while highBP - lowBP > 1 {
      let middle = (lowBP + highBP) / 2
      if holds(rise: Double(middle) / 10_000) { lowBP = middle } else { highBP = middle }
    }
    result.rateRise = Double(lowBP) / 10_000
    return result
  }
}
