import EssorCore

/// Levels start at 0 and go upwards, so every global score has exactly one level.
struct LevelOrder: TemplateLintRule {
  static let id = "level-order"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Les niveaux commencent à 0 et vont en croissant.",
    en: "Levels start at 0 and go upwards.")

  static func findings(in questionnaire: Questionnaire) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for (index, level) in questionnaire.levels.enumerated() {
      guard let node = level.node else { continue }
      if index == 0 && level.minimum != 0 {
        found.append(
          finding(
            node, .invalidValue,
            LocalizedText(fr: "le premier niveau commence à 0.", en: "the first level starts at 0.")
          ))
      }
      if index > 0 {
        let previous = questionnaire.levels[index - 1]
        if level.minimum <= previous.minimum {
          found.append(
            finding(
              node, .invalidValue,
              LocalizedText(
                fr: "les niveaux vont en croissant : \(Expression.text(level.minimum)) ne dépasse "
                  + "pas \(Expression.text(previous.minimum)) (« \(previous.id) »).",
                en: "levels go upwards: \(Expression.text(level.minimum)) is not above "
                  + "\(Expression.text(previous.minimum)) (“\(previous.id)”).")))
        }
      }
    }
    return found
  }

  static let examples: [LintExample] = [
    .triggers(
      "two levels from 0", replacing: "{id: high, min: 60,", with: "{id: high, min: 0,",
      .error(line: 11, mentions: ["0 ne dépasse pas 0", "« low »"])),
    .triggers(
      "a first level from 10", replacing: "{id: low, min: 0,", with: "{id: low, min: 10,",
      .error(line: 10, mentions: ["le premier niveau commence à 0"])),
    .passes("levels from 0 and 90", replacing: "{id: high, min: 60,", with: "{id: high, min: 90,"),
  ]
}
