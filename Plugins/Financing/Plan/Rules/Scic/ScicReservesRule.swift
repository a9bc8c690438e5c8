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
    for f in plan.years where f.netResult > .zero {
      let reserves = f.netResult - f.dividends
      let share = RuleText.ratio(reserves, f.netResult)
      let subsidies = f.operatingGrants + f.grantRelease
      let allowed = Money.max(.zero, f.netResult.applying(Rate(units: 425_000_000_000)) - subsidies)
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

  public static let examples = [
    RuleExample("a SCIC keeping everything in reserves", breaks: false) {
      $0 = RuleExample.base(.scic)
    },
    RuleExample("a SCIC whose statutes put 50 % into reserves", breaks: true) {
      $0 = RuleExample.base(.scic)
      $0.rules.reserves = Located(Rate(units: 500_000_000_000))
    },
    RuleExample("a SCIC paying 50 % as dividends", breaks: true) {
      $0 = RuleExample.base(.scic)
      $0.rules.dividends = Located(Rate(units: 500_000_000_000))
    },
    RuleExample("a SCIC paying 40 % while its result holds subsidies", breaks: true) {
      $0 = RuleExample.base(.scic)
      $0.rules.dividends = Located(Rate(units: 400_000_000_000))
      $0.operations.operatingGrants = Array(repeating: Money(euros: 30_000), count: 5)
    },
  ]
}
