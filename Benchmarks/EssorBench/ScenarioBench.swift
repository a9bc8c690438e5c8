import EssorCore
import Financing
import Foundation

/// Monte Carlo and the mix optimiser on the sample SCOP, as `essor finance stress` and
/// `essor finance optimise` run them (every core unless told).
enum ScenarioBench {
  static let path = "samples/scop-lauragais/financing/base.yaml"

  static func scenario(sets: [String] = []) throws -> Scenario {
    let profile = try Workspace(root: "samples/scop-lauragais").profile
    return try ScenarioOverride.load(path: path, sets: sets, profile: profile)
  }

  /// `count` draws of the sample's `uncertainty:`, best of `runs`.
  static func monteCarlo(count: Int, runs: Int, threads: Int) throws {
    let scenario = try scenario()
    guard let uncertainty = scenario.uncertainty else { fail("the sample has no uncertainty:") }
    var times: [Double] = []
    var probability = 0.0
    for _ in 0..<runs {
      times.append(
        measureSeconds {
          let run = MonteCarlo(
            scenario, uncertainty: uncertainty, count: count, seed: 7, threads: threads)
          probability = run.negativeCash.probability
        })
    }
    let best = times.min() ?? 0
    report([
      "contender": "essor-monte-carlo", "draws": String(count), "threads": String(threads),
      "best_seconds": fixed(best, 3), "draws_per_second": fixed(Double(count) / max(best, 1e-9), 0),
      "p_negative": fixed(probability, 4), "self_peak_kib": String(peakResidentKiB()),
    ])
  }

  /// The optimiser over a grid of about 114 000 candidates: the machines loan by 500 € from
  /// 60 000 to 200 000 € over 5 to 8 years, Socoden's loan by 1 000 € up to 100 000 €.
  static func optimise(runs: Int, threads: Int) throws {
    let scenario = try scenario(sets: [
      "resources[2].adjustable={amount: {min: 60000, max: 200000, step: 500}, years: {min: 5, max: 8, step: 1}}",
      "resources[3].adjustable={min: 0, max: 100000, step: 1000}",
    ])
    let optimiser = MixOptimiser(scenario, objective: .cost, limits: .init(scenario))
    var times: [Double] = []
    var result: MixOptimiser.Result?
    for _ in 0..<runs {
      times.append(measureSeconds { result = optimiser.run(threads: threads) })
    }
    let best = times.min() ?? 0
    let candidates = result?.candidates ?? 0
    report([
      "contender": "essor-optimise", "candidates": String(candidates),
      "projected": String(result?.projected ?? 0), "threads": String(threads),
      "best_seconds": fixed(best, 3),
      "candidates_per_second": fixed(Double(candidates) / max(best, 1e-9), 0),
      "best_cost": result?.best.first.map { $0.cost.plainText } ?? "none",
      "self_peak_kib": String(peakResidentKiB()),
    ])
  }
}
