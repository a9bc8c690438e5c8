import EssorCore
import Foundation

/// The best mixes of a scenario's adjustable resources: every combination of their values
/// is a candidate; those that break a constraint are set aside; the rest are ranked by the
/// objective.
///
/// Three prunings keep it fast without changing the answer. The initial plan's gap is linear
/// in the first-year resources, so a candidate short of its needs is dropped before any
/// projection; so is one whose first year's month-end cash — the scenario's, moved by the
/// loans' own flows — already falls under the buffer. For the cost objective, each candidate's cost has a lower bound — its loans'
/// interest, insurance and fees within the horizon, from schedules computed once per distinct
/// loan — so candidates are projected in the order of that bound, and the search stops when
/// the bound alone exceeds the fifth best cost found.
public struct MixOptimiser: Sendable {
  /// What "best" means.
  public enum Objective: String, Sendable, CaseIterable {
    /// The lowest total cost of financing over the plan.
    case cost
    /// The least debt raised (bank loans, crowdlending, current accounts).
    case minDebt = "min-debt"
    /// The highest lowest month-end cash.
    case maxMinCash = "max-min-cash"
    /// The highest own funds over needs in the initial plan.
    case maxOwnFunds = "max-own-funds"
  }

  /// The thresholds a mix must meet; the funders' by default.
  public struct Limits: Sendable, Equatable {
    public var minimumDSCR: Double
    public var maximumGearing: Double
    public var minimumAutonomy: Double
    public var cashBuffer: Money

    public init(_ scenario: Scenario) {
      minimumDSCR = scenario.thresholds.dscr
      maximumGearing = scenario.thresholds.gearing
      minimumAutonomy = scenario.thresholds.autonomy.fraction
      cashBuffer = scenario.needs.cashBuffer
    }
  }

  /// One field of one resource the search may set.
  public struct Dimension: Sendable {
    public enum Field: String, Sendable {
      case amount, rate, years
      case graceMonths = "grace-months"
    }
    public var resource: Int
    public var field: Field
    public var values: [Int64]
  }

  /// A constraint as a candidate meets it: the slack is ≥ 0 when it holds, in a scale where
  /// 0.1 is "10 % of the threshold".
  public struct Constraint: Sendable {
    public var id: String
    public var label: LocalizedText
    public var slack: Double
    public var holds: Bool { slack >= -1e-12 }

    /// The constraint in a word, for a table column (its threshold is said above it).
    public var name: LocalizedText {
      switch id {
      case "balance": return LocalizedText(fr: "plan initial", en: "initial plan")
      case "cash": return LocalizedText(fr: "trésorerie", en: "cash")
      case "dscr": return LocalizedText(fr: "DSCR", en: "DSCR")
      case "gearing": return LocalizedText(fr: "endettement", en: "gearing")
      case "autonomy": return LocalizedText(fr: "autonomie", en: "autonomy")
      default: return LocalizedText(fr: "règles", en: "rules")
      }
    }
  }

  /// A candidate, projected and checked.
  public struct Evaluation: Sendable {
    /// The value index of each dimension.
    public var choice: [Int]
    public var cost: Money
    /// The dividends paid over the plan (part of the cost).
    public var dividends: Money
    public var debt: Money
    public var lowestCash: Money
    public var lowestMonth: CalendarDate?
    public var ownFunds: Double
    public var minimumDSCR: Double?
    public var worstGearing: Double?
    public var worstAutonomy: Double?
    public var constraints: [Constraint]

    public var feasible: Bool { constraints.allSatisfy(\.holds) }
    /// The constraint with the least slack: the one that binds, or the closest to holding.
    public var binding: Constraint? { constraints.min { $0.slack < $1.slack } }
  }

  /// What a search found.
  public struct Result: Sendable {
    /// The best feasible candidates, best first (five at most).
    public var best: [Evaluation]
    /// The scenario as written.
    public var base: Evaluation
    /// When none holds: the candidate whose worst constraint is the least broken.
    public var closest: Evaluation?
    /// Every combination of values.
    public var candidates: Int
    /// Those projected (the others pruned).
    public var projected: Int
  }

  /// The most combinations a search accepts.
  public static let maximumCandidates = 5_000_000
  /// The most candidates a search projects (objectives without a bound project them all).
  public static let maximumProjections = 1_000_000

  public var scenario: Scenario
  public var objective: Objective
  public var limits: Limits
  public var dimensions: [Dimension]
  /// The scenario with the guarantee fees taken back out of its loans' fees, so a new
  /// amount gets its own.
  private var uncapped: Scenario

  public init(_ scenario: Scenario, objective: Objective, limits: Limits) {
    self.scenario = scenario
    self.objective = objective
    self.limits = limits
    var dimensions: [Dimension] = []
    for (index, instrument) in scenario.resources.enumerated() {
      guard let adjustable = instrument.adjustable else { continue }
      if let range = adjustable.amount {
        dimensions.append(Dimension(resource: index, field: .amount, values: range.values))
      }
      if let range = adjustable.rate {
        dimensions.append(Dimension(resource: index, field: .rate, values: range.values))
      }
      if let range = adjustable.years {
        dimensions.append(Dimension(resource: index, field: .years, values: range.values))
      }
      if let range = adjustable.graceMonths {
        dimensions.append(Dimension(resource: index, field: .graceMonths, values: range.values))
      }
    }
    self.dimensions = dimensions
    var uncapped = scenario
    for index in uncapped.resources.indices {
      if var guarantee = uncapped.resources[index].guarantee, let covered = guarantee.amount {
        uncapped.resources[index].loan?.fees -= covered.applying(guarantee.fee)
        guarantee.amount = nil
        uncapped.resources[index].guarantee = guarantee
      }
    }
    self.uncapped = uncapped
  }

  /// The number of combinations.
  public var candidateCount: Int {
    dimensions.reduce(1) { total, dimension in
      let (product, overflow) = total.multipliedReportingOverflow(by: dimension.values.count)
      return overflow ? Int.max : product
    }
  }

  // MARK: Candidates

  /// The value indices of candidate number `number` (mixed radix, the first dimension fastest).
  func choice(_ number: Int) -> [Int] {
    var rest = number
    return dimensions.map { dimension in
      defer { rest /= dimension.values.count }
      return rest % dimension.values.count
    }
  }

  /// The scenario with the candidate's values.
  public func scenario(for choice: [Int]) -> Scenario {
    var adjusted = uncapped
    for (dimension, index) in zip(dimensions, choice) {
      adjusted.resources[dimension.resource] = Self.setting(
        dimension.field, to: dimension.values[index], in: adjusted.resources[dimension.resource])
    }
    // An amount of 0 is a resource not used: it leaves the plan.
    let unused = Set(
      dimensions.filter { $0.field == .amount }.map(\.resource).filter {
        adjusted.resources[$0].amount == .zero
      })
    if !unused.isEmpty {
      adjusted.resources = adjusted.resources.enumerated().filter { !unused.contains($0.offset) }
        .map(\.element)
    }
    Guarantee.applyCaps(to: &adjusted.resources, parameters: adjusted.parameters)
    return adjusted
  }

  /// An instrument with one field set (a raw value: cents, rate units, years, months).
  static func setting(_ field: Dimension.Field, to value: Int64, in original: Instrument)
    -> Instrument
  {
    var instrument = original
    switch field {
    case .amount:
      instrument.amount = Money(cents: value)
      instrument.loan?.amount = Money(cents: value)
    case .rate:
      if instrument.loan != nil {
        instrument.loan?.annualRate = Rate(units: value)
      } else {
        instrument.rate = Rate(units: value)
      }
    case .years:
      if var loan = instrument.loan {
        loan.periods = max(loan.gracePeriods + 1, Int(value) * loan.periodicity.periodsPerYear)
        instrument.loan = loan
      } else {
        instrument.years = Int(value)
      }
    case .graceMonths:
      if var loan = instrument.loan {
        let perYear = loan.periodicity.periodsPerYear
        loan.gracePeriods = min(loan.periods - 1, Int(value) * perYear / 12)
        instrument.loan = loan
      }
    }
    return instrument
  }

  /// The debt a scenario raises: the amounts of new debt instruments.
  private func debt(_ scenario: Scenario) -> Money {
    scenario.resources.filter { $0.kind.category == .debt && !$0.existing }.reduce(.zero) {
      $0 + $1.amount
    }
  }

  // MARK: Evaluating

  /// A candidate projected and checked against every constraint.
  public func evaluate(_ choice: [Int]) -> Evaluation {
    evaluate(scenario(for: choice), choice: choice)
  }

  /// A scenario projected and checked; `choice` names it among the candidates.
  ///
  /// The rules, the dearest check, run only when the figures hold and `admits` the candidate
  /// (a search skips them for one that could not enter its top five anyway: it is then not
  /// feasible).
  func evaluate(
    _ adjusted: Scenario, choice: [Int], admits: (Evaluation) -> Bool = { _ in true }
  ) -> Evaluation {
    // A loan the values make impossible (interest that would not fit, a grace as long as
    // the loan) is never scheduled: the candidate is out.
    if let broken = adjusted.resources.first(where: { $0.loan?.problem != nil }) {
      return Evaluation(
        choice: choice, cost: .zero, dividends: .zero, debt: debt(adjusted), lowestCash: .zero,
        lowestMonth: nil, ownFunds: 0, minimumDSCR: nil, worstGearing: nil, worstAutonomy: nil,
        constraints: [
          Constraint(
            id: "rules",
            label: LocalizedText(
              fr: "un prêt possible (\(broken.label))", en: "a possible loan (\(broken.label))"),
            slack: -1)
        ])
    }
    let plan = PlanEngine.project(adjusted)
    let first = FunderChecklist.firstFullYear(plan)
    let ratios = plan.years.filter { $0.year >= first }.map(YearRatios.init)
    let dscr = ratios.compactMap(\.dscr).min()
    let gearing = ratios.compactMap(\.gearingQuasiAsEquity).max()
    let autonomy = ratios.compactMap(\.autonomyQuasiAsEquity).min()
    let lowest = plan.lowestMonth
    let needs = max(plan.initialNeedsTotal.doubleValue, 1)
    var constraints = [
      Constraint(
        id: "balance",
        label: LocalizedText(fr: "plan initial équilibré", en: "initial plan balanced"),
        slack: plan.initialGap.doubleValue / needs),
      Constraint(
        id: "cash",
        label: LocalizedText(
          fr: "trésorerie ≥ \(MoneyFormat.text(limits.cashBuffer, .fr)) chaque mois",
          en: "cash ≥ \(MoneyFormat.text(limits.cashBuffer, .en)) every month"),
        // Against the buffer itself (or the needs, without one).
        slack: ((lowest?.cash ?? .zero) - limits.cashBuffer).doubleValue
          / (limits.cashBuffer > .zero ? limits.cashBuffer.doubleValue : needs)),
    ]
    if let dscr {
      constraints.append(
        Constraint(
          id: "dscr",
          label: LocalizedText(
            fr: "DSCR ≥ \(Self.decimal(limits.minimumDSCR, .fr))",
            en: "DSCR ≥ \(Self.decimal(limits.minimumDSCR, .en))"),
          slack: (dscr - limits.minimumDSCR) / limits.minimumDSCR))
    }
    if let gearing {
      constraints.append(
        Constraint(
          id: "gearing",
          label: LocalizedText(
            fr: "endettement ≤ \(Self.decimal(limits.maximumGearing, .fr))",
            en: "gearing ≤ \(Self.decimal(limits.maximumGearing, .en))"),
          slack: (limits.maximumGearing - gearing) / max(limits.maximumGearing, 1e-9)))
    }
    if let autonomy {
      constraints.append(
        Constraint(
          id: "autonomy",
          label: LocalizedText(
            fr: "autonomie ≥ \(Self.percent(limits.minimumAutonomy, .fr))",
            en: "autonomy ≥ \(Self.percent(limits.minimumAutonomy, .en))"),
          slack: (autonomy - limits.minimumAutonomy) / max(limits.minimumAutonomy, 1e-9)))
    }
    var evaluation = Evaluation(
      choice: choice, cost: plan.financingCost.total,
      dividends: plan.years.reduce(.zero) { $0 + $1.dividends }, debt: debt(adjusted),
      lowestCash: lowest?.cash ?? .zero, lowestMonth: lowest?.date,
      ownFunds: plan.ownFundsToNeeds(withQuasiEquity: false), minimumDSCR: dscr,
      worstGearing: gearing, worstAutonomy: autonomy, constraints: constraints)
    let rules = LocalizedText(
      fr: "règles légales et coopératives chaque année",
      en: "legal and cooperative rules every year")
    guard constraints.allSatisfy(\.holds), admits(evaluation) else {
      // Out on its figures (or not among the best): the rules are not needed, and not said
      // to fail — a rule left unchecked never makes a mix look feasible.
      evaluation.constraints.append(
        Constraint(id: "rules", label: rules, slack: evaluation.feasible ? -1 : .infinity))
      return evaluation
    }
    let errors = PlanRules.check(plan).filter { !$0.passed && $0.severity == .error }
    // Kept: never the tightest, it has no margin to speak of.
    evaluation.constraints.append(
      Constraint(
        id: "rules", label: rules, slack: errors.isEmpty ? .infinity : -Double(errors.count)))
    return evaluation
  }

  static func decimal(_ value: Double, _ language: Language) -> String {
    let text = String(format: "%.2f", value)
    return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
  }

  static func percent(_ value: Double, _ language: Language) -> String {
    let text = String(format: "%.0f", value * 100)
    return text + (language == .fr ? " %" : "%")
  }

  /// Whether `a` is better than `b` for the objective (ties: the earlier candidate).
  func better(_ a: Evaluation, _ b: Evaluation) -> Bool {
    switch objective {
    case .cost: if a.cost != b.cost { return a.cost < b.cost }
    case .minDebt: if a.debt != b.debt { return a.debt < b.debt }
    case .maxMinCash: if a.lowestCash != b.lowestCash { return a.lowestCash > b.lowestCash }
    case .maxOwnFunds: if a.ownFunds != b.ownFunds { return a.ownFunds > b.ownFunds }
    }
    if a.cost != b.cost { return a.cost < b.cost }
    return a.choice.lexicographicallyPrecedes(b.choice)
  }

  // MARK: Bounds

  /// What each candidate changes, as sums of per-resource parts, so the gap and the bound
  /// of a candidate cost a few additions: each resource's own combinations are costed once.
  private struct Parts {
    /// For each adjusted resource: its dimensions (positions in `dimensions`).
    var groups: [[Int]] = []
    /// For each group, by the group's own combination number: the change to the initial
    /// plan's resources, to the debt, and the loan's cost within the horizon.
    var gap: [[Money]] = []
    var debt: [[Money]] = []
    var cost: [[Money]] = []
    /// The cost and debt of the resources not adjusted.
    var fixedCost = Money.zero
    var fixedDebt = Money.zero
    /// For each group and combination: how its loan's cash moves the first year's month-end
    /// cash from the scenario as written (disbursement, fees, payments, Sofiscop deposits,
    /// cumulated month by month); nil when the first year's cash is not theirs alone to move.
    var firstYearCash: [[[Money]]]?
    /// The scenario's own month-end cash in its first year.
    var baseFirstYear: [Money] = []
  }

  private func parts() -> Parts {
    var parts = Parts()
    let end = scenario.start.adding(months: scenario.months)
    // A guarantor that covers one loan only: its fee on that loan is known exactly; with
    // several, the cap they share makes each one's depend on the others: left out.
    var loansPerGuarantor: [String: Int] = [:]
    for instrument in scenario.resources {
      if let guarantor = instrument.guarantee?.guarantor {
        loansPerGuarantor[guarantor, default: 0] += 1
      }
    }
    func loanCost(_ instrument: Instrument) -> Money {
      // An impossible loan costs nothing here: its candidate is out when evaluated.
      guard var terms = instrument.loan, terms.problem == nil else { return .zero }
      if let guarantee = instrument.guarantee, let covered = guarantee.amount {
        terms.fees -= covered.applying(guarantee.fee)
      }
      let schedule = LoanEngine.schedule(terms)
      let paidInPlan = terms.start < end && !instrument.existing
      var cost = paidInPlan ? terms.fees : .zero
      for row in schedule.rows where row.date < end && row.date >= scenario.start {
        cost += row.interest + row.insurance
      }
      if paidInPlan, var guarantee = instrument.guarantee,
        loansPerGuarantor[guarantee.guarantor] == 1
      {
        guarantee.amount = nil
        var covered = guarantee.guaranteed(on: instrument.amount)
        if let cap = scenario.parameters.guarantors[guarantee.guarantor]?.cap {
          covered = Money.min(covered, cap)
        }
        cost += covered.applying(guarantee.fee)
      }
      return cost
    }
    // A loan's cash in the first year: in at its month net of fees (the guarantee's fee and
    // Sofiscop's deposits when its guarantor covers it alone), out at each instalment.
    let firstMonths = min(12, scenario.months)
    func firstYearFlows(_ instrument: Instrument?) -> [Money] {
      var flows = Array(repeating: Money.zero, count: firstMonths)
      guard let instrument, instrument.amount > .zero, !instrument.existing,
        var terms = instrument.loan, terms.problem == nil
      else { return flows }
      if let guarantee = instrument.guarantee, guarantee.amount == nil {
        var covered = guarantee.guaranteed(on: instrument.amount)
        if let cap = scenario.parameters.guarantors[guarantee.guarantor]?.cap {
          covered = Money.min(covered, cap)
        }
        terms.fees += covered.applying(guarantee.fee)
      }
      if instrument.month < firstMonths {
        flows[instrument.month] += terms.amount - terms.fees
        if let guarantee = instrument.guarantee {
          var sized = guarantee
          if sized.amount == nil {
            var covered = guarantee.guaranteed(on: instrument.amount)
            if let cap = scenario.parameters.guarantors[guarantee.guarantor]?.cap {
              covered = Money.min(covered, cap)
            }
            sized.amount = covered
          }
          let (shares, fund) = GuaranteeDeposits.amounts(sized, on: terms.amount)
          flows[instrument.month] -= shares + fund
        }
      }
      for row in LoanEngine.schedule(terms).rows {
        let month = scenario.monthIndex(row.date)
        if (0..<firstMonths).contains(month) { flows[month] -= row.payment }
      }
      var running = Money.zero
      return flows.map { flow in
        running += flow
        return running
      }
    }
    // Exact when only the adjusted loans' own flows differ in the first year: loans only
    // (no shares, titres or accounts adjusted), each guarantor covering one loan.
    let adjustedKinds = Set(dimensions.map { scenario.resources[$0.resource].kind })
    let cashExact =
      adjustedKinds.isSubset(of: [.bankLoan, .participatoryLoan, .crowdlending])
      && loansPerGuarantor.values.allSatisfy { $0 == 1 }
    var firstYearCash: [[[Money]]] = []
    parts.baseFirstYear = PlanEngine.project(scenario).months.prefix(firstMonths).map(\.cash)
    let adjusted = Set(dimensions.map(\.resource))
    for (index, instrument) in scenario.resources.enumerated() where !adjusted.contains(index) {
      parts.fixedCost += loanCost(instrument)
      if instrument.kind.category == .debt && !instrument.existing {
        parts.fixedDebt += instrument.amount
      }
    }
    for resource in adjusted.sorted() {
      let group = dimensions.indices.filter { dimensions[$0].resource == resource }
      let sizes = group.map { dimensions[$0].values.count }
      let combinations = sizes.reduce(1, *)
      var gap: [Money] = []
      var debt: [Money] = []
      var cost: [Money] = []
      var cash: [[Money]] = []
      let original = scenario.resources[resource]
      let originalFlows = firstYearFlows(original)
      for number in 0..<combinations {
        var rest = number
        var local = Array(repeating: 0, count: group.count)
        for position in group.indices {
          local[position] = rest % sizes[position]
          rest /= sizes[position]
        }
        var instrument = uncapped.resources[resource]
        for (position, dimension) in group.enumerated() {
          instrument = Self.setting(
            dimensions[dimension].field, to: dimensions[dimension].values[local[position]],
            in: instrument)
        }
        let counts = instrument.month < 12 && !instrument.existing && !instrument.bridge
        gap.append(
          counts ? Money.max(instrument.amount, .zero) - Money.max(original.amount, .zero) : .zero)
        debt.append(instrument.kind.category == .debt ? instrument.amount : .zero)
        cost.append(instrument.amount > .zero ? loanCost(instrument) : .zero)
        if cashExact {
          cash.append(zip(firstYearFlows(instrument), originalFlows).map { $0 - $1 })
        }
      }
      firstYearCash.append(cash)
      parts.groups.append(group)
      parts.gap.append(gap)
      parts.debt.append(debt)
      parts.cost.append(cost)
    }
    // The dividends are paid from the result, which only falls as financing costs more: the
    // candidate at every field's highest value (most borrowed, longest, dearest) pays the
    // least dividends of all, a floor every candidate's cost includes.
    let dearest = evaluate(dimensions.map { $0.values.count - 1 })
    parts.fixedCost += dearest.dividends
    if cashExact { parts.firstYearCash = firstYearCash }
    return parts
  }

  // MARK: Searching

  /// Searches every candidate on `threads` threads.
  public func run(threads: Int, progress: (any ProgressReporter)? = nil) -> Result {
    let base = evaluate(scenario, choice: [])
    let count = candidateCount
    let parts = parts()
    let baseGap = PlanEngine.project(scenario).initialGap
    let radix = dimensions.map(\.values.count)
    // Each group's combination number from a candidate number.
    func groupNumbers(_ number: Int) -> [Int] {
      var digits = Array(repeating: 0, count: radix.count)
      var rest = number
      for position in radix.indices {
        digits[position] = rest % radix[position]
        rest /= radix[position]
      }
      return parts.groups.map { group in
        var combined = 0
        var scale = 1
        for dimension in group {
          combined += digits[dimension] * scale
          scale *= radix[dimension]
        }
        return combined
      }
    }
    // The initial plan's gap is linear in the first-year amounts: a candidate short of its
    // needs is dropped before any projection.
    var order: [(number: Int, bound: Money)] = []
    for number in 0..<count {
      let groups = groupNumbers(number)
      var gap = baseGap
      var bound = Money.zero
      for (group, combination) in groups.enumerated() {
        gap += parts.gap[group][combination]
        switch objective {
        case .cost: bound += parts.cost[group][combination]
        case .minDebt: bound += parts.debt[group][combination]
        case .maxMinCash, .maxOwnFunds: break
        }
      }
      guard gap >= .zero else { continue }
      // The lowest cash is at most the first year's: below the buffer there, out unprojected.
      if let flows = parts.firstYearCash {
        var firstYearLowest: Money?
        for month in parts.baseFirstYear.indices {
          var cash = parts.baseFirstYear[month]
          for (group, combination) in groups.enumerated() {
            cash += flows[group][combination][month]
          }
          firstYearLowest = Money.min(firstYearLowest ?? cash, cash)
        }
        if let firstYearLowest, firstYearLowest < limits.cashBuffer { continue }
      }
      switch objective {
      case .cost: bound += parts.fixedCost
      case .minDebt: bound += parts.fixedDebt
      case .maxMinCash, .maxOwnFunds: break
      }
      order.append((number, bound))
    }
    let bounded = objective == .cost || objective == .minDebt
    if bounded {
      order.sort { $0.bound != $1.bound ? $0.bound < $1.bound : $0.number < $1.number }
    }
    var best: [Evaluation] = []
    var closest: Evaluation?
    var projected = 0
    let workers = max(1, threads)
    let batch = max(workers * 32, 256)
    progress?.begin(LocalizedText(fr: "Optimisation", en: "Optimising"), total: order.count)
    var start = 0
    search: while start < order.count {
      // Stop when even the bound of the next candidate cannot enter the top five.
      if bounded, best.count == 5 {
        let fifth = objective == .cost ? best[4].cost : best[4].debt
        if order[start].bound > fifth { break search }
      }
      let end = min(order.count, start + batch)
      let choices = order[start..<end].map { choice($0.number) }
      // A candidate not better than the fifth best so far cannot enter: its rules are skipped.
      let fifth = best.count == 5 ? best[4] : nil
      let evaluations = Self.parallel(choices, workers: workers) { choice in
        evaluate(scenario(for: choice), choice: choice) { candidate in
          fifth.map { better(candidate, $0) } ?? true
        }
      }
      projected += evaluations.count
      for evaluation in evaluations {
        if evaluation.feasible {
          best.append(evaluation)
          best.sort(by: better)
          if best.count > 5 { best.removeLast() }
        } else if best.isEmpty {
          let worst = evaluation.binding?.slack ?? -.infinity
          if closest.map({ worst > ($0.binding?.slack ?? -.infinity) }) ?? true {
            closest = evaluation
          }
        }
      }
      start = end
      progress?.advance(to: start)
      if projected >= Self.maximumProjections { break search }
    }
    progress?.end()
    // With no candidate balancing the initial plan, the base says what is missing.
    if order.isEmpty && closest == nil { closest = base }
    return Result(
      best: best, base: base, closest: best.isEmpty ? closest : nil, candidates: count,
      projected: projected)
  }

  /// Evaluates `choices` on `workers` threads; the results in the order of the choices.
  static func parallel(_ choices: [[Int]], workers: Int, _ body: @Sendable ([Int]) -> Evaluation)
    -> [Evaluation]
  {
    guard choices.count > 1, workers > 1 else { return choices.map(body) }
    let slots = Slots(count: choices.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < choices.count {
        slots.store(body(choices[index]), at: index)
        index += workers
      }
    }
    return slots.values
  }

  /// One slot per choice, each written by one worker (raw memory: no exclusivity check
  /// between workers writing different slots).
  private final class Slots: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Evaluation?>
    private let count: Int
    init(count: Int) {
      self.count = count
      storage = .allocate(capacity: count)
      storage.initialize(repeating: nil, count: count)
    }
    deinit {
      storage.deinitialize(count: count)
      storage.deallocate()
    }
    func store(_ value: Evaluation, at index: Int) { storage[index] = value }
    var values: [Evaluation] { (0..<count).compactMap { storage[$0] } }
  }
}
