import EssorCore

/// A factor we eliminate is at 0 on our curve.
struct EliminatedAtZero: CanvasCheck {
  static let id = "eliminated-at-zero"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Un facteur éliminé vaut 0 sur notre courbe.",
    en: "An eliminated factor is at 0 on our curve.")

  static func applies(to kind: CanvasKind) -> Bool {
    kind.curve != nil && kind.block(role: .errcEliminate) != nil
  }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let curve = canvas.curve, let us = curve.us,
      let floor = canvas.kind.curve?.levels.lowerBound
    else { return [] }
    return canvas.items(role: .errcEliminate).compactMap { item in
      guard let factor = item.factor.flatMap(curve.factor(named:)),
        let level = us.levels[factor.id], level != floor
      else { return nil }
      return finding(
        in: canvas,
        LocalizedText(
          fr: "nous éliminons « \(factor.label) » mais notre niveau y est \(level).",
          en: "we eliminate “\(factor.label)” but our level on it is \(level)."),
        hint: LocalizedText(
          fr: "mettez-le à \(floor) pour « \(us.name) », ou classez-le dans « réduire ».",
          en: "set it to \(floor) for “\(us.name)”, or move it to “reduce”."),
        block: canvas.kind.block(role: .errcEliminate)?.id, line: item.line)
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "delivery eliminated but kept at level 6", kind: "strategy",
      StrategyExamples.sixFactors.replacingOccurrences(
        of: "eliminate: [packaging]", with: "eliminate: [packaging, delivery]"),
      .error(line: 13, mentions: ["« delivery »", "niveau y est 6"])),
    .passes("an eliminated factor at 0", kind: "strategy", StrategyExamples.sixFactors),
  ]
}
