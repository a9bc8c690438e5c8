import EssorCore

/// Cash stays at or above zero every month (error), and above the buffer (warning).
public struct CashNeverNegativeRule: PlanRule {
  public static let id = "plan.cash"
  public static let title = LocalizedText(
    fr: "Trésorerie positive chaque mois", en: "Cash above zero every month")
  public static let basis = "Plan de trésorerie (financing.md §3)"
  public static func applies(to form: LegalForm) -> Bool { true }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    guard let lowest = plan.lowestMonth else { return [] }
    let month = ScenarioFields.monthText(lowest.date)
    let buffer = plan.scenario.needs.cashBuffer
    var results = [
      RuleResult(
        rule: id, year: lowest.index / 12 + 1, passed: lowest.cash >= .zero,
        measured: RuleText.money(lowest.cash), limit: LocalizedText(fr: "≥ 0 €", en: "≥ €0"),
        message: LocalizedText(
          fr:
            "la trésorerie tombe à \(MoneyFormat.text(lowest.cash, .fr)) en \(month) : il faut \(MoneyFormat.text(-lowest.cash, .fr)) de plus, ou plus tôt.",
          en:
            "cash falls to \(MoneyFormat.text(lowest.cash, .en)) in \(month): \(MoneyFormat.text(-lowest.cash, .en)) more is needed, or sooner."
        ),
        location: plan.scenario.location, code: .planUnbalanced)
    ]
    if lowest.cash >= .zero && buffer > .zero {
      results.append(
        RuleResult(
          rule: id, year: lowest.index / 12 + 1, passed: lowest.cash >= buffer, severity: .warning,
          measured: RuleText.money(lowest.cash),
          limit: LocalizedText(
            fr: "≥ " + MoneyFormat.text(buffer, .fr) + " (coussin)",
            en: "≥ " + MoneyFormat.text(buffer, .en) + " (buffer)"),
          message: LocalizedText(
            fr:
              "la trésorerie descend sous le coussin de sécurité en \(month) (\(MoneyFormat.text(lowest.cash, .fr))).",
            en:
              "cash falls below the safety buffer in \(month) (\(MoneyFormat.text(lowest.cash, .en)))."
          ),
          location: plan.scenario.location))
    }
    return results
  }

  public static let examples = [
    RuleExample("the base plan keeps cash positive", breaks: false) { _ in },
    RuleExample("a second 150 000 € machine in year 2 with no new money", breaks: true) {
      $0.needs.investments.append(
        Needs.Asset(label: "Four", amount: Money(euros: 150_000), month: 14, years: 5))
    },
  ]
}
