import EssorCore

/// Scopinvest's titres participatifs are capped at 50 % of permanent capital.
public struct ScopinvestCapRule: PlanRule {
  public static let id = "tp.scopinvest"
  public static let title = LocalizedText(
    fr: "Titres participatifs Scopinvest ≤ 50 % des capitaux permanents",
    en: "Scopinvest titres participatifs ≤ 50% of permanent capital")
  public static let basis = LocalizedText(
    fr: "Conditions de Scopinvest", en: "Scopinvest terms")
  public static func applies(to form: LegalForm) -> Bool { true }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let titles = plan.scenario.resources.filter {
      $0.kind == .titresParticipatifs && $0.provider?.lowercased() == "scopinvest"
    }
    guard let first = titles.first else { return [] }
    return plan.years.compactMap { f in
      let outstanding = titles.filter {
        $0.month < 12 * f.year && $0.month + $0.years * 12 >= 12 * f.year
      }
      .reduce(Money.zero) { $0 + $1.amount }
      guard outstanding > .zero else { return nil }
      let share = RuleText.ratio(outstanding, f.permanentCapital)
      return RuleResult(
        rule: id, year: f.year, passed: share <= 0.5, measured: RuleText.percent(share),
        limit: LocalizedText(fr: "≤ 50 %", en: "≤ 50%"),
        message: LocalizedText(
          fr:
            "\(RuleText.year(plan, f.year).fr) : \(MoneyFormat.text(outstanding, .fr)) de titres Scopinvest pour \(MoneyFormat.text(f.permanentCapital, .fr)) de capitaux permanents (\(RuleText.percent(share).fr), plus de 50 %).",
          en:
            "\(RuleText.year(plan, f.year).en): \(MoneyFormat.text(outstanding, .en)) of Scopinvest titres for \(MoneyFormat.text(f.permanentCapital, .en)) of permanent capital (\(RuleText.percent(share).en), over 50%)."
        ),
        location: first.location ?? plan.scenario.location)
    }
  }

  public static let examples: [RuleExample] = [
    .keeps("30 000 € of Scopinvest titres") {
      var titles = Instrument(
        kind: .titresParticipatifs, label: "TP", amount: Money(euros: 30_000), month: 0)
      titles.provider = "scopinvest"
      titles.years = 7
      $0.resources.append(titles)
    },
    .breaks(
      "400 000 € of Scopinvest titres",
      // 400 000 / 583 532,03 = 68,5 % of permanent capital in year 1, still over 50 % in year 5
      // (400 000 / 647 844,19 = 61,7 %).
      .error(mentions: ["année 1 (2027)", "400 000,00 €", "583 532,03 €", "68,5 %", "50 %"]),
      .error(mentions: ["année 2 (2028)", "400 000,00 €", "600 314,60 €", "66,6 %", "50 %"]),
      .error(mentions: ["année 3 (2029)", "400 000,00 €", "616 399,36 €", "64,9 %", "50 %"]),
      .error(mentions: ["année 4 (2030)", "400 000,00 €", "632 245,54 €", "63,3 %", "50 %"]),
      .error(mentions: ["année 5 (2031)", "400 000,00 €", "647 844,19 €", "61,7 %", "50 %"])
    ) {
      var titles = Instrument(
        kind: .titresParticipatifs, label: "TP", amount: Money(euros: 400_000), month: 0)
      titles.provider = "scopinvest"
      titles.years = 7
      $0.resources.append(titles)
    },
  ]
}
