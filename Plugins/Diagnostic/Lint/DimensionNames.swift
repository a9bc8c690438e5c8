import EssorCore

/// `dim('…')` names a dimension of the template.
struct DimensionNames: TemplateLintRule {
  static let id = "dimension-names"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "dim() cite une dimension du questionnaire.", en: "dim() names a dimension of the template."
  )

  static func findings(in questionnaire: Questionnaire) -> [Diagnostic] {
    let known = questionnaire.dimensions.map(\.id)
    let conditions =
      questionnaire.mustPass.map(\.require) + questionnaire.recommendations.map(\.when)
    return conditions.flatMap { condition in
      condition.expression.dimensions.filter { !known.contains($0) }.map { dimension in
        finding(
          condition.node, .invalidValue,
          LocalizedText(
            fr: "dimension « \(dimension) » inconnue.", en: "unknown dimension “\(dimension)”."),
          hint: LocalizedText(
            fr: "dimensions : \(known.joined(separator: ", ")).",
            en: "dimensions: \(known.joined(separator: ", "))."))
      }
    }
  }

  static let examples: [LintExample] = [
    .triggers(
      "a recommendation on an unknown dimension", replacing: "dim('fin')", with: "dim('money')",
      .error(line: 43, mentions: ["money"])),
    .passes("the base template"),
  ]
}
