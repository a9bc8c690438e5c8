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

  public static let examples = [
    RuleExample("30 000 € of Scopinvest titres", breaks: false) {
      var titles = Instrument(
        kind: .titresParticipatifs, label: "TP", amount: Money(euros: 30_000), month: 0)
      titles.provider = "scopinvest"
      titles.years = 7
      $0.resources.append(titles)
    },
    RuleExample("400 000 € of Scopinvest titres", breaks: true) {
      var titles = Instrument(
        kind: .titresParticipatifs, label: "TP", amount: Money(euros: 400_000), month: 0)
      titles.provider = "scopinvest"
      titles.years = 7
      $0.resources.append(titles)
    },
  ]
}
