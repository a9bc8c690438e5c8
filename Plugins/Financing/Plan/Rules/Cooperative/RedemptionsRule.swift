import EssorCore

/// Shares repaid to leaving members cannot exceed the shares they hold.
public struct RedemptionsRule: PlanRule {
  public static let id = "capital.redemptions"
  public static let title = LocalizedText(
    fr: "Remboursements de parts ≤ parts détenues", en: "Share redemptions ≤ shares held")
  public static let basis = LocalizedText(
    fr: "Capital variable (loi 1947 art. 13)", en: "Variable capital (art. 13 of the 1947 law)")
  public static func applies(to form: LegalForm) -> Bool { true }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    plan.years.map { f in
      let instrument = plan.scenario.resources.first { $0.label == f.overdrawn }
      return RuleResult(
        rule: id, year: f.year, passed: f.overdrawn == nil,
        measured: RuleText.money(f.overdrawnBy),
        limit: LocalizedText(fr: "0 € remboursé de trop", en: "€0 repaid too much"),
        message: LocalizedText(
          fr:
            "\(RuleText.year(plan, f.year).fr) : « \(f.overdrawn ?? "") » se fait rembourser \(MoneyFormat.text(f.overdrawnBy, .fr)) de parts de plus qu’il n’en détient (voir « redemptions »).",
          en:
            "\(RuleText.year(plan, f.year).en): “\(f.overdrawn ?? "")” is repaid \(MoneyFormat.text(f.overdrawnBy, .en)) more shares than it holds (see “redemptions”)."
        ),
        location: instrument?.location ?? plan.scenario.location)
    }
  }

  public static let examples: [RuleExample] = [
    .keeps("no redemptions") { _ in },
    .breaks(
      "the outside member takes back 15 000 € of its 10 000 €",
      // 15 000 − 10 000 = 5 000 € more than it holds, every year from the redemption on.
      .error(mentions: ["année 2 (2028)", "Associé extérieur", "redemptions", "5 000,00 €"]),
      .error(mentions: ["année 3 (2029)", "Associé extérieur", "redemptions", "5 000,00 €"]),
      .error(mentions: ["année 4 (2030)", "Associé extérieur", "redemptions", "5 000,00 €"]),
      .error(mentions: ["année 5 (2031)", "Associé extérieur", "redemptions", "5 000,00 €"])
    ) {
      $0.resources[1].redemptions[1] = Money(euros: 15_000)
    },
  ]
}
