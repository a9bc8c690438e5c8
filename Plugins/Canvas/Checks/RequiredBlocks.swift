import EssorCore

/// A required block holds at least one item.
struct RequiredBlocks: CanvasCheck {
  static let id = "required-blocks"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Les blocs obligatoires sont remplis.", en: "Required blocks are filled.")

  static func applies(to kind: CanvasKind) -> Bool { kind.blocks.contains(where: \.required) }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    canvas.kind.blocks.filter { $0.required && canvas.items($0).isEmpty }.map { block in
      finding(
        in: canvas,
        LocalizedText(
          fr: "le bloc « \(block.title.fr) » est vide.",
          en: "the block “\(block.title.en)” is empty."),
        hint: block.questions.first.map {
          LocalizedText(fr: "question : \($0.fr)", en: "question: \($0.en)")
        }, block: block.id)
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "a Lean canvas with an empty tagline", kind: "strategy",
      """
      blocks:
        eliminate: [x]
      """,
      .error(mentions: ["« Accroche »", "vide"])),
    .passes(
      "every required block filled", kind: "strategy",
      """
      blocks:
        tagline: ["Le légume d’ici, prêt à cuisiner"]
      """),
  ]
}
