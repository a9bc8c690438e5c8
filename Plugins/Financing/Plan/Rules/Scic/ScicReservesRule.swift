import EssorCore

/// SCIC: at least 57.5 % of the result to impartageable reserves (15 % legal + 50 % of the
/// rest); interest on shares at most 42.5 % of the result minus public subsidies.
public struct ScicReservesRule: PlanRule {
  public static let id = "scic.reserves"
  public static let title = LocalizedText(
    fr: "Réserves impartageables ≥ 57,5 % ; dividendes ≤ 42,5 % − subventions",
    en: "Impartageable reserves ≥ 57.5%; dividends ≤ 42.5% − subsidies")
  public static let basis = LocalizedText(
    fr: "Loi 1947 titre II ter (SCIC), art. 19 nonies",
    en: "1947 law, title II ter (SCIC), art. 19 nonies")
  public static func applies(to form: LegalForm) -> Bool { form == .scic }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let settings = plan.scenario.rules
    let location =
      settings.reserves.location ?? settings.dividends.location ?? plan.scenario.location
    let reservesRate = settings.reserves.value
    var results = [
      RuleResult(
        rule: id, year: nil,
        passed: reservesRate.units >= 575_000_000_000
          && reservesRate.units + settings.dividends.value.units <= Rate.scale,
        measured: RuleText.rate(reservesRate),
        limit: LocalizedText(
          fr: "réserves ≥ 57,5 % et réserves + dividendes ≤ 100 %",
          en: "reserves ≥ 57.5% and reserves + dividends ≤ 100%"),
        message: LocalizedText(
          fr:
            "les statuts mettent \(reservesRate.percentText(.fr)) en réserves impartageables et versent \(settings.dividends.value.percentText(.fr)) de dividendes : une SCIC met au moins 57,5 % en réserves, et les deux ne peuvent dépasser 100 %.",
          en:
            "the statutes put \(reservesRate.percentText(.en)) into impartageable reserves and pay \(settings.dividends.value.percentText(.en)) of dividends: a SCIC puts at least 57.5% into reserves, and the two cannot exceed 100%."
        ),
        location: settings.reserves.location ?? location),
      RuleResult(
        rule: id, year: nil, passed: settings.dividends.value.units <= 425_000_000_000,
        measured: RuleText.rate(settings.dividends.value),
        limit: LocalizedText(fr: "dividendes ≤ 42,5 %", en: "dividends ≤ 42.5%"),
        message: LocalizedText(
          fr:
            "les statuts versent \(settings.dividends.value.percentText(.fr)) du résultat en dividendes : au plus 42,5 % dans une SCIC.",
          en:
            "the statutes pay \(settings.dividends.value.percentText(.en)) of the result as dividends: at most 42.5% in a SCIC."
        ),
        location: location),
    ]
    // Past losses absorbed by the result are not reserves: the shares are of what is left
    // to allocate, and only the legal reserve and the statutory reserves count as reserves.
    for f in plan.years where f.netResult - f.lossesAbsorbed > .zero {
      let distributable = f.netResult - f.lossesAbsorbed
      let reserves = f.legalReserve + f.otherReserves
      let share = RuleText.ratio(reserves, distributable)
      let subsidies = f.operatingGrants + f.grantRelease
      let allowed = Money.max(
        .zero, distributable.applying(Rate(units: 425_000_000_000)) - subsidies)
      results.append(
        RuleResult(
          rule: id, year: f.year, passed: share >= 0.575 && f.dividends <= allowed,
          measured: RuleText.percent(share),
          limit: LocalizedText(
            fr: "réserves ≥ 57,5 %, dividendes ≤ \(MoneyFormat.text(allowed, .fr))",
            en: "reserves ≥ 57.5%, dividends ≤ \(MoneyFormat.text(allowed, .en))"),
          message: LocalizedText(
            fr:
              "\(RuleText.year(plan, f.year).fr) : \(MoneyFormat.text(reserves, .fr)) en réserves (\(RuleText.percent(share).fr)) et \(MoneyFormat.text(f.dividends, .fr)) de dividendes ; au plus \(MoneyFormat.text(allowed, .fr)) peuvent rémunérer les parts (42,5 % du résultat moins \(MoneyFormat.text(subsidies, .fr)) de subventions).",
            en:
              "\(RuleText.year(plan, f.year).en): \(MoneyFormat.text(reserves, .en)) in reserves (\(RuleText.percent(share).en)) and \(MoneyFormat.text(f.dividends, .en)) of dividends; at most \(MoneyFormat.text(allowed, .en)) may pay the shares (42.5% of the result minus \(MoneyFormat.text(subsidies, .en)) of subsidies)."
          ),
          location: location))
    }
    return results
  }

  public static let examples: [RuleExample] = [
    .keeps("a SCIC keeping everything in reserves") {
      $0 = RuleExample.base(.scic)
    },
    .breaks(
      "a SCIC whose statutes put 50 % into reserves",
      // 57,5 % is the SCIC's legal minimum into impartageable reserves (15 % legal reserve and
      // 50 % of the rest: 15 + 0,5 × 85).
      .error(mentions: ["50 %", "57,5 %", "100 %"])
    ) {
      $0 = RuleExample.base(.scic)
      $0.rules.reserves = Located(Rate(units: 500_000_000_000))
    },
    .breaks(
      "a SCIC paying 50 % as dividends",
      .error(mentions: ["80 %", "50 %", "57,5 %", "100 %"]),
      .error(mentions: ["50 %", "42,5 %"]),
      .error(mentions: [
        "année 1 (2027)", "22 937,81 €", "50,0 %", "22 937,82 €", "17 497,14 €", "42,5 %",
        "2 000,00 €",
      ]),
      .error(mentions: [
        "année 2 (2028)", "23 090,22 €", "50,0 %", "17 626,69 €", "42,5 %", "2 000,00 €",
      ]),
      .error(mentions: [
        "année 3 (2029)", "23 421,20 €", "50,0 %", "23 421,21 €", "17 908,02 €", "42,5 %",
        "2 000,00 €",
      ]),
      .error(mentions: [
        "année 4 (2030)", "23 765,06 €", "50,0 %", "23 765,07 €", "18 200,31 €", "42,5 %",
        "2 000,00 €",
      ]),
      .error(mentions: [
        "année 5 (2031)", "24 121,99 €", "50,0 %", "18 503,69 €", "42,5 %", "2 000,00 €",
      ])
    ) {
      $0 = RuleExample.base(.scic)
      $0.rules.dividends = Located(Rate(units: 500_000_000_000))
    },
    .breaks(
      "a SCIC paying 40 % while its result holds subsidies",
      .error(mentions: ["80 %", "40 %", "57,5 %", "100 %"]),
      .error(mentions: [
        "année 1 (2027)", "44 792,28 €", "60,0 %", "29 861,52 €", "0,00 €", "42,5 %", "32 000,00 €",
      ]),
      .error(mentions: [
        "année 2 (2028)", "44 978,18 €", "60,0 %", "29 985,46 €", "0,00 €", "42,5 %", "32 000,00 €",
      ]),
      .error(mentions: [
        "année 3 (2029)", "45 381,91 €", "60,0 %", "30 254,60 €", "145,52 €", "42,5 %",
        "32 000,00 €",
      ]),
      .error(mentions: [
        "année 4 (2030)", "45 801,35 €", "60,0 %", "30 534,23 €", "442,62 €", "42,5 %",
        "32 000,00 €",
      ]),
      .error(mentions: [
        "année 5 (2031)", "46 236,71 €", "60,0 %", "30 824,48 €", "751,01 €", "42,5 %",
        "32 000,00 €",
      ])
    ) {
      $0 = RuleExample.base(.scic)
      $0.rules.dividends = Located(Rate(units: 400_000_000_000))
      $0.operations.operatingGrants = Array(repeating: Money(euros: 30_000), count: 5)
    },
  ]
}
