import EssorCore

/// The initial financing plan balances: resources ≥ needs (financing.md §3).
public struct InitialPlanBalanceRule: PlanRule {
  public static let id = "plan.balance"
  public static let title = LocalizedText(
    fr: "Plan initial : ressources ≥ besoins", en: "Initial plan: resources ≥ needs")
  public static let basis = LocalizedText(
    fr: "Plan de financement initial", en: "Initial financing plan")
  public static func applies(to form: LegalForm) -> Bool { true }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let gap = plan.initialGap
    return [
      RuleResult(
        rule: id, year: 1, passed: gap >= .zero,
        measured: RuleText.money(plan.initialResourcesTotal),
        limit: LocalizedText(
          fr: "≥ " + MoneyFormat.text(plan.initialNeedsTotal, .fr),
          en: "≥ " + MoneyFormat.text(plan.initialNeedsTotal, .en)),
        message: LocalizedText(
          fr:
            "le plan initial ne s’équilibre pas : il manque \(MoneyFormat.text(-gap, .fr)) (ressources \(MoneyFormat.text(plan.initialResourcesTotal, .fr)) pour \(MoneyFormat.text(plan.initialNeedsTotal, .fr)) de besoins).",
          en:
            "the initial plan does not balance: \(MoneyFormat.text(-gap, .en)) is missing (resources \(MoneyFormat.text(plan.initialResourcesTotal, .en)) for \(MoneyFormat.text(plan.initialNeedsTotal, .en)) of needs)."
        ),
        location: (gap < .zero ? plan.scenario.resourcesLocation : nil) ?? plan.scenario.location,
        code: .planUnbalanced)
    ]
  }

  public static let examples: [RuleExample] = [
    .keeps("the base plan has 170 000 € for 152 000 € of needs") { _ in },
    .breaks(
      "a 200 000 € machine with the same resources",
      // Needs: 152 000 € in the base plan (100 000 € of machines; working capital: December's
      // 60 000 € of sales VAT included at 30 days less 18 000 € of purchases; a 10 000 € buffer)
      // + 100 000 € = 252 000 €; resources 30 000 + 10 000 + 80 000 + 20 000 + 10 000 =
      // 170 000 €; missing 252 000 − 170 000 = 82 000 €.
      .error(mentions: ["82 000,00 €", "170 000,00 €", "252 000,00 €"])
    ) {
      $0.needs.investments[0].amount = Money(euros: 200_000)
    },
  ]
}
