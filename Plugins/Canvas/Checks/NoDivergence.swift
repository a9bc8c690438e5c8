import EssorCore

/// Our curve differs from each rival's somewhere: within ±1 everywhere is a me-too offer.
struct NoDivergence: CanvasCheck {
  static let id = "no-divergence"
  static let severity = Diagnostic.Severity.warning
  static let summary = LocalizedText(
    fr: "Notre courbe se distingue de chaque concurrent.",
    en: "Our curve stands apart from every rival's.")

  static func applies(to kind: CanvasKind) -> Bool { kind.curve != nil }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let curve = canvas.curve, let us = curve.us, !curve.factors.isEmpty else { return [] }
    return curve.rivals.compactMap { rival in
      let parallel = curve.factors.allSatisfy { factor in
        abs((us.levels[factor.id] ?? 0) - (rival.levels[factor.id] ?? 0)) <= 1
      }
      guard parallel else { return nil }
      return finding(
        in: canvas,
        LocalizedText(
          fr: "notre courbe suit celle de « \(rival.name) » à ±1 près sur tous les facteurs.",
          en: "our curve follows “\(rival.name)” within ±1 on every factor."),
        hint: LocalizedText(
          fr: "que pouvez-vous éliminer, réduire, renforcer ou créer pour vous en distinguer ?",
          en: "what could you eliminate, reduce, raise or create to stand apart?"),
        line: rival.line)
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "our curve within ±1 of a rival everywhere", kind: "strategy",
      StrategyExamples.sixFactors.replacingOccurrences(
        of: "{price: 6, packaging: 2, freshness: 8, origin: 9, delivery: 2, visits: 0}",
        with: "{price: 6, packaging: 1, freshness: 8, origin: 9, delivery: 5, visits: 6}"),
      .warning(line: 10, mentions: ["Maraîcher en direct", "±1"])),
    .passes("a curve that diverges from the rivals", kind: "strategy", StrategyExamples.sixFactors),
  ]
}
