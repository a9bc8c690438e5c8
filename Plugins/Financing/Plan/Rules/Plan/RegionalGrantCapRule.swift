import EssorCore

/// A regional grant (Pass Occitanie-type) may not exceed the enterprise's own funds.
public struct RegionalGrantCapRule: PlanRule {
  public static let id = "grant.own-funds"
  public static let title = LocalizedText(
    fr: "Subvention régionale ≤ fonds propres", en: "Regional grant ≤ own funds")
  public static let basis = LocalizedText(
    fr: "Règlement du Pass Occitanie", en: "Pass Occitanie terms")
  public static func applies(to form: LegalForm) -> Bool { true }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    plan.scenario.resources.filter { $0.kind == .investmentGrant && $0.capByOwnFunds }.map {
      grant in
      let year = grant.month / 12 + 1
      let f = plan.years[year - 1]
      // Own funds without the grant itself (the grant may not finance its own ceiling).
      let ownFunds = f.ownFunds - f.grantsNotReleased
      return RuleResult(
        rule: id, year: year, passed: grant.amount <= ownFunds,
        measured: RuleText.money(grant.amount),
        limit: LocalizedText(
          fr: "≤ fonds propres hors subventions (\(MoneyFormat.text(ownFunds, .fr)))",
          en: "≤ own funds without grants (\(MoneyFormat.text(ownFunds, .en)))"),
        message: LocalizedText(
          fr:
            "« \(grant.label) » (\(MoneyFormat.text(grant.amount, .fr))) dépasse les fonds propres de l’\(RuleText.year(plan, year).fr) (\(MoneyFormat.text(ownFunds, .fr))) : la Région la plafonnerait.",
          en:
            "“\(grant.label)” (\(MoneyFormat.text(grant.amount, .en))) exceeds the own funds of \(RuleText.year(plan, year).en) (\(MoneyFormat.text(ownFunds, .en))): the Région would cap it."
        ),
        location: grant.location ?? plan.scenario.location)
    }
  }

  public static let examples: [RuleExample] = [
    .keeps("a 10 000 € regional grant for 40 000 € of capital") {
      $0.resources[4].capByOwnFunds = true
    },
    .breaks(
      "a 120 000 € regional grant for 40 000 € of capital",
      // The grant (120 000 €) is above the year-1 own funds, 100 058,16 € (40 000 € of
      // capital, 20 000 € of reserves, the year's result and the grant not yet released).
      .error(mentions: ["année 1 (2027)", "Subvention", "120 000,00 €", "100 058,16 €"])
    ) {
      $0.resources[4].capByOwnFunds = true
      $0.resources[4].amount = Money(euros: 120_000)
    },
  ]
}
