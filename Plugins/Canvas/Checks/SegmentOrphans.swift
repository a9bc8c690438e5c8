import EssorCore

/// Every segment is served by a value proposition and reached by a channel.
struct SegmentOrphans: CanvasCheck {
  static let id = "segment-orphans"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Chaque segment a une proposition de valeur et un canal.",
    en: "Every segment has a value proposition and a channel.")

  static func applies(to kind: CanvasKind) -> Bool {
    kind.has(.segments, .valuePropositions, .channels)
  }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let block = canvas.kind.block(role: .segments) else { return [] }
    let propositions = Set(canvas.items(role: .valuePropositions).flatMap(\.tags))
    let channels = Set(canvas.items(role: .channels).flatMap(\.tags))
    return canvas.countedItems(block).compactMap { segment in
      guard let id = segment.id else {
        return finding(
          in: canvas,
          LocalizedText(
            fr: "le segment « \(segment.text) » n’a pas d’id : rien ne peut le servir.",
            en: "the segment “\(segment.text)” has no id: nothing can serve it."),
          hint: LocalizedText(
            fr: "donnez-lui un id:, puis citez-le dans les tags: de ses propositions de valeur "
              + "et de ses canaux.",
            en: "give it an id:, then name it in the tags: of its value propositions and "
              + "channels."), block: block.id, line: segment.line)
      }
      var missing: [LocalizedText] = []
      if !propositions.contains(id) {
        missing.append(
          LocalizedText(fr: "aucune proposition de valeur", en: "no value proposition"))
      }
      if !channels.contains(id) {
        missing.append(LocalizedText(fr: "aucun canal", en: "no channel"))
      }
      guard !missing.isEmpty else { return nil }
      return finding(
        in: canvas,
        LocalizedText(
          fr: "le segment « \(id) » est orphelin : "
            + missing.map(\.fr).joined(separator: " et ") + " ne le cite.",
          en: "the segment “\(id)” is an orphan: "
            + missing.map(\.en).joined(separator: " and ") + " names it."),
        hint: LocalizedText(
          fr: "ajoutez « tags: [\(id)] » à ce qui le sert, ou retirez le segment.",
          en: "add “tags: [\(id)]” to what serves it, or remove the segment."),
        block: block.id, line: segment.line)
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "a segment with no value proposition, another with no id", kind: "bmc",
      """
      blocks:
        segments:
          - {id: canteens, text: "Cantines scolaires du Lauragais"}
          - {id: shops, text: "Épiceries de centre-bourg"}
          - "Restaurants d’entreprise"
        value-propositions:
          - {text: "Légumes épluchés livrés avant 8 h", tags: [canteens]}
        channels:
          - {text: "Tournée de livraison", tags: [canteens, shops]}
      """,
      .error(line: 6, mentions: ["« shops »", "aucune proposition de valeur"]),
      .error(line: 7, mentions: ["« Restaurants d’entreprise »", "pas d’id"])),
    .passes(
      "the one segment served and reached", kind: "bmc",
      """
      blocks:
        segments:
          - {id: canteens, text: "Cantines scolaires du Lauragais"}
        value-propositions:
          - {text: "Légumes épluchés livrés avant 8 h", tags: [canteens]}
        channels:
          - {text: "Tournée de livraison", tags: [canteens]}
      """),
  ]
}
