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

  public static let examples = [
    RuleExample("a town with 5 000 € of 45 000 €", breaks: false) { $0 = RuleExample.base(.scic) },
    RuleExample("a town with 60 000 € of 100 000 €", breaks: true) {
      $0 = RuleExample.base(.scic)
      $0.resources[5].amount = Money(euros: 60_000)
    },
  ]
}
