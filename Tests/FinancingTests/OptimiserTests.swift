import EssorCore
import Financing
import Foundation
import TestSupport
import Testing

/// The mix optimiser: a case whose optimum is checked by hand, the pruned search against
/// every candidate projected, random bounds that never give a mix breaking a constraint, an
/// impossible case explained, and bad `adjustable:` blocks.
@Suite struct OptimiserTests {
  /// A case whose optimum is worked by hand.
  ///
  /// 100 000 € of machines, 20 000 € of founders' shares: 80 000 € to borrow, from a bank at
  /// 5 % (10 000 to 100 000 €) or a participatory loan at 2 % (10 000 to 30 000 €), both over
  /// five years. Interest grows with the amount and the rate, so the cheapest mix borrows no
  /// more than the 80 000 € the initial plan needs, as much as it can at 2 %: 30 000 € of
  /// participatory loan and 50 000 € from the bank.
  static let handCase = """
    schema: 1
    start: 2027-01
    horizon: 3
    legal-form: sas-ess
    opening-cash: 0
    needs:
      investments: [{label: Machines, amount: 100000, month: 2027-01, years: 5}]
      working-capital: {receivable-days: 0, payable-days: 0, vat: 0%}
    vat: {sales: 0%, purchases: 0%, external-charges: 0%, investments: 0%}
    operations:
      revenue: 200000
      external-charges: 120000
    resources:
      - {kind: outside-shares, label: Fondateurs, amount: 20000, month: 2027-01}
      - {kind: bank-loan, label: Banque, amount: 80000, rate: 5%, years: 5, month: 2027-01,
         adjustable: {min: 10000, max: 100000, step: 10000}}
      - {kind: participatory-loan, label: PP, amount: 10000, rate: 2%, years: 5, month: 2027-01,
         adjustable: {min: 10000, max: 30000, step: 10000}}
    """

  private func scenario(_ text: String) throws -> Scenario {
    try ScenarioReader.read(
      YAMLDocument.parse(text, path: "mix.yaml"), path: "mix.yaml", profile: nil)
  }

  private func values(_ optimiser: MixOptimiser, _ evaluation: MixOptimiser.Evaluation) -> [Int64] {
    zip(optimiser.dimensions, evaluation.choice).map { $0.values[$1] }
  }

  @Test func theHandCasesOptimumIsFound() throws {
    let base = try scenario(Self.handCase)
    let optimiser = MixOptimiser(base, objective: .cost, limits: .init(base))
    #expect(optimiser.candidateCount == 30)
    let result = optimiser.run(threads: 2)
    let best = try #require(result.best.first)
    #expect(values(optimiser, best) == [5_000_000, 3_000_000])
    // Its cost: both loans' interest over the three years (no fee, no insurance), and the
    // dividends the founders' shares receive.
    let plan = PlanEngine.project(optimiser.scenario(for: best.choice))
    let interest = plan.years.reduce(Money.zero) { $0 + $1.interest }
    let dividends = plan.years.reduce(Money.zero) { $0 + $1.dividends }
    #expect(best.cost == interest + dividends)
    // Cheaper than any other balanced mix: 50 000 € at 5 % + 30 000 € at 2 % beats
    // 60 000 € at 5 % + 20 000 € at 2 %.
    #expect(result.best.dropFirst().allSatisfy { $0.cost >= best.cost })
    #expect(values(optimiser, result.best[1]) == [6_000_000, 2_000_000])
    // Mixes short of 80 000 € (15 of the 30: a bank loan under 70 000 € beside 10 000 € at
    // 2 %, under 60 000 € beside 20 000 €, under 50 000 € beside 30 000 €) are never projected.
    #expect(result.projected <= 15)
  }

  /// The search prunes, yet finds what projecting every candidate finds.
  @Test(arguments: MixOptimiser.Objective.allCases)
  func thePrunedSearchFindsWhatTheFullOneFinds(_ objective: MixOptimiser.Objective) throws {
    let base = try scenario(Self.handCase)
    let optimiser = MixOptimiser(base, objective: objective, limits: .init(base))
    let result = optimiser.run(threads: 2)
    var all: [MixOptimiser.Evaluation] = []
    for number in 0..<optimiser.candidateCount {
      var rest = number
      let choice = optimiser.dimensions.map { dimension -> Int in
        defer { rest /= dimension.values.count }
        return rest % dimension.values.count
      }
      all.append(optimiser.evaluate(choice))
    }
    let feasible = all.filter(\.feasible)
    let expected = feasible.sorted { a, b in
      switch objective {
      case .cost: if a.cost != b.cost { return a.cost < b.cost }
      case .minDebt: if a.debt != b.debt { return a.debt < b.debt }
      case .maxMinCash: if a.lowestCash != b.lowestCash { return a.lowestCash > b.lowestCash }
      case .maxOwnFunds: if a.ownFunds != b.ownFunds { return a.ownFunds > b.ownFunds }
      }
      if a.cost != b.cost { return a.cost < b.cost }
      return a.choice.lexicographicallyPrecedes(b.choice)
    }.prefix(5)
    #expect(result.best.map(\.choice) == expected.map(\.choice), "\(objective)")
  }

  /// On the sample SCOP (a guaranteed loan, a 40 000 € cash buffer, dividends), its 660
  /// candidates: the pruned search (first-year cash, cost bound with the least dividends)
  /// returns what projecting every one returns.
  @Test func theSampleSCOPsSearchIsExact() throws {
    let workspace = try Workspace(root: Repository.path("samples/scop-lauragais"))
    let base = try ScenarioReader.load(
      path: Repository.path("samples/scop-lauragais/financing/base.yaml"),
      profile: workspace.profile)
    let optimiser = MixOptimiser(base, objective: .cost, limits: .init(base))
    #expect(optimiser.candidateCount == 660)
    let result = optimiser.run(threads: 2)
    #expect(result.projected < 660)
    var feasible: [MixOptimiser.Evaluation] = []
    for number in 0..<optimiser.candidateCount {
      var rest = number
      let choice = optimiser.dimensions.map { dimension -> Int in
        defer { rest /= dimension.values.count }
        return rest % dimension.values.count
      }
      let evaluation = optimiser.evaluate(choice)
      if evaluation.feasible { feasible.append(evaluation) }
    }
    let expected = feasible.sorted { a, b in
      a.cost != b.cost ? a.cost < b.cost : a.choice.lexicographicallyPrecedes(b.choice)
    }.prefix(5)
    #expect(result.best.map(\.choice) == expected.map(\.choice))
    #expect(result.best.map(\.cost) == expected.map(\.cost))
  }

  /// Whatever the bounds, a mix returned keeps every constraint when projected again.
  @Test func randomBoundsNeverGiveAMixBreakingAConstraint() throws {
    var random = SeededRandom(seed: 2026)
    for _ in 0..<12 {
      let bankMin = Int.random(in: 1...6, using: &random) * 10_000
      let bankMax = bankMin + Int.random(in: 0...8, using: &random) * 10_000
      let ppMax = Int.random(in: 1...5, using: &random) * 10_000
      let buffer = Int.random(in: 0...4, using: &random) * 10_000
      let text = Self.handCase
        .replacingOccurrences(
          of: "adjustable: {min: 10000, max: 100000, step: 10000}",
          with: "adjustable: {min: \(bankMin), max: \(bankMax), step: 10000}"
        )
        .replacingOccurrences(
          of: "adjustable: {min: 10000, max: 30000, step: 10000}",
          with: "adjustable: {min: 10000, max: \(ppMax), step: 10000}")
      let base = try scenario(text)
      var limits = MixOptimiser.Limits(base)
      limits.cashBuffer = Money(euros: Int64(buffer))
      let optimiser = MixOptimiser(base, objective: .cost, limits: limits)
      let result = optimiser.run(threads: 2)
      for mix in result.best {
        let again = optimiser.evaluate(mix.choice)
        #expect(again.feasible, "\(bankMin)–\(bankMax), pp ≤ \(ppMax), buffer \(buffer)")
        let plan = PlanEngine.project(optimiser.scenario(for: mix.choice))
        #expect(plan.initialGap >= .zero)
        #expect((plan.lowestMonth?.cash ?? .zero) >= limits.cashBuffer)
        #expect(PlanRules.check(plan).allSatisfy { $0.passed || $0.severity != .error })
      }
      if result.best.isEmpty { #expect(result.closest != nil) }
    }
  }

  /// A rate the search may set so high that a loan with a long total grace could not be
  /// scheduled: those candidates are out, the search goes on, nothing traps.
  @Test func impossibleLoansAmongTheCandidatesAreSetAside() throws {
    let text = Self.handCase.replacingOccurrences(
      of: "adjustable: {min: 10000, max: 30000, step: 10000}}",
      with:
        "grace-months: 300, grace-type: total,\n     adjustable: {rate: {min: 2%, max: 100%, step: 49%}}}"
    ).replacingOccurrences(of: "rate: 2%, years: 5,", with: "rate: 2%, years: 30,")
    let base = try scenario(text)
    let optimiser = MixOptimiser(base, objective: .cost, limits: .init(base))
    let result = optimiser.run(threads: 2)
    #expect(result.candidates == optimiser.candidateCount)
    for mix in result.best {
      #expect(optimiser.scenario(for: mix.choice).resources.allSatisfy { $0.loan?.problem == nil })
    }
  }

  /// When nothing holds, the search says which constraint comes closest.
  @Test func anImpossibleSearchSaysWhatComesClosest() throws {
    let base = try scenario(Self.handCase)
    var limits = MixOptimiser.Limits(base)
    limits.minimumDSCR = 50
    let result = MixOptimiser(base, objective: .cost, limits: limits).run(threads: 1)
    #expect(result.best.isEmpty)
    let closest = try #require(result.closest)
    #expect(closest.binding?.id == "dscr")
    #expect(!closest.feasible)
  }

  @Test func badAdjustableBlocksAreErrorsAtTheirLine() throws {
    for (block, says) in [
      ("{min: 50000, max: 10000, step: 10000}", "min is greater than max"),
      ("{min: 10000, max: 50000, step: 0}", "a step of 0 goes nowhere"),
      ("{min: 0, max: 100000000, step: 1}", "more than 1000 to try"),
      ("{amount: {min: 1, max: 2, step: 1}, colour: {min: 1, max: 2, step: 1}}", "unknown field"),
      ("{}", "nothing adjustable"),
    ] {
      let text = Self.handCase.replacingOccurrences(
        of: "adjustable: {min: 10000, max: 100000, step: 10000}", with: "adjustable: " + block)
      do {
        _ = try scenario(text)
        Issue.record("accepted: \(block)")
      } catch let error as EssorError {
        #expect(error.kind == .badData, "\(block)")
        #expect("\(error)".contains(says), "\(block): \(error)")
        #expect(error.location?.description.hasPrefix("mix.yaml:1") == true, "\(error)")
      }
    }
  }
}
