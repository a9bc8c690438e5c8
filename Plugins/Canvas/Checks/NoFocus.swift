import EssorCore

/// Our curve is not high everywhere: a strategy chooses where not to compete.
struct NoFocus: CanvasCheck {
  static let id = "no-focus"
  static let severity = Diagnostic.Severity.warning
  static let summary = LocalizedText(
    fr: "Notre courbe choisit ses points forts.", en: "Our curve picks its strengths.")

  /// A level this high on every factor is over-delivery.
  static let high = 7

  static func applies(to kind: CanvasKind) -> Bool { kind.curve != nil }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let curve = canvas.curve, let us = curve.us, !curve.factors.isEmpty else { return [] }
    let ours = curve.factors.map { us.levels[$0.id] ?? 0 }
    let best = curve.factors.map { factor in
      curve.rivals.map { $0.levels[factor.id] ?? 0 }.max() ?? Int.min
    }
    let highEverywhere = ours.allSatisfy { $0 >= high }
    // Factors nobody offers (all at 0) say nothing about focus.
    let contested = zip(ours, best).filter { $0 > 0 || $1 > 0 }
    let aboveEverywhere =
      !curve.rivals.isEmpty && !contested.isEmpty && contested.allSatisfy { $0 >= $1 }
    guard highEverywhere || aboveEverywhere else { return [] }
    let reason =
      highEverywhere
      ? LocalizedText(
        fr: "notre niveau est d’au moins \(high) sur tous les facteurs",
        en: "our level is at least \(high) on every factor")
      : LocalizedText(
        fr: "nous égalons ou dépassons le meilleur concurrent sur tous les facteurs",
        en: "we match or beat the best rival on every factor")
    return [
      finding(
        in: canvas,
        LocalizedText(
          fr: "pas de choix stratégique : \(reason.fr).",
          en: "no strategic focus: \(reason.en)."),
        hint: LocalizedText(
          fr: "une courbe sans creux coûte cher : sur quels facteurs acceptez-vous d’être moins "
            + "bons ?",
          en: "a curve without dips is costly: on which factors will you accept being weaker?"),
        line: us.line)
    ]
  }

  static let examples: [CheckExample] = [
    .triggers(
      "matching or beating the best rival on every factor", kind: "strategy",
      StrategyExamples.sixFactors.replacingOccurrences(
        of: "{price: 5, packaging: 0, freshness: 9, origin: 10, delivery: 6, visits: 7}",
        with: "{price: 6, packaging: 6, freshness: 9, origin: 10, delivery: 8, visits: 7}"),
      .warning(line: 5, mentions: ["pas de choix stratégique", "meilleur concurrent"])),
    .passes("the six-factor curve of the examples", kind: "strategy", StrategyExamples.sixFactors),
    .passes(
      "our curve at 0 on price and packaging", kind: "strategy",
      """
      factors: [price, packaging]
      players:
        - {name: Nous, us: true, levels: {price: 0, packaging: 0}}
        - {name: Grossiste, levels: {price: 0, packaging: 0}}
        - {name: Maraîcher, levels: {price: 0, packaging: 0}}
      """),
  ]
}
