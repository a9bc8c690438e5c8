import EssorCore

/// SCOP: at least two worker-members.
public struct ScopMembersRule: PlanRule {
  public static let id = "scop.members"
  public static let title = LocalizedText(
    fr: "Au moins 2 associés salariés, pas plus que l’effectif",
    en: "At least 2 worker-members, no more than the headcount")
  public static let basis = LocalizedText(
    fr: "Loi 78-763 (SCOP SARL ou SAS : 2 associés)", en: "Loi 78-763 (SCOP SARL or SAS: 2 members)"
  )
  public static func applies(to form: LegalForm) -> Bool { RuleText.isSCOP(form) }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let members = plan.scenario.resources.filter { $0.kind == .workerShares }.reduce(0) {
      $0 + $1.members
    }
    var results = [
      RuleResult(
        rule: id, year: nil, passed: members >= 2,
        measured: LocalizedText(fr: "\(members)", en: "\(members)"),
        limit: LocalizedText(fr: "≥ 2", en: "≥ 2"),
        message: LocalizedText(
          fr:
            "une SCOP a au moins 2 associés salariés ; le plan en compte \(members) (ajoutez une ressource « worker-shares » avec « members »).",
          en:
            "a SCOP has at least 2 worker-members; the plan has \(members) (add a “worker-shares” resource with “members”)."
        ),
        location: RuleText.location(plan, [.workerShares]))
    ]
    // Worker-members are employees: never more of them than the headcount of a year (when
    // the scenario gives a headcount).
    let headcounts = plan.scenario.operations.headcount
    guard headcounts.contains(where: { $0 > 0 }) else { return results }
    for (index, count) in headcounts.enumerated() {
      results.append(
        RuleResult(
          rule: id, year: index + 1, passed: members <= count,
          measured: LocalizedText(fr: "\(members)", en: "\(members)"),
          limit: LocalizedText(fr: "≤ effectif (\(count))", en: "≤ headcount (\(count))"),
          message: LocalizedText(
            fr:
              "\(RuleText.year(plan, index + 1).fr) : \(members) associés salariés pour un effectif de \(count) ; les associés salariés sont des salariés (vérifiez « members » et « payroll.headcount »).",
            en:
              "\(RuleText.year(plan, index + 1).en): \(members) worker-members for a headcount of \(count); worker-members are employees (check “members” and “payroll.headcount”)."
          ),
          location: RuleText.location(plan, [.workerShares])))
    }
    return results
  }

  public static let examples: [RuleExample] = [
    .keeps("ten worker-members") { _ in },
    .breaks(
      "no worker shares at all",
      .error(mentions: ["worker-shares", "members", "2", "0"])
    ) {
      $0.resources.removeAll { $0.kind == .workerShares }
    },
    .breaks(
      "twelve worker-members for ten employees",
      // 12 worker-members against a headcount of 10, every year.
      .error(mentions: ["année 1 (2027)", "members", "payroll.headcount", "12", "10"]),
      .error(mentions: ["année 2 (2028)", "members", "payroll.headcount", "12", "10"]),
      .error(mentions: ["année 3 (2029)", "members", "payroll.headcount", "12", "10"]),
      .error(mentions: ["année 4 (2030)", "members", "payroll.headcount", "12", "10"]),
      .error(mentions: ["année 5 (2031)", "members", "payroll.headcount", "12", "10"])
    ) {
      $0.resources[0].members = 12
    },
  ]
}
