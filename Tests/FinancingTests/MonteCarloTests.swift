import EssorCore
import Financing
import Foundation
import Testing

/// Monte Carlo: a case with a known answer, convergence, degenerate draws, the same numbers
/// whatever the threads, and bad uncertainty blocks.
@Suite struct MonteCarloTests {
  /// The stress tests' hand case (cash stays at or over zero down to a 50 % revenue drop)
  /// with revenue normal around its value, 30 % standard deviation: cash goes below zero when
  /// the drop passes 50 %, so with probability Φ(−0.5 / 0.3) = 4.7790 %.
  static let riskCase =
    StressTests.handCase + """

      uncertainty:
        revenue: {distribution: normal, mean: 0%, sd: 30%}
      """
  static let truth = 0.0477903522

  private func scenario(_ text: String) throws -> Scenario {
    try ScenarioReader.read(
      YAMLDocument.parse(text, path: "risk.yaml"), path: "risk.yaml", profile: nil)
  }

  private func run(_ text: String, count: Int, seed: UInt64 = 1, threads: Int = 2) throws
    -> MonteCarlo
  {
    let scenario = try scenario(text)
    let uncertainty = try #require(scenario.uncertainty)
    return MonteCarlo(
      scenario, uncertainty: uncertainty, count: count, seed: seed, threads: threads)
  }

  @Test func theProbabilityConvergesToTheKnownOne() throws {
    let small = try run(Self.riskCase, count: 1_000).negativeCash
    let large = try run(Self.riskCase, count: 100_000, seed: 2).negativeCash
    // The truth inside both intervals; the large estimate inside the small one's.
    #expect(small.low <= Self.truth && Self.truth <= small.high, "\(small)")
    #expect(large.low <= Self.truth && Self.truth <= large.high, "\(large)")
    #expect(small.low <= large.probability && large.probability <= small.high)
    #expect(large.high - large.low < 0.003)
  }

  @Test func theSameSeedGivesTheSameDrawsWhateverTheThreads() throws {
    let one = try run(Self.riskCase, count: 3_000, seed: 42, threads: 1)
    let two = try run(Self.riskCase, count: 3_000, seed: 42, threads: 2)
    let five = try run(Self.riskCase, count: 3_000, seed: 42, threads: 5)
    #expect(one.lowestCash == two.lowestCash && two.lowestCash == five.lowestCash)
    #expect(one.yearThreeResult == two.yearThreeResult)
    let other = try run(Self.riskCase, count: 3_000, seed: 43, threads: 2)
    #expect(other.lowestCash != one.lowestCash)
  }

  /// A distribution with no spread is the plan itself, exactly, in every draw.
  @Test func aDegenerateDistributionReproducesTheDeterministicPlan() throws {
    let text =
      PlanEngineTests.handScenario + """

        uncertainty:
          revenue: {distribution: normal, mean: 0%, sd: 0%}
          rate: {distribution: uniform, min: 0pt, max: 0pt}
          capex: {distribution: triangular, min: 0%, mode: 0%, max: 0%}
        """
    let draws = try run(text, count: 200)
    let plan = PlanEngine.project(try scenario(PlanEngineTests.handScenario))
    let lowest = try #require(plan.lowestMonth).cash.doubleValue
    #expect(draws.lowestCash.allSatisfy { $0 == lowest })
    #expect(draws.yearThreeResult.allSatisfy { $0 == plan.years[2].netResult.doubleValue })
    #expect(MonteCarlo.percentiles(draws.lowestCash) == Array(repeating: lowest, count: 5))
  }

  /// A lognormal without an upper bound, at its widest sigma: its far tail stays a shock
  /// size (never a rate that does not fit), every draw a plan.
  @Test func aWideTailStaysWithinWhatAShockMayBe() throws {
    let text =
      PlanEngineTests.handScenario + """

        uncertainty:
          capex: {distribution: lognormal, median: 0%, sigma: 500%}
          revenue: {distribution: normal, mean: 0%, sd: 1000%}
        """
    let draws = try run(text, count: 500)
    #expect(draws.lowestCash.allSatisfy { $0.isFinite })
    let scenario = try scenario(text)
    // Capex at most +1000 %, revenue within −100 % … +1000 %.
    let variables = try #require(scenario.uncertainty).variables
    for variable in variables {
      for u in [1e-12, 0.5, 1 - 1e-12] {
        let size = variable.size(at: u)
        #expect(size.isFinite && size >= -1 && size <= 10, "\(variable.kind): \(size)")
      }
    }
  }

  /// Percentiles as numpy gives them (linear interpolation), and the Wilson interval.
  @Test func theStatisticsAreTheTextbooks() {
    func close(_ a: [Double]?, _ b: [Double]) -> Bool {
      guard let a, a.count == b.count else { return false }
      return zip(a, b).allSatisfy { abs($0 - $1) < 1e-12 }
    }
    // numpy.percentile(range(1, 11), [5, 25, 50, 75, 95])
    #expect(
      close(MonteCarlo.percentiles((1...10).map(Double.init)), [1.45, 3.25, 5.5, 7.75, 9.55]))
    // NaN (no debt service) left out: numpy.nanpercentile([nan, 2, 4], …)
    #expect(close(MonteCarlo.percentiles([Double.nan, 2, 4]), [2.1, 2.5, 3, 3.5, 3.9]))
  }

  @Test func impossibleUncertaintyIsAnErrorAtItsLine() throws {
    for (block, says) in [
      ("revenue: {distribution: normal, mean: 0%, sd: -5%}", "standard deviation of zero or more"),
      ("revenue: {distribution: normal, mean: 30%, sd: 5%, max: 20%}", "outside the bounds"),
      ("revenue: {distribution: triangular, min: 0%, mode: 10%, max: 5%}", "min ≤ mode ≤ max"),
      ("revenue: {distribution: uniform, min: 10%, max: 5%}", "min ≤ max"),
      ("revenue: {distribution: cauchy, mean: 0%}", "normal, triangular, uniform or lognormal"),
      ("revenu: {distribution: normal, mean: 0%, sd: 5%}", "did you mean “revenue”"),
      ("rate: {distribution: uniform, min: 0%, max: 2}", "+2pt / +150bp"),
      (
        "revenue: {distribution: normal, mean: 0%, sd: 5%}\n  correlations: [{between: [revenue, rate], rho: 0.5}]",
        "two different variables declared above"
      ),
      (
        "revenue: {distribution: normal, mean: 0%, sd: 5%}\n  purchases: {distribution: normal, mean: 0pt, sd: 1pt}\n  correlations: [{between: [revenue, purchases], rho: 1.5}]",
        "from -1 to 1"
      ),
      (
        "revenue: {distribution: normal, mean: 0%, sd: 5%}\n  purchases: {distribution: normal, mean: 0pt, sd: 1pt}\n  payroll: {distribution: normal, mean: 0%, sd: 1%}\n  correlations: [{between: [revenue, purchases], rho: -0.9}, {between: [purchases, payroll], rho: -0.9}, {between: [revenue, payroll], rho: -0.9}]",
        "not positive definite"
      ),
    ] {
      let text = PlanEngineTests.handScenario + "\nuncertainty:\n  " + block + "\n"
      do {
        _ = try scenario(text)
        Issue.record("accepted: \(block)")
      } catch let error as EssorError {
        #expect(error.kind == .badData, "\(block)")
        #expect("\(error)".contains(says), "\(block): \(error)")
        #expect(error.location?.description.hasPrefix("risk.yaml:") == true, "\(error)")
      }
    }
  }
}
