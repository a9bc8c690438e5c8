import EssorCore

/// A change to the base scenario (``RuleExample/base``) that a plan rule's example projects.
public struct ScenarioChange: Sendable {
  public var apply: @Sendable (inout Scenario) -> Void

  public init(_ apply: @escaping @Sendable (inout Scenario) -> Void) { self.apply = apply }

  /// The base scenario with the change.
  public var scenario: Scenario {
    var scenario = RuleExample.base
    apply(&scenario)
    return scenario
  }
}

/// An example of a plan rule.
public typealias RuleExample = Example<ScenarioChange>

extension Example where Input == ScenarioChange {
  /// A change to the base scenario on which the rule finds exactly `findings`.
  public static func breaks(
    _ description: String, _ findings: ExpectedFinding...,
    change: @escaping @Sendable (inout Scenario) -> Void
  ) -> RuleExample {
    RuleExample(description, ScenarioChange(change), findings: findings)
  }

  /// A change (or none) that keeps the rule.
  public static func keeps(
    _ description: String, change: @escaping @Sendable (inout Scenario) -> Void = { _ in }
  ) -> RuleExample {
    RuleExample(description, ScenarioChange(change), findings: [])
  }
}
