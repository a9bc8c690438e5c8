import EssorCore

/// A value curve has as many factors as its kind allows (6 to 12 for Blue Ocean).
struct FactorCount: CanvasCheck {
  static let id = "factor-count"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "La courbe compte entre 6 et 12 facteurs.", en: "The curve has between 6 and 12 factors.")

  static func applies(to kind: CanvasKind) -> Bool { kind.curve != nil }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let limits = canvas.kind.curve?.factors, let curve = canvas.curve,
      !limits.contains(curve.factors.count)
    else { return [] }
    return [
      finding(
        in: canvas,
        LocalizedText(
          fr: "\(curve.factors.count) facteurs ; il en faut de \(limits.lowerBound) à "
            + "\(limits.upperBound).",
          en: "\(curve.factors.count) factors; \(limits.lowerBound) to \(limits.upperBound) "
            + "are needed."),
        hint: LocalizedText(
          fr:
            "prenez les critères sur lesquels les acheteurs comparent les offres, dans leurs mots.",
          en: "take the criteria buyers compare offers on, in their own words."),
        line: curve.factors.last?.line)
    ]
  }

  static let examples: [CheckExample] = [
    .triggers(
      "two factors on the curve", kind: "strategy",
      """
      factors: [Prix, Fraîcheur]
      players:
        - {name: Nous, us: true, levels: {Prix: 5, Fraîcheur: 9}}
      """,
      .error(line: 3, mentions: ["2 facteurs", "de 6 à 12"])),
    .passes("six factors on the curve", kind: "strategy", StrategyExamples.sixFactors),
  ]
}

/// Strategy canvases shared by the curve checks' examples.
enum StrategyExamples {
  /// Six factors, us and two rivals, a diverging and focused curve, a clean ERRC grid.
  static let sixFactors = """
    factors: [price, packaging, freshness, origin, delivery, visits]
    players:
      - name: Terres Communes
        us: true
        levels: {price: 5, packaging: 0, freshness: 9, origin: 10, delivery: 6, visits: 7}
      - name: Grossiste national
        levels: {price: 3, packaging: 6, freshness: 4, origin: 2, delivery: 8, visits: 0}
      - name: Maraîcher en direct
        levels: {price: 6, packaging: 2, freshness: 8, origin: 9, delivery: 2, visits: 0}
    blocks:
      eliminate: [packaging]
      reduce: [delivery]
      raise: [freshness, origin]
      create: [visits]
      tagline: ["Le légume d’ici, prêt à cuisiner"]
    """
}
