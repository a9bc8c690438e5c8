import EssorCore

/// Cash stays above the safety buffer the scenario asks for: a warning, not an error.
public struct CashBufferRule: PlanRule {
  public static let id = "plan.cash-buffer"
  public static let title = LocalizedText(
    fr: "Trésorerie au-dessus du coussin de sécurité", en: "Cash above the safety buffer")
  public static let basis = LocalizedText(
    fr: "Coussin de trésorerie du scénario", en: "The scenario's cash buffer")
  public static func applies(to form: LegalForm) -> Bool { true }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let buffer = plan.scenario.needs.cashBuffer
    guard buffer > .zero, let lowest = plan.lowestMonth, lowest.cash >= .zero else { return [] }
    let month = ScenarioFields.monthText(lowest.date)
    return [
      RuleResult(
        rule: id, year: lowest.index / 12 + 1, passed: lowest.cash >= buffer, severity: .warning,
        measured: RuleText.money(lowest.cash),
        limit: LocalizedText(
          fr: "≥ " + MoneyFormat.text(buffer, .fr), en: "≥ " + MoneyFormat.text(buffer, .en)),
        message: LocalizedText(
          fr:
            "la trésorerie descend sous le coussin de sécurité de \(MoneyFormat.text(buffer, .fr)) en \(month) (\(MoneyFormat.text(lowest.cash, .fr))).",
          en:
            "cash falls below the \(MoneyFormat.text(buffer, .en)) safety buffer in \(month) (\(MoneyFormat.text(lowest.cash, .en)))."
        ),
        location: plan.scenario.location)
    ]
  }

  public static let examples: [RuleExample] = [
    .keeps("a 10 000 € buffer the plan keeps") { _ in },
    .breaks(
      "a 100 000 € buffer the plan does not keep",
      // January 2027: 20 000 € of cash + 40 000 € of shares + 100 000 € of loans + 10 000 € of
      // grant − 120 000 € for the machines (VAT included) − 23 083,32 € paid (external charges
      // 6 000 € VAT included, pay 16 666,66 €, taxes 416,66 €; customers pay at 30 days, so
      // nothing comes in yet) = 26 916,68 €, under the 100 000 € buffer.
      .warning(mentions: ["100 000,00 €", "26 916,68 €", "2027-01"])
    ) {
      $0.needs.cashBuffer = Money(euros: 100_000)
    },
  ]
}
