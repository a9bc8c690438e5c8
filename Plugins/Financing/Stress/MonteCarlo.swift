import EssorCore
import Foundation

/// Thousands of plans drawn from a scenario's `uncertainty:`: the probability that cash goes
/// below zero in some month, the distributions of the lowest cash, of the year-3 result and
/// of the lowest DSCR, and which inputs matter most.
///
/// Draw `i` uses its own random stream of the seed, and its results land at index `i`: the
/// same seed gives the same numbers on any machine with any number of threads. Only three
/// numbers a draw are kept, never the projections.
public struct MonteCarlo: Sendable {
  /// The most draws a run may ask for.
  public static let maximumDraws = 10_000_000

  public var scenario: Scenario
  public var uncertainty: Uncertainty
  public var count: Int
  public var seed: UInt64
  /// Each draw's lowest month-end cash, in euros.
  public var lowestCash: [Double]
  /// Each draw's net result of year 3 (the last year when shorter), in euros.
  public var yearThreeResult: [Double]
  /// Each draw's lowest DSCR from the first full year; NaN when it has no debt service.
  public var minimumDSCR: [Double]

  /// Runs `count` draws on `threads` threads, telling `progress` as batches finish.
  public init(
    _ scenario: Scenario, uncertainty: Uncertainty, count: Int, seed: UInt64, threads: Int,
    progress: (any ProgressReporter)? = nil
  ) {
    self.scenario = scenario
    self.uncertainty = uncertainty
    self.count = count
    self.seed = seed
    var lowest = [Double](repeating: 0, count: count)
    var year3 = [Double](repeating: 0, count: count)
    var dscr = [Double](repeating: 0, count: count)
    let workers = max(1, threads)
    progress?.begin(LocalizedText(fr: "Monte Carlo", en: "Monte Carlo"), total: count)
    // Batches of a hundredth of the run (at least 256 draws) between progress reports.
    let batch = max(256, count / 100)
    lowest.withUnsafeMutableBufferPointer { lowestBuffer in
      year3.withUnsafeMutableBufferPointer { year3Buffer in
        dscr.withUnsafeMutableBufferPointer { dscrBuffer in
          let out = Outputs(lowest: lowestBuffer, year3: year3Buffer, dscr: dscrBuffer)
          var start = 0
          while start < count {
            let end = min(count, start + batch)
            let first = start
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
              var index = first + worker
              while index < end {
                let sizes = uncertainty.draw(seed: seed, index: index)
                let result = Self.evaluate(scenario, uncertainty.variables, sizes)
                out.lowest[index] = result.lowest
                out.year3[index] = result.year3
                out.dscr[index] = result.dscr
                index += workers
              }
            }
            start = end
            progress?.advance(to: start)
          }
        }
      }
    }
    progress?.end()
    lowestCash = lowest
    yearThreeResult = year3
    minimumDSCR = dscr
  }

  /// The buffers the workers write, each draw at its own index.
  private struct Outputs: @unchecked Sendable {
    let lowest: UnsafeMutableBufferPointer<Double>
    let year3: UnsafeMutableBufferPointer<Double>
    let dscr: UnsafeMutableBufferPointer<Double>
  }

  /// One draw: the scenario with every variable's shock, projected.
  static func evaluate(_ scenario: Scenario, _ variables: [Uncertainty.Variable], _ sizes: [Double])
    -> (lowest: Double, year3: Double, dscr: Double)
  {
    var shocked = scenario
    for (variable, size) in zip(variables, sizes) where size != 0 {
      // Days and months move by whole ones.
      let whole = [.days, .months].contains(variable.kind.unit) ? size.rounded() : size
      try? Shock(variable.kind, whole, text: "").apply(to: &shocked)
    }
    let plan = PlanEngine.project(shocked)
    let year = plan.years[min(2, plan.years.count - 1)]
    return (
      plan.lowestMonth?.cash.doubleValue ?? scenario.openingCash.doubleValue,
      year.netResult.doubleValue, StressTest.minimumDSCR(plan) ?? .nan
    )
  }

  // MARK: Statistics

  /// The share of draws whose cash goes below zero in some month, with its 95 % Wilson
  /// interval.
  public var negativeCash: (probability: Double, low: Double, high: Double) {
    let negatives = lowestCash.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
    return Statistics.wilson(successes: negatives, of: count)
  }

  /// The percentiles asked for.
  public static let quantiles = [0.05, 0.25, 0.5, 0.75, 0.95]

  /// The percentiles 5, 25, 50, 75 and 95 of `values` (NaN left out), as numpy gives them.
  public static func percentiles(_ values: [Double]) -> [Double]? {
    let sorted = values.filter { !$0.isNaN }.sorted()
    guard !sorted.isEmpty else { return nil }
    return quantiles.map { Statistics.quantile(sorted, $0) }
  }

  /// One-at-a-time sensitivities: each variable at its 5th and 95th percentile, the others
  /// at their median, and the lowest cash each gives; widest swing first.
  public func tornado() -> [(
    variable: Uncertainty.Variable, low: Double, high: Double, cashAtLow: Double, cashAtHigh: Double
  )] {
    let medians = uncertainty.variables.map { $0.size(at: 0.5) }
    var rows: [(Uncertainty.Variable, Double, Double, Double, Double)] = []
    for (index, variable) in uncertainty.variables.enumerated() {
      var low = medians
      var high = medians
      low[index] = variable.size(at: 0.05)
      high[index] = variable.size(at: 0.95)
      rows.append(
        (
          variable, low[index], high[index],
          Self.evaluate(scenario, uncertainty.variables, low).lowest,
          Self.evaluate(scenario, uncertainty.variables, high).lowest
        ))
    }
    return rows.enumerated().sorted { a, b in
      let swingA = abs(a.element.4 - a.element.3)
      let swingB = abs(b.element.4 - b.element.3)
      return swingA != swingB ? swingA > swingB : a.offset < b.offset
    }.map(\.element)
  }

  /// The lowest cash in `bins` bins of equal width, from the lowest draw to the highest.
  public func histogram(bins: Int = 20) -> [(from: Double, to: Double, count: Int)] {
    guard let low = lowestCash.min(), let high = lowestCash.max() else { return [] }
    guard high > low else { return [(low, high, count)] }
    let width = (high - low) / Double(bins)
    var counts = [Int](repeating: 0, count: bins)
    for value in lowestCash {
      counts[min(bins - 1, Int((value - low) / width))] += 1
    }
    return counts.indices.map {
      (low + Double($0) * width, low + Double($0 + 1) * width, counts[$0])
    }
  }
}
