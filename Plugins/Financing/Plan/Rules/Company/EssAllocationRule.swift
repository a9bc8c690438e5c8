import EssorCore

/// An ESS commercial company keeps at least half of its profit (after past losses) in
/// reserves and retained earnings, at least 20 % of it in a development reserve.
///
/// Source: article 1 of loi 2014-856 (ESS law), II 2°.
public struct EssAllocationRule: PlanRule {
  public static let id = "ess.allocation"
  public static let title = LocalizedText(
    fr: "ESS : ≥ 50 % des bénéfices en réserves, dont ≥ 20 % en réserve de développement",
    en: "ESS: ≥ 50% of profits kept in reserves, ≥ 20% in a development reserve")
  public static let basis = LocalizedText(
    fr: "Loi 2014-856 art. 1", en: "Art. 1 of loi 2014-856")
  public static func applies(to form: LegalForm) -> Bool { form == .sasEss }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let dividends = plan.scenario.rules.dividends
    var results = [
      RuleResult(
        rule: id, year: nil, passed: dividends.value.units <= 500_000_000_000,
        measured: RuleText.rate(dividends.value), limit: LocalizedText(fr: "≤ 50 %", en: "≤ 50%"),
        message: LocalizedText(
          fr:
            "les statuts distribuent \(dividends.value.percentText(.fr)) des bénéfices : une entreprise de l’ESS en garde au moins 50 % en réserves.",
          en:
            "the statutes distribute \(dividends.value.percentText(.en)) of the profits: an ESS company keeps at least 50% in reserves."
        ),
        location: dividends.location ?? plan.scenario.location)
    ]
    for f in plan.years where f.netResult - f.lossesAbsorbed > .zero {
      let profit = f.netResult - f.lossesAbsorbed
      let kept = RuleText.ratio(f.legalReserve + f.otherReserves, profit)
      let development = RuleText.ratio(f.otherReserves, profit)
      results.append(
        RuleResult(
          rule: id, year: f.year, passed: kept >= 0.5 && development >= 0.2,
          measured: RuleText.percent(kept),
          limit: LocalizedText(
            fr: "≥ 50 % en réserves, dont ≥ 20 % en développement",
            en: "≥ 50% in reserves, ≥ 20% for development"),
          message: LocalizedText(
            fr:
              "\(RuleText.year(plan, f.year).fr) : \(RuleText.percent(kept).fr) du bénéfice de \(MoneyFormat.text(profit, .fr)) reste en réserves, dont \(RuleText.percent(development).fr) en réserve de développement.",
            en:
              "\(RuleText.year(plan, f.year).en): \(RuleText.percent(kept).en) of the \(MoneyFormat.text(profit, .en)) profit stays in reserves, \(RuleText.percent(development).en) of it for development."
          ),
          location: dividends.location ?? plan.scenario.location))
    }
    return results
  }

  public static let examples: [RuleExample] = [
    .keeps("an ESS company distributing 20 %") {
      $0 = RuleExample.base(.sasEss)
      $0.rules.dividends = Located(Rate(units: 200_000_000_000))
    },
    .breaks(
      "an ESS company distributing 60 %",
      .error(mentions: ["60 %", "50 %"]),
      .error(mentions: ["année 1 (2027)", "40,0 %", "41 692,61 €", "35,0 %"]),
      .error(mentions: ["année 2 (2028)", "40,0 %", "41 941,39 €", "35,0 %"]),
      .error(mentions: ["année 3 (2029)", "40,0 %", "42 481,67 €", "37,6 %"]),
      .error(mentions: ["année 4 (2030)", "40,0 %", "43 042,98 €", "39,1 %"]),
      .error(mentions: ["année 5 (2031)", "40,0 %", "43 625,60 €", "39,1 %"])
    ) {
      $0 = RuleExample.base(.sasEss)
      $0.rules.dividends = Located(Rate(units: 600_000_000_000))
    },
  ]
}
