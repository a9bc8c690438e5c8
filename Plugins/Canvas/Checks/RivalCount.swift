import EssorCore

/// The curve compares us with enough competitors or alternatives.
struct RivalCount: CanvasCheck {
  static let id = "rival-count"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "La courbe compare au moins deux concurrents ou alternatives.",
    en: "The curve compares at least two competitors or alternatives.")

  static func applies(to kind: CanvasKind) -> Bool { kind.curve != nil }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let minimum = canvas.kind.curve?.minimumRivals, let curve = canvas.curve,
      curve.rivals.count < minimum
    else { return [] }
    return [
      finding(
        in: canvas,
        LocalizedText(
          fr: "\(curve.rivals.count) concurrent(s) sur la courbe ; il en faut \(minimum) au moins.",
          en: "\(curve.rivals.count) rival(s) on the curve; at least \(minimum) are needed."),
        hint: LocalizedText(
          fr: "ajoutez les offres installées et les alternatives (faire soi-même, ne rien faire).",
          en: "add the incumbents and the alternatives (do it yourself, do nothing)."),
        line: curve.players.last?.line)
    ]
  }

  static let examples: [CheckExample] = [
    .triggers(
      "one rival on the curve", kind: "strategy",
      """
      factors: [price, freshness]
      players:
        - {name: Nous, us: true, levels: {price: 5, freshness: 9}}
        - {name: Grossiste, levels: {price: 3, freshness: 4}}
      """,
      .error(line: 6, mentions: ["1 concurrent(s)", "2 au moins"])),
    .passes("two rivals on the curve", kind: "strategy", StrategyExamples.sixFactors),
  ]
}
