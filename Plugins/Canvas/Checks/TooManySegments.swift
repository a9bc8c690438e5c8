import EssorCore

/// More segments than the kind advises: a model that serves everyone serves no one well.
struct TooManySegments: CanvasCheck {
  static let id = "too-many-segments"
  static let severity = Diagnostic.Severity.warning
  static let summary = LocalizedText(
    fr: "Le nombre de segments reste lisible.", en: "The number of segments stays readable.")

  static func applies(to kind: CanvasKind) -> Bool {
    [Role.segments, .beneficiaries].contains { kind.block(role: $0)?.adviseMaximum != nil }
  }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    [Role.segments, .beneficiaries].compactMap { role in
      guard let block = canvas.kind.block(role: role), let advised = block.adviseMaximum
      else { return nil }
      let count = canvas.countedItems(block).count
      guard count > advised else { return nil }
      return finding(
        in: canvas,
        LocalizedText(
          fr: "\(count) éléments dans « \(block.title.fr) » ; au-delà de \(advised), le modèle "
            + "devient difficile à tenir.",
          en: "\(count) items in “\(block.title.en)”; beyond \(advised) the model gets hard to "
            + "run."),
        hint: LocalizedText(
          fr: "regroupez les segments qui ont le même besoin, ou faites un canevas par segment.",
          en: "group segments with the same need, or make one canvas per segment."),
        block: block.id, line: canvas.countedItems(block)[advised].line)
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "two segments where one is advised", kind: "lean",
      """
      blocks:
        segments:
          - "Cantines scolaires du Lauragais"
          - "Épiceries de centre-bourg"
      """,
      .warning(line: 6, mentions: ["2 éléments", "Segments de clientèle", "au-delà de 1"])),
    .passes(
      "one segment", kind: "lean",
      """
      blocks:
        segments:
          - "Cantines scolaires du Lauragais"
          - {text: "Les 4 cantines déjà en bio", category: early-adopter}
      """),
  ]
}
