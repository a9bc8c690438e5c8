import EssorCore

/// The scenario a command reads: one of the workspace's (by name, the main one by default) or
/// a file given with `--file`, with the run's `--set` edits and the TMO series the workspace
/// sees.
struct ScenarioInput {
  let path: String
  let workspace: Workspace?
  let scenario: Scenario

  init(_ input: ToolInput, _ context: ToolContext) throws {
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
      try file ?? ScenarioChoice(workspace: try context.requireWorkspace()).path(input["scenario"])
    self.path = path
    self.workspace = workspace
    scenario = try ScenarioOverride.load(
      path: path, sets: input.list("set"), profile: workspace?.profile,
      tmo: TMOSeries.load(
        TemplateLibrary.standard(workspace: workspace, environment: context.environment)))
  }

  /// The files the result depends on: the scenario and the profile.
  var inputs: [String] {
    [path] + (workspace.map { [$0.path(Workspace.profileFile)] } ?? [])
  }
}
