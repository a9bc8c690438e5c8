import EssorCore

/// `finance plan`: finds the scenario, projects it, checks it, and says the verdict.
struct PlanRun {
  let input: ToolInput
  let context: ToolContext

  func run() throws -> ToolResult {
    let file = input["file"]
    if file != nil, let scenario = input["scenario"] {
      throw EssorError(
        .conflictingOptions, at: .flag("--file"),
        LocalizedText(
          fr: "--file et le scénario « \(scenario) » ne vont pas ensemble.",
          en: "--file and the scenario “\(scenario)” do not go together."),
        hint: LocalizedText(fr: "choisissez l’un des deux.", en: "choose one."))
    }
    let workspace = file == nil ? try context.requireWorkspace() : context.workspace
    let path =
      try file
      ?? ScenarioChoice(workspace: try context.requireWorkspace()).path(
        input["scenario"])
    let scenario = try ScenarioOverride.load(
      path: path, sets: input.list("set"), profile: workspace?.profile,
      tmo: TMOSeries.load(
        TemplateLibrary.standard(workspace: workspace, environment: context.environment)))
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
