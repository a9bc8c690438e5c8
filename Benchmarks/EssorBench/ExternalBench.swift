import EssorCore
import EssorExternal
import EssorReport
import Financing
import Foundation

/// The cost of one external tool command (start the process, describe it, one request, one
/// response, the document decoded) beside a built-in tool's document for the same
/// workspace.
enum ExternalBench {
  static func run(tool: String, workspace root: String, runs: Int) throws {
    let workspace = try Workspace(root: root)
    var external: [Double] = []
    var builtIn: [Double] = []
    for _ in 0..<runs {
      external.append(
        try measureSeconds {
          let described = try ExternalTool.describe(tool)
          _ = try described.run(
            command: described.description.commands[0].name, arguments: [], language: .fr,
            workspace: workspace, facts: [:])
        })
      builtIn.append(
        try measureSeconds {
          let loans =
            try FinancingTool.workspaceLoans(workspace, defaultStart: .firstOfNextMonth()) ?? []
          _ = try FinancingTool.run(
            loans, context: ToolContext(language: .fr, workspace: workspace))
        })
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    report([
      "contender": "external-tool", "tool": (tool as NSString).lastPathComponent,
      "runs": String(runs), "external_median_ms": fixed(median(external) * 1000, 2),
      "external_best_ms": fixed((external.min() ?? 0) * 1000, 2),
      "builtin_median_ms": fixed(median(builtIn) * 1000, 2),
      "builtin_best_ms": fixed((builtIn.min() ?? 0) * 1000, 2),
    ])
  }
}
