import EssorCore

/// An item marked tested or validated says what shows it.
struct HypothesisEvidence: CanvasCheck {
  static let id = "hypothesis-evidence"
  static let severity = Diagnostic.Severity.warning
  static let summary = LocalizedText(
    fr: "Une hypothèse testée ou validée dit sur quoi elle repose.",
    en: "A tested or validated hypothesis says what it rests on.")

  static func applies(to kind: CanvasKind) -> Bool { true }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    canvas.kind.blocks.flatMap { block in
      canvas.items(block).compactMap { item -> BlockDiagnostic? in
        guard let status = item.status, status != .assumed,
          (item.evidence ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        else { return nil }
        return finding(
          in: canvas,
          LocalizedText(
            fr: "« \(item.text) » est marqué \(status.label(.fr)) sans preuve.",
            en: "“\(item.text)” is marked \(status.label(.en)) without evidence."),
          hint: LocalizedText(
            fr: "ajoutez evidence: (entretiens, ventes, lettres d’intention…) ou status: assumed.",
            en: "add evidence: (interviews, sales, letters of intent…) or status: assumed."),
          block: block.id, line: item.line)
      }
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "a segment marked validated with no evidence", kind: "bmc",
      """
      blocks:
        segments:
          - {text: "Cantines scolaires du Lauragais", status: validated}
          - {text: "Épiceries de centre-bourg", status: assumed}
      """,
      .warning(line: 5, mentions: ["Cantines scolaires du Lauragais"])),
    .passes(
      "a validated segment with its evidence", kind: "bmc",
      """
      blocks:
        segments:
          - text: "Cantines scolaires du Lauragais"
            status: validated
            evidence: "12 conventions signées en 2026"
      """),
  ]
}
