import EssorCore

/// The opening balance sheet balances.
///
/// What the enterprise owns on the eve of the plan equals what finances it (PCG article
/// 112-2).
public struct OpeningBalanceRule: PlanRule {
  public static let id = "plan.opening-balance"
  public static let title = LocalizedText(
    fr: "Bilan d’ouverture équilibré", en: "Opening balance sheet balances")
  public static let basis = LocalizedText(
    fr: "Bilan d’ouverture (opening-balance)", en: "Opening balance sheet (opening-balance)")
  public static func applies(to form: LegalForm) -> Bool { true }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let gap = plan.openingGap
    let assets = plan.openingAssets
    let liabilities = plan.openingLiabilities
    guard assets > .zero || liabilities > .zero else { return [] }
    let more = gap > .zero
    return [
      RuleResult(
        rule: id, year: 1, passed: gap == .zero, measured: RuleText.money(assets),
        limit: LocalizedText(
          fr: "= " + MoneyFormat.text(liabilities, .fr),
          en: "= " + MoneyFormat.text(liabilities, .en)),
        message: LocalizedText(
          fr:
            "le bilan d’ouverture ne s’équilibre pas : l’actif (\(MoneyFormat.text(assets, .fr)) : trésorerie, immobilisations, dépôts, stock, créances) dépasse \(more ? "de" : "est inférieur de") \(MoneyFormat.text(more ? gap : -gap, .fr)) \(more ? "le" : "au") passif (\(MoneyFormat.text(liabilities, .fr)) : capital, réserves, subventions, emprunts en cours, dettes). Complétez « opening-balance: » (docs/financing-plan.md), et les emprunts en cours avec « existing: true ».",
          en:
            "the opening balance sheet does not balance: assets (\(MoneyFormat.text(assets, .en)): cash, fixed assets, deposits, stock, receivables) are \(MoneyFormat.text(more ? gap : -gap, .en)) \(more ? "above" : "below") liabilities (\(MoneyFormat.text(liabilities, .en)): capital, reserves, grants, running loans, debts). Complete “opening-balance:” (docs/financing-plan.md), and running loans with “existing: true”."
        ),
        location: plan.scenario.opening.location ?? plan.scenario.location)
    ]
  }

  public static let examples: [RuleExample] = [
    .keeps("the base plan's 20 000 € of opening cash are its reserves") { _ in },
    .breaks(
      "5 000 € more cash than capital and reserves account for",
      // Assets: 20 000 + 5 000 = 25 000 € of cash; liabilities: 20 000 € of reserves; the
      // assets are 5 000 € above.
      .error(mentions: ["5 000,00 €", "25 000,00 €", "20 000,00 €"])
    ) {
      $0.openingCash = Money(euros: 25_000)
    },
  ]
}
