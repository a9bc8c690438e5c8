import EssorCore

/// SCIC: public bodies together hold at most 50 % of the capital (loi 2014-856).
public struct ScicPublicBodiesRule: PlanRule {
  public static let id = "scic.public-bodies"
  public static let title = LocalizedText(
    fr: "Collectivités publiques ≤ 50 % du capital", en: "Public bodies ≤ 50% of capital")
  public static let basis = LocalizedText(
    fr: "Loi 1947 art. 19 septies (loi 2014-856)",
    en: "Art. 19 septies of the 1947 law (loi 2014-856)")
  public static func applies(to form: LegalForm) -> Bool { form == .scic }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    plan.years.map { f in
      let share = RuleText.ratio(f.publicBodyCapital, f.capital)
      return RuleResult(
        rule: id, year: f.year, passed: share <= 0.5, measured: RuleText.percent(share),
        limit: LocalizedText(fr: "≤ 50 %", en: "≤ 50%"),
        message: LocalizedText(
          fr:
            "\(RuleText.year(plan, f.year).fr) : les collectivités détiennent \(MoneyFormat.text(f.publicBodyCapital, .fr)) sur \(MoneyFormat.text(f.capital, .fr)), soit \(RuleText.percent(share).fr) (plus de 50 %).",
          en:
            "\(RuleText.year(plan, f.year).en): public bodies hold \(MoneyFormat.text(f.publicBodyCapital, .en)) of \(MoneyFormat.text(f.capital, .en)), \(RuleText.percent(share).en) (over 50%)."
        ),
        location: plan.scenario.resources.first { $0.publicBody }?.location
          ?? plan.scenario.location)
    }
  }

  public static let examples: [RuleExample] = [
    .keeps("a town with 5 000 € of 45 000 €") { $0 = RuleExample.base(.scic) },
    .breaks(
      "a town with 60 000 € of 100 000 €",
      // A SCIC: 30 000 + 10 000 + 60 000 + 4 000 € of worker contributions a year and no
      // participation into shares: 104 000 € in year 1 (60 000 / 104 000 = 57,7 %), then
      // 108 000 (55,6 %), 112 000 (53,6 %), 116 000 (51,7 %); 120 000 in year 5 is exactly 50 %.
      .error(mentions: ["année 1 (2027)", "60 000,00 €", "104 000,00 €", "57,7 %", "50 %"]),
      .error(mentions: ["année 2 (2028)", "60 000,00 €", "108 000,00 €", "55,6 %", "50 %"]),
      .error(mentions: ["année 3 (2029)", "60 000,00 €", "112 000,00 €", "53,6 %", "50 %"]),
      .error(mentions: ["année 4 (2030)", "60 000,00 €", "116 000,00 €", "51,7 %", "50 %"])
    ) {
      $0 = RuleExample.base(.scic)
      $0.resources[5].amount = Money(euros: 60_000)
    },
  ]
}
