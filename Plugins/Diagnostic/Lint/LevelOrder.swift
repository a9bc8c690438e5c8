import EssorCore

/// Levels start at 0 and go upwards, so every global score has exactly one level.
struct LevelOrder: TemplateLintRule {
  static let id = "level-order"
  static let isError = true
  static let summary = LocalizedText(
    fr: "Les niveaux commencent à 0 et vont en croissant.",
    en: "Levels start at 0 and go upwards.")

  static func findings(in questionnaire: Questionnaire) -> [EssorError] {
    var found: [EssorError] = []
    for (index, level) in questionnaire.levels.enumerated() {
      guard let node = level.node else { continue }
      if index == 0 && level.minimum != 0 {
        found.append(
          node.error(
            .invalidValue,
            LocalizedText(fr: "le premier niveau commence à 0.", en: "the first level starts at 0.")
          ))
      }
      if index > 0 {
        let previous = questionnaire.levels[index - 1]
        if level.minimum <= previous.minimum {
          found.append(
            node.error(
              .invalidValue,
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
    .triggers(replacing: "{id: high, min: 60,", with: "{id: high, min: 0,"),
    .triggers(replacing: "{id: low, min: 0,", with: "{id: low, min: 10,"),
    .passes(replacing: "{id: high, min: 60,", with: "{id: high, min: 90,"),
  ]
}
