import EssorCore

/// A field of a scenario changed for one run by `--set PATH=VALUE`, as the outputs name it.
public struct ScenarioOverride: Sendable, Equatable {
  /// The field's path as given: `resources[bank-loan].rate`.
  public var path: String
  /// The value given for this run.
  public var value: String
  /// The file's value it replaced, when it replaced one (nil when the field was added).
  public var previous: String?

  public init(path: String, value: String, previous: String?) {
    self.path = path
    self.value = value
    self.previous = previous
  }

  /// `path = value (fichier : previous)`, as the documents list it.
  public func text(_ language: Language) -> String {
    let was =
      previous.map { language == .fr ? " (fichier : \($0))" : " (file: \($0))" }
      ?? (language == .fr ? " (absent du fichier)" : " (not in the file)")
    return path + " = " + (value.isEmpty ? "∅" : value) + was
  }

  /// Reads a scenario file with the `--set` edits made, each in turn; an edit that does not
  /// fit the file is a usage error naming its flag, and what the reader refuses in an edited
  /// field is located at the flag too.
  public static func load(
    path: String, sets: [String], profile: Profile?, tmo: TMOSeries = .builtIn
  ) throws -> Scenario {
    var root = try ScenarioReader.resolvingExtends(YAMLDocument.load(path: path), path: path)
    var overrides: [ScenarioOverride] = []
    for set in sets {
      let edit = try YAMLEdit(parsing: set, flag: "--set")
      let (edited, previous) = try edit.apply(to: root)
      root = edited
      overrides.append(
        ScenarioOverride(path: edit.pathText, value: edit.valueText, previous: previous))
    }
    var scenario = try ScenarioReader.read(root, path: path, profile: profile, tmo: tmo)
    scenario.overrides = overrides
    return scenario
  }
}
