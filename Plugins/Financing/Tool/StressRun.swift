import EssorCore

/// `finance stress`: the scenario under the shocks asked for, or the standard set.
struct StressRun {
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
    // The shocks are read before any work: a typo costs nothing.
    let shocks = try input.list("shock").map(Shock.init(parsing:))
    let standard = input.flag("standard") || shocks.isEmpty
    let workspace = file == nil ? try context.requireWorkspace() : context.workspace
    let path =
      try file ?? ScenarioChoice(workspace: try context.requireWorkspace()).path(input["scenario"])
    let scenario = try ScenarioOverride.load(
      path: path, sets: input.list("set"), profile: workspace?.profile,
      tmo: TMOSeries.load(
        TemplateLibrary.standard(workspace: workspace, environment: context.environment)))
    var sets: [[Shock]] = []
    if !shocks.isEmpty {
      // Each shock alone, then all of them together.
      sets += shocks.map { [$0] }
      if shocks.count > 1 { sets.append(shocks) }
    }
    if standard {
      // The standard set skips what the scenario does not have (no grant, no loan).
      for shock in Shock.standard where applies(shock, to: scenario) { sets.append([shock]) }
      sets.append(Shock.standardCombination.filter { applies($0, to: scenario) })
    }
    let test = try StressTest(scenario, shockSets: sets)
    let document = StressDocument(
      test, language: context.language, enterprise: context.enterprise
    ).build()
    var inputs = [path]
    if let workspace { inputs.append(workspace.path(Workspace.profileFile)) }
    return ToolResult(document: document, inputs: inputs)
  }

  private func applies(_ shock: Shock, to scenario: Scenario) -> Bool {
    var copy = scenario
    return (try? shock.apply(to: &copy)) != nil
  }
}
