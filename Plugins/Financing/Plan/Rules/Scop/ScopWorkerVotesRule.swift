import EssorCore

/// SCOP: worker-members hold at least 65 % of the votes, outside members at most 35 %; in a
/// SCOP d'amorçage the workers keep the majority of votes throughout.
public struct ScopWorkerVotesRule: PlanRule {
  public static let id = "scop.worker-votes"
  public static let title = LocalizedText(
    fr: "Voix des salariés ≥ 65 % (extérieurs ≤ 35 % ; amorçage : > 50 %)",
    en: "Worker votes ≥ 65% (outsiders ≤ 35%; amorçage: > 50%)")
  public static let basis = LocalizedText(
    fr: "Loi 78-763 ; art. 49 ter pour l’amorçage", en: "Loi 78-763; art. 49 ter for amorçage")
  public static func applies(to form: LegalForm) -> Bool { RuleText.isSCOP(form) }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let amorcage = plan.scenario.legalForm == .scopAmorcage
    let minimum = amorcage ? 0.5 : 0.65
    let limit =
      amorcage
      ? LocalizedText(fr: "> 50 %", en: "> 50%") : LocalizedText(fr: "≥ 65 %", en: "≥ 65%")
    return plan.years.map { f in
      let workers = 1 - f.outsideVotes
      let passed = amorcage ? workers > minimum + 1e-12 : workers >= minimum - 1e-12
      return RuleResult(
        rule: id, year: f.year, passed: passed, measured: RuleText.percent(workers, decimals: 2),
        limit: limit,
        message: LocalizedText(
          fr:
            "\(RuleText.year(plan, f.year).fr) : les salariés n’ont que \(RuleText.percent(workers, decimals: 2).fr) des voix (\(f.workerMembers) associés salariés, \(f.outsideMembers) extérieurs avec \(RuleText.percent(f.outsideVotes, decimals: 2).fr), plus que \(amorcage ? "50" : "35") %).",
          en:
            "\(RuleText.year(plan, f.year).en): workers hold only \(RuleText.percent(workers, decimals: 2).en) of the votes (\(f.workerMembers) worker-members, \(f.outsideMembers) outsiders with \(RuleText.percent(f.outsideVotes, decimals: 2).en), over \(amorcage ? "50" : "35")%)."
        ),
        location: plan.scenario.resources.first { $0.votes != nil }?.votes?.location
          ?? RuleText.location(plan, [.outsideShares]))
    }
  }

  public static let examples: [RuleExample] = [
    .keeps("one outside member among eleven") { _ in },
    .breaks(
      "the outside member's statutory votes weigh 40 %",
      // The outside member's 40 % of the votes leaves the workers 60 %, under 65 %, every year.
      .error(mentions: ["année 1 (2027)", "60,00 %", "10", "40,00 %", "35 %"]),
      .error(mentions: ["année 2 (2028)", "60,00 %", "10", "40,00 %", "35 %"]),
      .error(mentions: ["année 3 (2029)", "60,00 %", "10", "40,00 %", "35 %"]),
      .error(mentions: ["année 4 (2030)", "60,00 %", "10", "40,00 %", "35 %"]),
      .error(mentions: ["année 5 (2031)", "60,00 %", "10", "40,00 %", "35 %"])
    ) {
      $0.resources[1].votes = Located(Rate(units: 400_000_000_000))
    },
    .breaks(
      "six outside members for ten workers",
      // One vote a member: 6 / 16 = 37,50 % for outsiders, over 35 %, every year.
      .error(mentions: ["année 1 (2027)", "62,50 %", "10", "37,50 %", "35 %"]),
      .error(mentions: ["année 2 (2028)", "62,50 %", "10", "37,50 %", "35 %"]),
      .error(mentions: ["année 3 (2029)", "62,50 %", "10", "37,50 %", "35 %"]),
      .error(mentions: ["année 4 (2030)", "62,50 %", "10", "37,50 %", "35 %"]),
      .error(mentions: ["année 5 (2031)", "62,50 %", "10", "37,50 %", "35 %"])
    ) {
      $0.resources[1].members = 6
    },
  ]
}
