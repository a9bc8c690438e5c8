import EssorCore

/// A run's fact store over a workspace, for tests of providers and consumers.
public enum ToolFacts {
  /// The facts `tools` provide for `workspace`, derived with a fixed clock.
  public static func store(_ tools: [any Tool.Type], workspace: Workspace) throws -> FactStore {
    let providers = tools.flatMap { $0.factProviders }
    return FactStore(
      providers: providers,
      context: FactContext(workspace: workspace, clock: FixedClock.test, environment: [:]))
  }
}
