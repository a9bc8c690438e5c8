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
    .keeps("the base plan has 170 000 € for about 151 000 € of needs") { _ in },
    .breaks(
      "a 200 000 € machine with the same resources",
      // Needs: 151 424,66 € in the base plan (100 000 € of machines, working capital, buffer)
      // + 100 000 € = 251 424,66 €; resources 30 000 + 10 000 + 80 000 + 20 000 + 10 000 =
      // 170 000 €; missing 251 424,66 − 170 000 = 81 424,66 €.
      .error(mentions: ["81 424,66 €", "170 000,00 €", "251 424,66 €"])
    ) {
      $0.needs.investments[0].amount = Money(euros: 200_000)
    },
  ]
}
