import EssorCore

/// A block holds between its kind's `min` and `max` items (items whose category is not
/// counted aside).
struct ItemCount: CanvasCheck {
  static let id = "item-count"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Chaque bloc respecte son nombre d’éléments.",
    en: "Each block keeps to its number of items.")

  static func applies(to kind: CanvasKind) -> Bool {
    kind.blocks.contains { $0.minimum != nil || $0.maximum != nil }
  }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    canvas.kind.blocks.compactMap { block in
      let count = canvas.countedItems(block).count
      if let maximum = block.maximum, count > maximum {
        return finding(
          in: canvas,
          LocalizedText(
            fr: "« \(block.title.fr) » a \(count) éléments ; \(maximum) au plus.",
            en: "“\(block.title.en)” has \(count) items; at most \(maximum)."),
          hint: LocalizedText(
            fr: "gardez l’essentiel : un canevas se lit d’un coup d’œil.",
            en: "keep what matters: a canvas is read at a glance."),
          block: block.id, line: canvas.countedItems(block)[maximum].line)
      }
      if let minimum = block.minimum, count > 0, count < minimum {
        return finding(
          in: canvas,
          LocalizedText(
            fr: "« \(block.title.fr) » a \(count) élément(s) ; \(minimum) au moins.",
            en: "“\(block.title.en)” has \(count) item(s); at least \(minimum)."),
          block: block.id, line: canvas.items(block).first?.line)
      }
      return nil
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "four problems where three at most are allowed", kind: "lean",
      """
      blocks:
        problem: ["Délais", "Prix", "Qualité variable", "Pénurie"]
      """,
      .error(line: 4, mentions: ["« Problème » a 4 éléments", "3 au plus"])),
    .passes(
      "one problem and its alternatives counted aside", kind: "lean",
      """
      blocks:
        problem:
          - "Délais de livraison de 3 semaines"
          - {text: "Achat en supermarché", category: alternative}
          - {text: "Grossiste régional", category: alternative}
          - {text: "Vente à la ferme", category: alternative}
      """),
  ]
}
