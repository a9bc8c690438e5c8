import EssorCore

/// Interest paid on shares ≤ the mean of the six half-yearly TMO of the three years before
/// the general meeting, plus 2 points.
///
/// Source: article 14 of the 1947 law (loi 2016-1691), décret 2017-446.
public struct ShareInterestCapRule: PlanRule {
  public static let id = "coop.share-interest"
  public static let title = LocalizedText(
    fr: "Intérêt des parts ≤ moyenne TMO 3 ans + 2 points",
    en: "Interest on shares ≤ 3-year mean TMO + 2 points")
  public static let basis = LocalizedText(
    fr: "Art. 14 loi 1947 (loi 2016-1691), décret 2017-446",
    en: "Art. 14 of the 1947 law (loi 2016-1691), décret 2017-446")
  public static func applies(to form: LegalForm) -> Bool { RuleText.isCooperative(form) }

  /// A meeting whose cap rests on TMO older than the three years before it gets a warning
  /// (or the error, when over the cap) that says so: the check is only as good as the series
  /// (`templates/parameters/tmo.yaml`, dated).
  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let parameters = plan.scenario.parameters
    let known = parameters.tmo.keys.sorted().last ?? "—"
    let asOf = parameters.tmoAsOf.map { ($0.description, $0.description) }
    return plan.years.compactMap { f in
      guard f.dividends > .zero, f.capital > .zero else { return nil }
      let agm = plan.scenario.firstMonth(ofYear: f.year + 1).adding(months: 5).year
      guard let cap = parameters.shareInterestCap(agmYear: agm) else { return nil }
      let paid = RuleText.ratio(f.dividends, f.capital)
      let allowed = f.capital.applying(cap.cap)
      let within = f.dividends <= allowed
      let basis = "TMO \(cap.basisYears.lowerBound)–\(cap.basisYears.upperBound)"
      var message = LocalizedText(
        fr:
          "\(RuleText.year(plan, f.year).fr) : \(MoneyFormat.text(f.dividends, .fr)) de dividendes (intérêts aux parts) sur \(MoneyFormat.text(f.capital, .fr)) de capital, soit \(RuleText.percent(paid).fr) ; le plafond de l’AG \(agm) est \(RuleText.shortRate(cap.cap).fr) (\(MoneyFormat.text(allowed, .fr))).",
        en:
          "\(RuleText.year(plan, f.year).en): \(MoneyFormat.text(f.dividends, .en)) of dividends (interest on shares) on \(MoneyFormat.text(f.capital, .en)) of capital, \(RuleText.percent(paid).en); the cap for the \(agm) meeting is \(RuleText.shortRate(cap.cap).en) (\(MoneyFormat.text(allowed, .en)))."
      )
      if !within {
        // What to change, on the key the scenario has: rules.dividends, or the capital.
        let rate = plan.scenario.rules.dividends.value.fraction
        let most = rate * Double(allowed.cents) / Double(f.dividends.cents)
        let floor = (most * 1000).rounded(.down) / 1000
        let needed = Money(roundingEuros: f.dividends.doubleValue / cap.cap.fraction)
        message =
          message
          + LocalizedText(
            fr:
              " Ce sont les dividendes de rules.dividends (\(RuleText.percent(rate).fr) de l’excédent) qui rémunèrent les parts. → Ramenez rules.dividends à \(RuleText.percent(floor).fr) au plus, ou portez le capital à \(MoneyFormat.text(needed, .fr)).",
            en:
              " The dividends of rules.dividends (\(RuleText.percent(rate).en) of the surplus) are what the shares earn. → Bring rules.dividends down to \(RuleText.percent(floor).en) at most, or raise the capital to \(MoneyFormat.text(needed, .en))."
          )
      }
      if !cap.isExact {
        let dated = asOf.map { (fr: ", mise à jour le \($0.0)", en: ", updated \($0.1)") }
        message =
          message
          + LocalizedText(
            fr:
              " Ce plafond repose sur les \(basis), pas sur les trois années avant l’AG : la série s’arrête à \(known)\(dated?.fr ?? "") — mettez à jour templates/parameters/tmo.yaml ; contrôle indicatif.",
            en:
              " This cap rests on \(basis), not on the three years before the meeting: the series stops at \(known)\(dated?.en ?? "") — update templates/parameters/tmo.yaml; an indicative check."
          )
      }
      return RuleResult(
        rule: id, year: f.year, passed: within && cap.isExact,
        severity: within ? .warning : .error, measured: RuleText.percent(paid),
        limit: LocalizedText(
          fr:
            "≤ \(RuleText.shortRate(cap.cap).fr) (\(basis)\(cap.isExact ? "" : " : données antérieures à l’AG"))",
          en:
            "≤ \(RuleText.shortRate(cap.cap).en) (\(basis)\(cap.isExact ? "" : ": data older than the meeting"))"
        ),
        message: message,
        location: cap.isExact || !within
          ? plan.scenario.rules.dividends.location ?? plan.scenario.location
          : .file(path: parameters.tmoSource, line: nil, column: nil))
    }
  }

  public static let examples: [RuleExample] = [
    .keeps("2 % of the surplus, with TMO known up to the year before each meeting") {
      // A series brought up to date (2024–2031 here repeat 2023's values, for the example).
      for year in 2024...2031 {
        $0.parameters.tmo["\(year)-S1"] = Rate(units: 31_400_000_000)
        $0.parameters.tmo["\(year)-S2"] = Rate(units: 33_700_000_000)
      }
    },
    .breaks(
      "2 % of the surplus, with the built-in TMO series stopping at 2023",
      // Within the cap (3,8025 %: 2021–2023) but on data older than the three years before
      // the meetings of 2028–2032: a warning that says so, not a ✔.
      .warning(mentions: ["année 1 (2027)", "TMO 2021–2023", "2023-S2", "tmo.yaml"]),
      .warning(mentions: ["année 2 (2028)", "TMO 2021–2023", "2023-S2"]),
      .warning(mentions: ["année 3 (2029)", "TMO 2021–2023", "2023-S2"]),
      .warning(mentions: ["année 4 (2030)", "TMO 2021–2023", "2023-S2"]),
      .warning(mentions: ["année 5 (2031)", "TMO 2021–2023", "2023-S2"])
    ) { _ in },
    .breaks(
      "10 % of the surplus on 40 000 € of capital",
      // The cap is 3,8025 % (mean of six TMO + 2 points): 3,8025 % × 44 000 = 1 673,10 € in year
      // 1; the 10 % of the surplus paid (4 550,67 €) is 10,3 % of 44 000 €.
      .error(mentions: [
        "année 1 (2027)", "4 550,67 €", "44 000,00 €", "10,3 %", "2028", "3,8025 %", "1 673,10 €",
      ]),
      .error(mentions: [
        "année 2 (2028)", "4 580,90 €", "58 239,00 €", "7,9 %", "2029", "3,8025 %", "2 214,54 €",
      ]),
      .error(mentions: [
        "année 3 (2029)", "4 646,57 €", "72 546,03 €", "6,4 %", "2030", "3,8025 %", "2 758,56 €",
      ]),
      .error(mentions: [
        "année 4 (2030)", "4 714,79 €", "87 000,81 €", "5,4 %", "2031", "3,8025 %", "3 308,21 €",
      ]),
      .error(mentions: [
        "année 5 (2031)", "4 785,60 €", "101 609,08 €", "4,7 %", "2032", "3,8025 %", "3 863,69 €",
      ])
    ) {
      $0.rules.dividends = Located(Rate(units: 100_000_000_000))
    },
  ]
}
