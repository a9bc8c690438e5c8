import EssorCore

/// SCOP: worker-members hold at least 51 % of the capital; outside members at most 49 %.
public struct ScopWorkerCapitalRule: PlanRule {
  public static let id = "scop.worker-capital"
  public static let title = LocalizedText(
    fr: "Capital des salariés ≥ 51 % (extérieurs ≤ 49 %)",
    en: "Worker capital ≥ 51% (outsiders ≤ 49%)")
  public static let basis = LocalizedText(
    fr: "Loi 78-763 (SCOP)", en: "Loi 78-763 (SCOP)")
  public static func applies(to form: LegalForm) -> Bool { form == .scop }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    plan.years.map { f in
      let share = RuleText.ratio(f.workerCapital, f.capital)
      // New worker shares raise the total too: (W + x) / (T + x) ≥ 51 % ⇔ x ≥ (0.51 T − W) / 0.49.
      let needed = (f.capital.applying(Rate(units: 510_000_000_000)) - f.workerCapital)
        .scaled(by: 100, over: 49)
      return RuleResult(
        rule: id, year: f.year, passed: f.capital == .zero || share >= 0.51,
        measured: RuleText.percent(share, decimals: 2),
        limit: LocalizedText(fr: "≥ 51 %", en: "≥ 51%"),
        message: LocalizedText(
          fr:
            "\(RuleText.year(plan, f.year).fr) : les salariés n’ont que \(RuleText.percent(share, decimals: 2).fr) du capital (\(MoneyFormat.text(f.workerCapital, .fr)) sur \(MoneyFormat.text(f.capital, .fr)) ; les extérieurs \(RuleText.percent(1 - share, decimals: 2).fr), plus que 49 %). Il manque \(MoneyFormat.text(needed, .fr)) de parts salariés.",
          en:
            "\(RuleText.year(plan, f.year).en): workers hold only \(RuleText.percent(share, decimals: 2).en) of the capital (\(MoneyFormat.text(f.workerCapital, .en)) of \(MoneyFormat.text(f.capital, .en)); outsiders \(RuleText.percent(1 - share, decimals: 2).en), over 49%). \(MoneyFormat.text(needed, .en)) more worker shares are needed."
        ),
        location: RuleText.location(plan, [.outsideShares]))
    }
  }

  public static let examples: [RuleExample] = [
    .keeps("workers 30 000 € for 10 000 € outside") { _ in },
    .breaks(
      "an investor brings 80 000 € in year 2",
      // Workers: 30 000 + 2 × 4 000 (2 % of 200 000 € of pay a year) + 10 239 (half the
      // year-1 participation) = 48 239 €; capital 48 239 + 10 000 + 80 000 = 138 239 €;
      // 48 239 / 138 239 = 34,90 %; missing (0,51 × 138 239 − 48 239) / 0,49 = 45 434,47 €.
      // Outside shares stay at 90 000 €, so later years only grow the workers' part until
      // year 5: 91 609,08 / 181 609,08 = 50,44 %.
      .error(mentions: [
        "année 2 (2028)", "34,90 %", "48 239,00 €", "138 239,00 €", "65,10 %", "49 %",
        "45 434,47 €",
      ]),
      .error(mentions: [
        "année 3 (2029)", "41,00 %", "62 546,03 €", "152 546,03 €", "59,00 %", "49 %",
        "31 127,45 €",
      ]),
      .error(mentions: [
        "année 4 (2030)", "46,11 %", "77 000,81 €", "167 000,81 €", "53,89 %", "49 %",
        "16 672,65 €",
      ]),
      .error(mentions: [
        "année 5 (2031)", "50,44 %", "91 609,08 €", "181 609,08 €", "49,56 %", "49 %", "2 064,39 €",
      ])
    ) {
      var investor = Instrument(
        kind: .outsideShares, label: "Investisseur", amount: Money(euros: 80_000), month: 14)
      investor.redemptions = Array(repeating: .zero, count: 5)
      $0.resources.append(investor)
    },
  ]
}
