import EssorCore
import Foundation

/// The winner of a search written as a scenario file: a variant of the scenario searched
/// (`extends:`), with its resources at the values found and a comment saying where it came
/// from, ready for `finance plan` and `finance compare`.
enum OptimisedScenario {
  /// The text of the file; `sets` are the run's `--set` edits, kept in the blocks they touch.
  static func text(
    path: String, sets: [String], optimiser: MixOptimiser, winner: MixOptimiser.Evaluation,
    candidates: Int, date: CalendarDate, language: Language
  ) throws -> String {
    var root = try ScenarioReader.resolvingExtends(YAMLDocument.load(path: path), path: path)
    var touched: Set<String> = ["resources"]
    for set in sets {
      let edit = try YAMLEdit(parsing: set, flag: "--set")
      root = try edit.apply(to: root).node
      if let first = edit.path.first { touched.insert(first.key) }
    }
    for (dimension, index) in zip(optimiser.dimensions, winner.choice) {
      let value = dimension.values[index]
      let item = "resources[\(dimension.resource + 1)]"
      var edits: [String] = []
      switch dimension.field {
      case .amount:
        let money = Money(cents: value)
        edits = [
          item + ".amount=" + (money.cents % 100 == 0 ? String(money.cents / 100) : money.plainText)
        ]
      case .rate:
        edits = [item + ".rate=" + Rate(units: value).percentText(.en)]
      case .years:
        edits = [item + ".years=\(value)", item + ".periods="]
      case .graceMonths:
        edits = [item + ".grace-months=\(value)"]
      }
      for edit in edits { root = try YAMLEdit(parsing: edit, flag: "--save").apply(to: root).node }
    }
    // The mix found is concrete: nothing adjustable is left in it.
    for index in optimiser.scenario.resources.indices {
      root = try YAMLEdit(parsing: "resources[\(index + 1)].adjustable=", flag: "--save")
        .apply(to: root).node
    }
    guard case .mapping(let entries) = root.content,
      let resources = entries.first(where: { (try? $0.key.text()) == "resources" })?.value,
      case .sequence(let items) = resources.content
    else {
      throw EssorError(
        .internalFailure,
        LocalizedText(fr: "ressources introuvables.", en: "resources not found."))
    }
    let s = optimiser.scenario
    let fr = language == .fr
    let objective = optimiser.objective.rawValue
    var lines = [
      fr
        ? "# Proposé par « essor finance optimise \(s.id) » le \(date) (objectif : \(objective)) :"
        : "# Proposed by “essor finance optimise \(s.id)” on \(date) (objective: \(objective)):",
      fr
        ? "# le meilleur de \(candidates) financement(s) essayé(s) qui respecte toutes les contraintes."
        : "# the best of \(candidates) mix(es) tried that meets every constraint.",
      fr
        ? "# Tout ce qui n'est pas écrit ici est celui de \(s.id).yaml (« extends »)."
        : "# Whatever is not written here is \(s.id).yaml's (“extends”).",
      "schema: 1",
      "extends: " + s.id,
      "title: " + YAMLNode.flowScalar(s.title + (fr ? " — optimisé" : " — optimised")),
    ]
    for entry in entries {
      guard let key = try? entry.key.text(), touched.contains(key), key != "resources",
        let text = entry.value.flowText
      else { continue }
      lines.append(key + ": " + text)
    }
    // A resource the best mix does not use (amount 0) is left out.
    let unused = Set(
      zip(optimiser.dimensions, winner.choice).filter {
        $0.0.field == .amount && $0.0.values[$0.1] == 0
      }
      .map(\.0.resource))
    lines.append("resources:")
    lines += items.enumerated().filter { !unused.contains($0.offset) }.compactMap {
      $0.element.flowText.map { "  - " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
