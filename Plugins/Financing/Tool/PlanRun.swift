import EssorCore

/// `finance plan`: finds the scenario, projects it, checks it, and says the verdict.
struct PlanRun {
  let input: ToolInput
  let context: ToolContext

  func run() throws -> ToolResult {
    let read = try ScenarioInput(input, context)
    let (path, workspace, scenario) = (read.path, read.workspace, read.scenario)
    let projected = FinancingTool.plan(
      scenario, language: context.language, enterprise: context.enterprise)
    // Every file of the workspace's financing folder is someone's input.
    var inputs = [path]
    if let workspace {
      inputs.append(workspace.path(Workspace.profileFile))
      inputs.append(workspace.path(FinancingTool.loansFile))
      inputs += ScenarioCatalog.ids(in: workspace).map { ScenarioCatalog.path($0, in: workspace) }
    }
    let outcome = projected.outcome
    return ToolResult(
      document: projected.document, outcome: outcome, diagnostics: outcome.diagnostics,
      inputs: inputs, headline: outcome.verdict.text)
  }
}
