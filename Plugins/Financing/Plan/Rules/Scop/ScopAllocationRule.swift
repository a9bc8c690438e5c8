import EssorCore

/// SCOP surplus allocation: part travail ≥ 25 %, dividends ≤ part travail and ≤ what goes
/// to reserves, the statutory shares within 100 %.
///
/// The 15 % legal reserve (until it equals the highest capital) is applied by the engine.
/// Source: article 33 of loi 78-763.
public struct ScopAllocationRule: PlanRule {
  public static let id = "scop.allocation"
  public static let title = LocalizedText(
    fr: "Répartition : part travail ≥ 25 %, dividendes ≤ part travail et ≤ réserves",
    en: "Allocation: part travail ≥ 25%, dividends ≤ part travail and ≤ reserves")
  public static let basis = LocalizedText(
    fr: "Art. 33 loi 78-763", en: "Art. 33 of loi 78-763")
  public static func applies(to form: LegalForm) -> Bool { RuleText.isSCOP(form) }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let rules = plan.scenario.rules
    let work = rules.partTravail.value
    let dividends = rules.dividends.value
    var results = [
      RuleResult(
        rule: id, year: nil, passed: work.units >= 250_000_000_000,
        measured: RuleText.rate(work),
        limit: LocalizedText(fr: "part travail ≥ 25 %", en: "part travail ≥ 25%"),
        message: LocalizedText(
          fr:
            "la part travail des statuts (\(work.percentText(.fr))) est sous le minimum légal de 25 %.",
          en:
            "the statutory part travail (\(work.percentText(.en))) is below the legal minimum of 25%."
        ),
        location: rules.partTravail.location ?? plan.scenario.location),
      RuleResult(
        rule: id, year: nil, passed: work.units + dividends.units + 150_000_000_000 <= Rate.scale,
        measured: RuleText.rate(work + dividends + Rate(units: 150_000_000_000)),
        limit: LocalizedText(
          fr: "part travail + dividendes + 15 % ≤ 100 %",
          en: "part travail + dividends + 15% ≤ 100%"),
        message: LocalizedText(
          fr:
            "part travail \(work.percentText(.fr)) + dividendes \(dividends.percentText(.fr)) + réserve légale 15 % dépassent 100 %.",
          en:
            "part travail \(work.percentText(.en)) + dividends \(dividends.percentText(.en)) + legal reserve 15% exceed 100%."
        ),
        location: rules.dividends.location ?? plan.scenario.location),
    ]
    for f in plan.years where f.netResult > .zero {
      let reserves = f.legalReserve + f.otherReserves
      results.append(
        RuleResult(
          rule: id, year: f.year, passed: f.dividends <= f.participation && f.dividends <= reserves,
          measured: RuleText.money(f.dividends),
          limit: LocalizedText(
            fr:
              "≤ part travail (\(MoneyFormat.text(f.participation, .fr))) et ≤ réserves (\(MoneyFormat.text(reserves, .fr)))",
            en:
              "≤ part travail (\(MoneyFormat.text(f.participation, .en))) and ≤ reserves (\(MoneyFormat.text(reserves, .en)))"
          ),
          message: LocalizedText(
            fr:
              "\(RuleText.year(plan, f.year).fr) : \(MoneyFormat.text(f.dividends, .fr)) de dividendes pour \(MoneyFormat.text(f.participation, .fr)) de part travail et \(MoneyFormat.text(reserves, .fr)) mis en réserves : les dividendes ne peuvent dépasser ni l’un ni l’autre.",
            en:
              "\(RuleText.year(plan, f.year).en): \(MoneyFormat.text(f.dividends, .en)) of dividends for \(MoneyFormat.text(f.participation, .en)) of part travail and \(MoneyFormat.text(reserves, .en)) put in reserves: dividends may exceed neither."
          ),
          location: rules.dividends.location ?? plan.scenario.location))
    }
    return results
  }

  public static let examples: [RuleExample] = [
    .keeps("45 % part travail, 2 % dividends") { _ in },
    .breaks(
      "a 20 % part travail",
      .error(mentions: ["20 %", "25 %"])
    ) {
      $0.rules.partTravail = Located(Rate(units: 200_000_000_000))
    },
    .breaks(
      "30 % part travail and 40 % dividends",
      // Each year: dividends 40 % of the distributable result, part travail 30 %, reserves the
      // other 30 %; year 1: 17 773,80 / 0,4 = 44 434,50 €, × 0,3 = 13 330,35 € (reserves take
      // the rounding cent, 13 330,36 €).
      .error(mentions: ["année 1 (2027)", "17 773,80 €", "13 330,35 €", "13 330,36 €"]),
      .error(mentions: ["année 2 (2028)", "17 891,90 €", "13 418,93 €", "13 418,92 €"]),
      .error(mentions: ["année 3 (2029)", "18 148,37 €", "13 611,28 €", "13 611,27 €"]),
      .error(mentions: ["année 4 (2030)", "18 414,82 €", "13 811,11 €"]),
      .error(mentions: ["année 5 (2031)", "18 691,38 €", "14 018,54 €"])
    ) {
      $0.rules.partTravail = Located(Rate(units: 300_000_000_000))
      $0.rules.dividends = Located(Rate(units: 400_000_000_000))
    },
    .breaks(
      "dividends above what goes to reserves after tax",
      .error(mentions: ["année 1 (2027)", "17 605,99 €", "18 057,43 €", "9 480,15 €"]),
      .error(mentions: ["année 2 (2028)", "17 722,97 €", "18 177,41 €", "9 543,14 €"]),
      .error(mentions: ["année 3 (2029)", "17 977,02 €", "18 437,97 €", "9 679,93 €"]),
      .error(mentions: ["année 4 (2030)", "18 240,95 €", "18 708,67 €", "9 822,05 €"]),
      .error(mentions: ["année 5 (2031)", "18 514,91 €", "18 989,65 €", "9 969,57 €"])
    ) {
      $0.rules.partTravail = Located(Rate(units: 400_000_000_000))
      $0.rules.dividends = Located(Rate(units: 390_000_000_000))
    },
  ]
}
