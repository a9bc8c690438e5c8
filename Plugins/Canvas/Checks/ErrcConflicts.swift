import EssorCore

/// A factor takes one action of the ERRC grid: it cannot be both eliminated and raised.
struct ErrcConflicts: CanvasCheck {
  static let id = "errc-conflicts"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Chaque facteur n’a qu’une action dans la grille ERRC.",
    en: "Each factor takes one action in the ERRC grid.")

  static func applies(to kind: CanvasKind) -> Bool {
    kind.curve != nil && Role.errc.filter { kind.block(role: $0) != nil }.count > 1
  }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    var first: [String: BlockSpec] = [:]
    var findings: [BlockDiagnostic] = []
    for role in Role.errc {
      guard let block = canvas.kind.block(role: role) else { continue }
      for item in canvas.items(block) {
        guard let name = item.factor else { continue }
        let key = canvas.curve?.factor(named: name)?.id ?? name.lowercased()
        if let earlier = first[key], earlier.id != block.id {
          findings.append(
            finding(
              in: canvas,
              LocalizedText(
                fr:
                  "« \(name) » est à la fois dans « \(earlier.title.fr) » et « \(block.title.fr) ».",
                en: "“\(name)” is in both “\(earlier.title.en)” and “\(block.title.en)”."),
              hint: LocalizedText(
                fr: "choisissez une seule action pour ce facteur.",
                en: "choose one action for this factor."),
              block: block.id, line: item.line))
        } else if first[key] == nil {
          first[key] = block
        }
      }
    }
    return findings
  }

  static let examples: [CheckExample] = [
    .triggers(
      "packaging both eliminated and raised", kind: "strategy",
      StrategyExamples.sixFactors.replacingOccurrences(
        of: "raise: [freshness, origin]", with: "raise: [freshness, origin, packaging]"),
      .error(line: 15, mentions: ["packaging", "Éliminer", "Renforcer"])),
    .passes("each factor in one ERRC box", kind: "strategy", StrategyExamples.sixFactors),
  ]
}
