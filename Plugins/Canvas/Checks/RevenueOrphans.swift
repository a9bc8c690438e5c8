import EssorCore

/// A revenue stream comes from a segment (or funder) paying for a value proposition.
struct RevenueOrphans: CanvasCheck {
  static let id = "revenue-orphans"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Chaque revenu vient d’un segment qui paie une proposition de valeur.",
    en: "Every revenue stream comes from a segment paying for a value proposition.")

  static func applies(to kind: CanvasKind) -> Bool {
    kind.has(.revenues, .segments, .valuePropositions)
  }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let block = canvas.kind.block(role: .revenues) else { return [] }
    let payers = canvas.ids(of: [.segments, .beneficiaries])
    let offers = canvas.ids(of: [.valuePropositions, .socialValue])
    return canvas.items(block).compactMap { revenue in
      var missing: [LocalizedText] = []
      if !revenue.tags.contains(where: payers.contains) {
        missing.append(LocalizedText(fr: "un segment qui paie", en: "a paying segment"))
      }
      if !revenue.tags.contains(where: offers.contains) {
        missing.append(LocalizedText(fr: "une proposition de valeur", en: "a value proposition"))
      }
      guard !missing.isEmpty else { return nil }
      return finding(
        in: canvas,
        LocalizedText(
          fr: "le revenu « \(revenue.text) » ne cite pas "
            + missing.map(\.fr).joined(separator: " ni ") + ".",
          en: "the revenue stream “\(revenue.text)” names no "
            + missing.map { $0.en.replacingPrefix("a ", with: "") }.joined(separator: " and no ")
            + "."),
        hint: LocalizedText(
          fr: "dans ses tags:, citez l’id du segment qui paie et celui de ce qu’il paie.",
          en: "in its tags:, name the id of the segment that pays and of what it pays for."),
        block: block.id, line: revenue.line)
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "two revenues naming neither what is sold nor to whom", kind: "bmc",
      """
      blocks:
        segments: [{id: canteens, text: "Cantines scolaires"}]
        value-propositions: [{id: ready, text: "Légumes prêts à cuisiner", tags: [canteens]}]
        revenues:
          - {text: "Vente au kilo", tags: [canteens]}
          - "Abonnement annuel"
          - {text: "Forfait livraison", tags: [canteens, ready]}
      """,
      .error(line: 7, mentions: ["« Vente au kilo »", "proposition de valeur"]),
      .error(line: 8, mentions: ["« Abonnement annuel »", "segment qui paie"])),
    .passes(
      "every revenue names a payer and a proposition", kind: "ess",
      """
      blocks:
        beneficiaries: [{id: children, text: "Enfants des écoles du territoire"}]
        customers: [{id: region, text: "Région Occitanie (fonds agricole)"}]
        social-value: [{id: organic, text: "Repas bio locaux pour les enfants", tags: [children]}]
        value-propositions: [{id: ready, text: "Légumes prêts à cuisiner"}]
        revenues:
          - {text: "Subvention d’investissement", tags: [region, organic], category: grants}
      """),
  ]
}

extension String {
  func replacingPrefix(_ prefix: String, with replacement: String) -> String {
    hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
  }
}
