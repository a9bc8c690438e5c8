import EssorCore

/// Every factor of the ERRC grid is a factor of the curve.
struct ErrcOnCurve: CanvasCheck {
  static let id = "errc-on-curve"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Chaque facteur de la grille ERRC est sur la courbe.",
    en: "Every factor of the ERRC grid is on the curve.")

  static func applies(to kind: CanvasKind) -> Bool {
    kind.curve != nil && Role.errc.contains { kind.block(role: $0) != nil }
  }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let curve = canvas.curve else { return [] }
    let known = curve.factors.map(\.id).joined(separator: ", ")
    return Role.errc.flatMap { role in
      canvas.items(role: role).compactMap { item -> BlockDiagnostic? in
        guard let name = item.factor, curve.factor(named: name) == nil else { return nil }
        return finding(
          in: canvas,
          LocalizedText(
            fr: "« \(name) » n’est pas un facteur de la courbe.",
            en: "“\(name)” is not a factor of the curve."),
          hint: LocalizedText(
            fr: "facteurs : \(known) ; ajoutez-le à factors: avec un niveau par acteur.",
            en: "factors: \(known); add it to factors: with a level for every player."),
          block: canvas.kind.block(role: role)?.id, line: item.line)
      }
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "an ERRC item that is not a factor of the curve", kind: "strategy",
      StrategyExamples.sixFactors.replacingOccurrences(
        of: "create: [visits]", with: "create: [visits, app]"),
      .error(line: 16, mentions: ["app"])),
    .passes("every ERRC item on the curve", kind: "strategy", StrategyExamples.sixFactors),
  ]
}
