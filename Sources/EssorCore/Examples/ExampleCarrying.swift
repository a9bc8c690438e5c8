/// A family of checks or rules that carry their own examples: canvas checks, questionnaire
/// lint rules, plan rules.
///
/// One generic test runs every case of every family (``ExampleCase/problems()``), and asks
/// every check or rule for at least one example that triggers it and one it lets pass.
public protocol ExampleCarrying {
  /// The family's name: `canvas`, `lint`, `plan`.
  static var exampleFamily: String { get }
  /// The ids of the family's checks or rules, each of which must carry examples.
  static var exampleSources: [String] { get }
  /// Every example of every check or rule of the family, ready to run.
  static var exampleCases: [ExampleCase] { get }
}
