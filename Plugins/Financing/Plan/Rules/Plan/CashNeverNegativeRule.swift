import EssorCore

/// Cash stays at or above zero every month.
public struct CashNeverNegativeRule: PlanRule {
  public static let id = "plan.cash"
  public static let title = LocalizedText(
    fr: "Trésorerie positive chaque mois", en: "Cash above zero every month")
  public static let basis = LocalizedText(
    fr: "Plan de trésorerie", en: "Cash plan")
  public static func applies(to form: LegalForm) -> Bool { true }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    guard let lowest = plan.lowestMonth else { return [] }
    let first = plan.months.first { $0.cash < .zero } ?? lowest
    let firstMonth = ScenarioFields.monthText(first.date)
    let lowestMonth = ScenarioFields.monthText(lowest.date)
    return [
      RuleResult(
        rule: id, year: first.index / 12 + 1, passed: lowest.cash >= .zero,
        measured: RuleText.money(lowest.cash), limit: LocalizedText(fr: "≥ 0 €", en: "≥ €0"),
        message: LocalizedText(
          fr:
            "la trésorerie passe sous zéro en \(firstMonth) (\(MoneyFormat.text(first.cash, .fr))) et tombe au plus bas à \(MoneyFormat.text(lowest.cash, .fr)) en \(lowestMonth) : il faut \(MoneyFormat.text(-lowest.cash, .fr)) de plus, disponibles dès \(firstMonth).",
          en:
            "cash goes below zero in \(firstMonth) (\(MoneyFormat.text(first.cash, .en))) and falls to \(MoneyFormat.text(lowest.cash, .en)) at its lowest, in \(lowestMonth): \(MoneyFormat.text(-lowest.cash, .en)) more is needed, available by \(firstMonth)."
        ),
        location: plan.scenario.resourcesLocation ?? plan.scenario.location, code: .planUnbalanced)
    ]
  }

  public static let examples: [RuleExample] = [
    .keeps("the base plan keeps cash positive") { _ in },
    .breaks(
      "a second 150 000 € machine in year 2 with no new money",
      // The 150 000 € machine (180 000 € VAT included) is paid in March 2028; its VAT comes back
      // only in May, after April's return.
      .error(mentions: ["-69 248,40 €", "2028-03"])
    ) {
      $0.needs.investments.append(
        Needs.Asset(label: "Four", amount: Money(euros: 150_000), month: 14, years: 5))
    },
  ]
}
