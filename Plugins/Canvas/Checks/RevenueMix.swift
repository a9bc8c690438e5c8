import EssorCore

/// The shares of the revenue mix add up to 100 %, when shares are given.
struct RevenueMix: CanvasCheck {
  static let id = "revenue-mix"
  static let severity = Diagnostic.Severity.warning
  static let summary = LocalizedText(
    fr: "Les parts du mix de revenus font 100 % (à 0,1 point près).",
    en: "The revenue mix's shares add up to 100% (within 0.1 point).")

  /// Rounded shares (3 × 33.33 %) may miss 100 % by this much.
  static let tolerance = Rate(units: Rate.scale / 1000)

  static func applies(to kind: CanvasKind) -> Bool { kind.has(.revenues) }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let block = canvas.kind.block(role: .revenues) else { return [] }
    let items = canvas.items(block)
    let shared = items.filter { $0.share != nil }
    guard !shared.isEmpty else { return [] }
    if let unshared = items.first(where: { $0.share == nil }) {
      return [
        finding(
          in: canvas,
          LocalizedText(
            fr: "« \(unshared.text) » n’a pas de part alors que d’autres revenus en ont.",
            en: "“\(unshared.text)” has no share while other revenue streams do."),
          hint: LocalizedText(
            fr: "donnez une part (share: 10%) à chaque revenu.",
            en: "give every revenue stream a share (share: 10%)."),
          block: block.id, line: unshared.line)
      ]
    }
    let total = shared.reduce(Int64(0)) { $0 + ($1.share?.units ?? 0) }
    guard abs(total - Rate.scale) > tolerance.units else { return [] }
    let sum = Rate(units: total)
    return [
      finding(
        in: canvas,
        LocalizedText(
          fr: "les parts du mix de revenus font \(sum.percentText(.fr)), pas 100 %.",
          en: "the revenue mix's shares add up to \(sum.percentText(.en)), not 100%."),
        hint: LocalizedText(
          fr: "corrigez les parts (share:) pour qu’elles fassent 100 %.",
          en: "correct the shares (share:) so they add up to 100%."),
        block: block.id, line: shared.first?.line)
    ]
  }

  static let examples: [CheckExample] = [
    .triggers(
      "an ESS revenue mix adding up to 90 %", kind: "ess",
      """
      blocks:
        revenues:
          - {text: "Vente de légumes épluchés", category: sales, share: 60%}
          - {text: "Marché public du Département", category: public-contracts, share: 30%}
      """,
      .warning(line: 5, mentions: ["90 %", "100 %"])),
    .passes(
      "three thirds of 33.33 %", kind: "bmc",
      """
      blocks:
        revenues:
          - {text: "Abonnement des cantines", share: 33.33%}
          - {text: "Vente au kilo", share: 33.33%}
          - {text: "Forfait livraison", share: 33.33%}
      """),
    .passes(
      "an ESS revenue mix adding up to 100 %", kind: "ess",
      """
      blocks:
        revenues:
          - {text: "Vente de légumes épluchés", category: sales, share: 62.5%}
          - {text: "Marché public du Département", category: public-contracts, share: 37.5%}
      """),
  ]
}
