import EssorCore

extension PlanRules: ExampleCarrying {
  public static let exampleFamily = "plan"
  public static var exampleSources: [String] { all.map { $0.id } }

  /// Every rule's examples: the base scenario with the example's change, projected, then
  /// the rule checked on it alone; its findings are the diagnostics of the broken results.
  public static var exampleCases: [ExampleCase] {
    all.flatMap { rule in
      rule.examples.map { example in
        ExampleCase(family: exampleFamily, source: rule.id, example: example) { change in
          let scenario = change.scenario
          guard rule.applies(to: scenario.legalForm) else {
            throw EssorError(
              .invalidValue, at: scenario.location,
              LocalizedText(
                fr: "\(rule.id) ne s’applique pas à la forme \(scenario.legalForm).",
                en: "\(rule.id) does not apply to the form \(scenario.legalForm)."))
          }
          let results = rule.check(PlanEngine.project(scenario))
          if let unlocated = results.first(where: { $0.location == nil }) {
            throw EssorError(
              .internalFailure,
              LocalizedText(
                fr: "\(unlocated.rule) ne dit pas quelle ligne du scénario est en cause.",
                en: "\(unlocated.rule) does not say which line of the scenario is behind it."))
          }
          return results.compactMap(\.diagnostic)
        }
      }
    }
  }
}
