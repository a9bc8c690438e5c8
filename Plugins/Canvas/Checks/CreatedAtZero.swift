import EssorCore

/// A factor we create is one no rival offers yet (at 0 on their curves).
struct CreatedAtZero: CanvasCheck {
  static let id = "created-at-zero"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Un facteur créé vaut 0 chez les concurrents.",
    en: "A created factor is at 0 for the rivals.")

  static func applies(to kind: CanvasKind) -> Bool {
    kind.curve != nil && kind.block(role: .errcCreate) != nil
  }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let curve = canvas.curve, let floor = canvas.kind.curve?.levels.lowerBound else {
      return []
    }
    return canvas.items(role: .errcCreate).flatMap { item -> [BlockDiagnostic] in
      guard let factor = item.factor.flatMap(curve.factor(named:)) else { return [] }
      return curve.rivals.compactMap { rival in
        guard let level = rival.levels[factor.id], level != floor else { return nil }
        return finding(
          in: canvas,
          LocalizedText(
            fr: "nous « créons » « \(factor.label) », mais « \(rival.name) » l’offre déjà "
              + "(niveau \(level)).",
            en: "we “create” “\(factor.label)”, but “\(rival.name)” already offers it "
              + "(level \(level))."),
          hint: LocalizedText(
            fr: "classez-le dans « renforcer », ou corrigez le niveau du concurrent.",
            en: "move it to “raise”, or correct the rival's level."),
          block: canvas.kind.block(role: .errcCreate)?.id, line: item.line)
      }
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "delivery created though both rivals offer it", kind: "strategy",
      StrategyExamples.sixFactors.replacingOccurrences(
        of: "create: [visits]", with: "create: [visits, delivery]"),
      .error(line: 16, mentions: ["« delivery »", "Grossiste national", "niveau 8"]),
      .error(line: 16, mentions: ["« delivery »", "Maraîcher en direct", "niveau 2"])),
    .passes("a created factor no rival offers", kind: "strategy", StrategyExamples.sixFactors),
  ]
}
