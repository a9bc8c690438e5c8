import EssorCore

/// Redemptions may not bring the capital below a quarter (or the statutes' share) of the
/// highest capital ever reached.
///
/// Source: article 13 of the 1947 law.
public struct CapitalFloorRule: PlanRule {
  public static let id = "coop.capital-floor"
  public static let title = LocalizedText(
    fr: "Capital ≥ plancher (¼ du plus haut capital atteint)",
    en: "Capital ≥ floor (¼ of the highest capital reached)")
  public static let basis = LocalizedText(
    fr: "Art. 13 loi 1947 (les statuts peuvent être plus stricts)",
    en: "Art. 13 of the 1947 law (statutes may be stricter)")
  public static func applies(to form: LegalForm) -> Bool { RuleText.isCooperative(form) }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let floor = plan.scenario.rules.capitalFloor
    return plan.years.map { f in
      let minimum = f.highestCapital.applying(floor.value)
      return RuleResult(
        rule: id, year: f.year, passed: f.capital >= minimum, measured: RuleText.money(f.capital),
        limit: LocalizedText(
          fr: "≥ " + MoneyFormat.text(minimum, .fr), en: "≥ " + MoneyFormat.text(minimum, .en)),
        message: LocalizedText(
          fr:
            "\(RuleText.year(plan, f.year).fr) : les remboursements ramènent le capital à \(MoneyFormat.text(f.capital, .fr)), sous le plancher de \(MoneyFormat.text(minimum, .fr)) (\(floor.value.percentText(.fr)) de \(MoneyFormat.text(f.highestCapital, .fr))).",
          en:
            "\(RuleText.year(plan, f.year).en): redemptions bring capital to \(MoneyFormat.text(f.capital, .en)), below the floor of \(MoneyFormat.text(minimum, .en)) (\(floor.value.percentText(.en)) of \(MoneyFormat.text(f.highestCapital, .en)))."
        ),
        location: plan.scenario.resources.first { $0.redemptions.contains { $0 > .zero } }?.location
          ?? floor.location ?? plan.scenario.location)
    }
  }

  public static let examples: [RuleExample] = [
    .keeps("no redemptions") { _ in },
    .breaks(
      "leavers take back 70 000 € of 86 000 € in year 3",
      // Highest capital: 72 546,03 € in year 3 (see scop.worker-capital); floor 25 % of it =
      // 18 136,51 €. After 70 000 € of redemptions: 2 546,03 € in year 3, 87 000,81 − 70 000 =
      // 17 000,81 € in year 4, 31 609,08 € in year 5 (above the floor).
      .error(mentions: ["année 3 (2029)", "2 546,03 €", "18 136,51 €", "25 %", "72 546,03 €"]),
      .error(mentions: ["année 4 (2030)", "17 000,81 €", "18 136,51 €", "25 %", "72 546,03 €"])
    ) {
      $0.resources[0].redemptions[2] = Money(euros: 60_000)
      $0.resources[1].redemptions[2] = Money(euros: 10_000)
    },
    .breaks(
      "a statutory floor of ½ and 52 000 € of 86 000 € taken back",
      // Floor 50 % × 72 546,03 = 36 273,02 €; 72 546,03 − 52 000 = 20 546,03 € in year 3,
      // 87 000,81 − 52 000 = 35 000,81 € in year 4, 49 609,08 € in year 5 (above).
      .error(mentions: ["année 3 (2029)", "20 546,03 €", "36 273,02 €", "50 %", "72 546,03 €"]),
      .error(mentions: ["année 4 (2030)", "35 000,81 €", "36 273,02 €", "50 %", "72 546,03 €"])
    ) {
      $0.rules.capitalFloor = Located(Rate(units: 500_000_000_000))
      $0.resources[0].redemptions[2] = Money(euros: 52_000)
    },
  ]
}
