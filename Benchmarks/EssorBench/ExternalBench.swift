import Canvas
import Diagnostic
import EssorCore
import EssorExternal
import Financing
import Foundation

/// The cost of one external tool command (start the process, describe it, the facts it
/// consumes derived through a fresh fact store, one request, one response, the document
/// decoded), consuming one financing fact and then every one of them, beside a built-in
/// tool's document for the same workspace.
///
/// Every financing fact comes from two providers derived once per run, so consuming eight
/// facts should cost what consuming one does.
enum ExternalBench {
  static func run(tool: String, workspace root: String, runs: Int) throws {
    let workspace = try Workspace(root: root)
    let registry = try ToolRegistry([DiagnosticTool.self, CanvasTool.self, FinancingTool.self])
    let clock = FixedClock(
      CalendarDate(year: 2027, month: 1, day: 1) ?? CalendarDate(daysSince1970: 0))
    let all = FinancingTool.provides
    let one = [Facts.Financing.askTotal.erased]
    func command(consuming keys: [AnyFactKey]) throws {
      let store = registry.factStore(
        FactContext(workspace: workspace, clock: clock, environment: [:]))
      let described = try ExternalTool.describe(tool)
      _ = try described.run(
        command: described.description.commands[0].name, arguments: [], language: .fr,
        workspace: workspace, facts: store.values(keys))
    }
    var oneFact: [Double] = []
    var allFacts: [Double] = []
    var builtIn: [Double] = []
    for _ in 0..<runs {
      oneFact.append(try measureSeconds { try command(consuming: one) })
      allFacts.append(try measureSeconds { try command(consuming: all) })
      builtIn.append(
        try measureSeconds {
          let store = registry.factStore(
            FactContext(workspace: workspace, clock: clock, environment: [:]))
          _ = try FinancingTool.run(
            "loan", input: ToolInput(),
            context: ToolContext(language: .fr, workspace: workspace, facts: store, clock: clock))
        })
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    report([
      "contender": "external-tool", "tool": (tool as NSString).lastPathComponent,
      "runs": String(runs), "facts_all": String(all.count),
      "external_median_ms": fixed(median(oneFact) * 1000, 2),
      "external_best_ms": fixed((oneFact.min() ?? 0) * 1000, 2),
      "external_all_facts_median_ms": fixed(median(allFacts) * 1000, 2),
      "all_to_one_ratio": fixed(median(allFacts) / median(oneFact), 3),
      "builtin_median_ms": fixed(median(builtIn) * 1000, 2),
      "builtin_best_ms": fixed((builtIn.min() ?? 0) * 1000, 2),
    ])
  }
}
