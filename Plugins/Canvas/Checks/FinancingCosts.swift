import EssorCore

/// When the workspace has loans, the costs block names their cost, close to the debt
/// service the loan schedules give (a fact of the Financing tool, used if present).
struct FinancingCosts: CanvasCheck {
  static let id = "financing-costs"
  static let severity = Diagnostic.Severity.warning
  static let summary = LocalizedText(
    fr: "Les coûts comprennent le remboursement des emprunts du plan de financement.",
    en: "Costs include repaying the financing plan's loans.")

  /// How far a stated amount may stray from the debt service of a full year.
  static let tolerance = 0.10

  static func applies(to kind: CanvasKind) -> Bool {
    kind.block(role: .costs)?.category("financing") != nil
  }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    guard let years = context.facts[Facts.Financing.loansDebtService]?.items, !years.isEmpty,
      let block = canvas.kind.block(role: .costs)
    else { return [] }
    // The first and last years of a schedule are usually partial: judge on full years.
    let full = years.count > 2 ? Array(years.dropFirst().dropLast()) : years
    let low = full.map(\.amount).min() ?? .zero
    let high = full.map(\.amount).max() ?? .zero
    let range = LocalizedText(
      fr: MoneyFormat.text(low, .fr) + (low == high ? "" : " à " + MoneyFormat.text(high, .fr)),
      en: MoneyFormat.text(low, .en) + (low == high ? "" : " to " + MoneyFormat.text(high, .en)))
    let financing = canvas.items(block).filter { $0.category == "financing" }
    guard !financing.isEmpty else {
      return [
        finding(
          in: canvas,
          LocalizedText(
            fr: "les emprunts de l’espace coûtent \(range.fr) par an, mais les coûts ne citent "
              + "aucun remboursement d’emprunt.",
            en: "the workspace's loans cost \(range.en) a year, but the costs name no loan "
              + "repayment."),
          hint: LocalizedText(
            fr: "ajoutez un coût « category: financing » avec son montant (amount:).",
            en: "add a cost with “category: financing” and its amount (amount:)."),
          block: block.id)
      ]
    }
    let stated = financing.compactMap(\.amount)
    guard stated.count == financing.count else { return [] }
    let total = stated.reduce(Money.zero, +)
    let floor = low.doubleValue * (1 - tolerance)
    let ceiling = high.doubleValue * (1 + tolerance)
    guard total.doubleValue < floor || total.doubleValue > ceiling else { return [] }
    return [
      finding(
        in: canvas,
        LocalizedText(
          fr: "le coût des emprunts indiqué (\(MoneyFormat.text(total, .fr))) s’écarte de "
            + "l’échéancier (\(range.fr) par an).",
          en: "the stated cost of loans (\(MoneyFormat.text(total, .en))) differs from the "
            + "schedules (\(range.en) a year)."),
        hint: LocalizedText(
          fr: "voyez « essor finance loan » et mettez le canevas à jour.",
          en: "see “essor finance loan” and update the canvas."),
        block: block.id, line: financing.first?.line)
    ]
  }

  static let loans: FactSet = {
    var facts = FactSet()
    facts.set(
      Facts.Financing.loansDebtService,
      Breakdown(
        [("2027", 9_000), ("2028", 24_000), ("2029", 25_000), ("2030", 11_000)].map {
          Breakdown.Item(id: $0.0, label: LocalizedText(verbatim: $0.0), amount: Money(euros: $0.1))
        }))
    return facts
  }()

  static let examples: [CheckExample] = [
    .triggers(
      "loans in the workspace, no loan repayment in the costs", kind: "bmc", facts: loans,
      """
      blocks:
        costs:
          - {text: "Salaires de 14 personnes", category: fixed, amount: 520000}
      """,
      .warning(mentions: ["24 000,00 €", "25 000,00 €"])),
    .triggers(
      "12 000 € of loan costs for a 24 000–25 000 € schedule", kind: "bmc", facts: loans,
      """
      blocks:
        costs:
          - {text: "Remboursement des prêts", category: financing, amount: 12000}
      """,
      .warning(line: 5, mentions: ["12 000,00 €", "24 000,00 €", "25 000,00 €"])),
    .passes(
      "loan costs matching the schedule", kind: "bmc", facts: loans,
      """
      blocks:
        costs:
          - {text: "Remboursement des prêts", category: financing, amount: 24500}
      """),
    .passes(
      "no loan in the workspace", kind: "bmc",
      """
      blocks:
        costs:
          - {text: "Salaires de 14 personnes", category: fixed}
      """),
  ]
}
