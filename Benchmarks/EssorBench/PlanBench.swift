import EssorCore
import Financing
import Foundation

/// Projections per second of the plan engine alone: the sample SCOP's scenario (five years,
/// its monthly cash, its four loans) projected `count` times, read once.
enum PlanBench {
  static func run(count: Int, runs: Int) throws {
    let path = "samples/scop-lauragais/financing/base.yaml"
    let profile = try Workspace(root: "samples/scop-lauragais").profile
    let scenario = try ScenarioReader.load(path: path, profile: profile)
    var times: [Double] = []
    var checksum = Money.zero
    for _ in 0..<runs {
      times.append(
        measureSeconds {
          for _ in 0..<count {
            let plan = PlanEngine.project(scenario)
            checksum = checksum + (plan.years.last?.netResult ?? .zero)
          }
        })
    }
    let best = times.min() ?? 0
    report([
      "contender": "essor-plan", "projections": String(count), "runs": String(runs),
      "median_seconds": fixed(times.sorted()[times.count / 2], 3),
      "best_seconds": fixed(best, 3),
      "per_second": fixed(best > 0 ? Double(count) / best : 0, 0),
      "checksum": MoneyFormat.text(checksum, .en),
    ])
  }
}
