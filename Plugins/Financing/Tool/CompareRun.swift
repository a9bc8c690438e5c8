import EssorCore
import Foundation

/// `finance compare`: projects several scenarios and puts them side by side.
struct CompareRun {
  let input: ToolInput
  let context: ToolContext

  func run() throws -> ToolResult {
    let files = input.list("file")
    var names = input.list("scenario")
    let workspace =
      files.isEmpty || !names.isEmpty ? try context.requireWorkspace() : context.workspace
    var paths: [String] = []
    if let workspace {
      let choice = ScenarioChoice(workspace: workspace)
      if names.isEmpty && files.isEmpty {
        // Every scenario of the workspace, the main one first: the others are read against it.
        names = ScenarioCatalog.ids(in: workspace)
        if let main = ScenarioCatalog.mainID(in: workspace) {
          names.removeAll { $0 == main }
          names.insert(main, at: 0)
        }
        if names.isEmpty { _ = try choice.path(nil) }
      }
      paths = try names.map { try choice.path($0) }
    }
    paths += files
    let tmo = try TMOSeries.load(
      TemplateLibrary.standard(workspace: workspace, environment: context.environment))
    var scenarios: [Scenario] = []
    for path in paths {
      var scenario = try ScenarioOverride.load(
        path: path, sets: input.list("set"), profile: workspace?.profile, tmo: tmo)
      // Two scenarios of the same name (a file elsewhere) get told apart.
      let taken = Set(scenarios.map(\.id))
      if taken.contains(scenario.id) {
        var number = 2
        while taken.contains("\(scenario.id)-\(number)") { number += 1 }
        scenario.id = "\(scenario.id)-\(number)"
      }
      scenarios.append(scenario)
    }
    let comparison = ScenarioComparison(scenarios)
    let document = ComparisonDocument(
      comparison, language: context.language, enterprise: context.enterprise
    ).build()
    var inputs = paths
    if let workspace { inputs.append(workspace.path(Workspace.profileFile)) }
    return ToolResult(document: document, inputs: inputs)
  }
}
