import EssorCore

/// No single member holds more than 50 % of the capital.
public struct SingleMemberCapRule: PlanRule {
  public static let id = "coop.single-member"
  public static let title = LocalizedText(
    fr: "Aucun associé > 50 % du capital", en: "No member holds > 50% of capital")
  public static let basis = LocalizedText(
    fr: "Loi 1947 (coopératives) ; loi 78-763 (SCOP)",
    en: "1947 law (cooperatives); loi 78-763 (SCOP)")
  public static func applies(to form: LegalForm) -> Bool { RuleText.isCooperative(form) }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    plan.years.map { f in
      let perWorker = f.workerCapital.scaled(by: 1, over: Int64(max(f.workerMembers, 1)))
      let largest = Money.max(perWorker, f.largestOutsideHolding)
      let share = RuleText.ratio(largest, f.capital)
      // An amorçage SCOP typically starts with one outgoing owner or investor holding the
      // majority (art. 49 ter): there it is a point to check, not an error.
      return RuleResult(
        rule: id, year: f.year, passed: share <= 0.5,
        severity: plan.scenario.legalForm == .scopAmorcage ? .warning : .error,
        measured: RuleText.percent(share),
        limit: LocalizedText(fr: "≤ 50 %", en: "≤ 50%"),
        message: LocalizedText(
          fr:
            "\(RuleText.year(plan, f.year).fr) : un associé détient \(MoneyFormat.text(largest, .fr)), soit \(RuleText.percent(share).fr) du capital (plus de 50 %).",
          en:
            "\(RuleText.year(plan, f.year).en): one member holds \(MoneyFormat.text(largest, .en)), \(RuleText.percent(share).en) of the capital (over 50%)."
        ),
        location: RuleText.location(plan, [.outsideShares, .workerShares]))
    }
  }

  public static let examples: [RuleExample] = [
    .keeps("the outside member holds a quarter") { _ in },
    .breaks(
      "a member brings 50 000 € of 90 000 €",
      // Year 1: 30 000 + 4 000 (worker contributions) + 50 000 = 84 000 €; 50 000 / 84 000 =
      // 59,5 %. Year 2: 84 000 + 4 000 + 10 239 (participation) = 98 239 €: 50,9 %. Year 3:
      // 50 000 / 112 546,03 = 44,4 %, under half.
      .error(mentions: ["année 1 (2027)", "50 000,00 €", "59,5 %", "50 %"]),
      .error(mentions: ["année 2 (2028)", "50 000,00 €", "50,9 %", "50 %"])
    ) {
      $0.resources[1].amount = Money(euros: 50_000)
    },
  ]
}
