import EssorCore

/// The tagline is one short sentence.
struct TaglineLength: CanvasCheck {
  static let id = "tagline"
  static let severity = Diagnostic.Severity.warning
  static let summary = LocalizedText(
    fr: "L’accroche tient en 12 mots au plus.", en: "The tagline fits in 12 words at most.")

  static let maximumWords = 12

  static func applies(to kind: CanvasKind) -> Bool { kind.has(.tagline) }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    canvas.items(role: .tagline).compactMap { item in
      // Punctuation standing alone (French “ : ” or “ ! ”) is not a word.
      let words = item.text.split(whereSeparator: \.isWhitespace).filter {
        $0.contains { $0.isLetter || $0.isNumber }
      }.count
      guard words > maximumWords else { return nil }
      return finding(
        in: canvas,
        LocalizedText(
          fr: "l’accroche fait \(words) mots ; \(maximumWords) au plus.",
          en: "the tagline has \(words) words; \(maximumWords) at most."),
        hint: LocalizedText(
          fr: "une phrase qu’un financeur peut répéter : ce que vous faites, pour qui.",
          en: "one line a funder can repeat: what you do, for whom."),
        block: canvas.kind.block(role: .tagline)?.id, line: item.line)
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "a 16-word tagline", kind: "strategy",
      """
      blocks:
        tagline:
          - "Nous transformons chaque matin les légumes des fermes voisines pour que les \
      cantines servent du local"
      """,
      .warning(line: 5, mentions: ["16 mots", "12 au plus"])),
    .passes(
      "a six-word tagline", kind: "strategy",
      """
      blocks:
        tagline: ["Le légume d’ici, prêt à cuisiner"]
      """),
    .passes(
      "another tagline within 12 words", kind: "strategy",
      """
      blocks:
        tagline:
          - "Des fenêtres en bois d’ici : fabriquées et entretenues par leurs associés !"
      """),
  ]
}
