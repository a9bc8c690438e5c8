import EssorCore

/// Every beneficiary group has a social value proposition and an impact measure.
struct BeneficiaryOrphans: CanvasCheck {
  static let id = "beneficiary-orphans"
  static let severity = Diagnostic.Severity.error
  static let summary = LocalizedText(
    fr: "Chaque groupe de bénéficiaires a une proposition de valeur sociale et une mesure "
      + "d’impact.",
    en: "Every beneficiary group has a social value proposition and an impact measure.")

  static func applies(to kind: CanvasKind) -> Bool {
    kind.has(.beneficiaries, .socialValue, .impactMeasures)
  }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let block = canvas.kind.block(role: .beneficiaries) else { return [] }
    let social = Set(canvas.items(role: .socialValue).flatMap(\.tags))
    let measured = Set(canvas.items(role: .impactMeasures).flatMap(\.tags))
    return canvas.countedItems(block).compactMap { group in
      guard let id = group.id else {
        return finding(
          in: canvas,
          LocalizedText(
            fr: "le groupe « \(group.text) » n’a pas d’id : aucune mesure ne peut le viser.",
            en: "the group “\(group.text)” has no id: no measure can refer to it."),
          hint: LocalizedText(
            fr: "donnez-lui un id:, puis citez-le dans les tags: de sa proposition de valeur "
              + "sociale et de ses mesures d’impact.",
            en: "give it an id:, then name it in the tags: of its social value proposition "
              + "and impact measures."), block: block.id, line: group.line)
      }
      var missing: [LocalizedText] = []
      if !social.contains(id) {
        missing.append(
          LocalizedText(
            fr: "aucune proposition de valeur sociale", en: "no social value proposition"))
      }
      if !measured.contains(id) {
        missing.append(LocalizedText(fr: "aucune mesure d’impact", en: "no impact measure"))
      }
      guard !missing.isEmpty else { return nil }
      return finding(
        in: canvas,
        LocalizedText(
          fr: "les bénéficiaires « \(id) » sont orphelins : "
            + missing.map(\.fr).joined(separator: " et ") + " ne les cite.",
          en: "the beneficiaries “\(id)” are orphans: "
            + missing.map(\.en).joined(separator: " and ") + " names them."),
        hint: LocalizedText(
          fr: "ajoutez « tags: [\(id)] » à ce qui les concerne.",
          en: "add “tags: [\(id)]” to what concerns them."),
        block: block.id, line: group.line)
    }
  }

  static let examples: [CheckExample] = [
    .triggers(
      "beneficiaries no impact measure names", kind: "ess",
      """
      blocks:
        beneficiaries:
          - {id: jobseekers, text: "Demandeurs d’emploi de longue durée du bassin"}
        social-value:
          - {text: "Un CDI après 18 mois de parcours", tags: [jobseekers]}
      """,
      .error(line: 5, mentions: ["jobseekers"])),
    .passes(
      "every beneficiary group measured", kind: "ess",
      """
      blocks:
        beneficiaries:
          - {id: jobseekers, text: "Demandeurs d’emploi de longue durée du bassin"}
        social-value:
          - {text: "Un CDI après 18 mois de parcours", tags: [jobseekers]}
        impact:
          - {text: "Part des sorties en emploi durable à 6 mois", tags: [jobseekers], category: what}
      """),
  ]
}
