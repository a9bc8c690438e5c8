import Actions
import Canvas
import Cohort
import Diagnostic
import EssorCore
import Financing
import Foundation
import Pitch

/// A cohort of `count` enterprises made from the samples (each a copy under its own name,
/// with its revenue moved a little), reported as `essor cohort report` does: every
/// enterprise's facts derived from its own files, in parallel over the cores.
enum CohortBench {
  static func run(count: Int, runs: Int) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "essor-cohort-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let samples = ["scop-lauragais", "scic-terres-communes", "sas-ess-recyclerie"]
    for index in 0..<count {
      let target = folder.appendingPathComponent(String(format: "e%04d", index))
      try FileManager.default.copyItem(
        atPath: "samples/" + samples[index % samples.count], toPath: target.path)
      let profile = target.appendingPathComponent("essor.yaml")
      let text = try String(contentsOf: profile, encoding: .utf8)
      try text.replacingOccurrences(
        of: #"name: "[^"]*""#, with: "name: \"Entreprise \(index)\"", options: .regularExpression
      ).write(to: profile, atomically: true, encoding: .utf8)
    }
    let cohortFolder = folder.appendingPathComponent("cohort")
    try FileManager.default.createDirectory(at: cohortFolder, withIntermediateDirectories: true)
    try """
    schema: 1
    name: Bench
    phases: {diagnostic: 2026-10-31, strategy: 2026-11-30, financing: 2027-03-31, pitch: 2027-05-31, committee: 2027-06-30}
    workspaces: ["../e*"]
    """.write(
      to: cohortFolder.appendingPathComponent("cohort.yaml"), atomically: true, encoding: .utf8)
    let registry = try ToolRegistry([
      DiagnosticTool.self, CanvasTool.self, FinancingTool.self, PitchTool.self, ActionsTool.self,
      CohortTool.self,
    ])
    let clock = FixedClock(
      CalendarDate(year: 2026, month: 12, day: 2) ?? CalendarDate(daysSince1970: 0))
    var context = ToolContext(language: .fr, clock: clock)
    context.factsOf = { workspace in
      registry.factStore(FactContext(workspace: workspace, clock: clock, environment: [:]))
    }
    var times: [Double] = []
    var rows = 0
    for _ in 0..<runs {
      times.append(
        try measureSeconds {
          let result = try CohortTool.run(
            "report", input: ToolInput(options: ["cohort": cohortFolder.path]), context: context)
          rows = result.document?.sections.count ?? 0
        })
    }
    report([
      "contender": "essor-cohort", "enterprises": String(count), "runs": String(runs),
      "sections": String(rows), "median_seconds": fixed(times.sorted()[times.count / 2], 3),
      "best_seconds": fixed(times.min() ?? 0, 3),
      "cores": String(ProcessInfo.processInfo.activeProcessorCount),
    ])
  }
}
