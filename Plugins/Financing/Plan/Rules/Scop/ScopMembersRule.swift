import EssorCore

/// SCOP: at least two worker-members.
public struct ScopMembersRule: PlanRule {
  public static let id = "scop.members"
  public static let title = LocalizedText(
    fr: "Au moins 2 associés salariés, pas plus que l’effectif",
    en: "At least 2 worker-members, no more than the headcount")
  public static let basis = "Loi 78-763 (SCOP SARL/SAS : 2 associés)"
  public static func applies(to form: LegalForm) -> Bool { RuleText.isSCOP(form) }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let members = plan.scenario.resources.filter { $0.kind == .workerShares }.reduce(0) {
      $0 + $1.members
    }
    let headcount = plan.scenario.operations.headcount.max() ?? 0
    return [
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
        location: RuleText.location(plan, [.workerShares])),
      RuleResult(
        rule: id, year: nil, passed: headcount == 0 || members <= headcount,
        measured: LocalizedText(fr: "\(members)", en: "\(members)"),
        limit: LocalizedText(fr: "≤ effectif (\(headcount))", en: "≤ headcount (\(headcount))"),
        message: LocalizedText(
          fr:
            "\(members) associés salariés pour un effectif d’au plus \(headcount) : les associés salariés sont des salariés (vérifiez « members » et « payroll.headcount »).",
          en:
            "\(members) worker-members for a headcount of at most \(headcount): worker-members are employees (check “members” and “payroll.headcount”)."
        ),
        location: RuleText.location(plan, [.workerShares])),
    ]
  }

  public static let examples = [
    RuleExample("ten worker-members", breaks: false) { _ in },
    RuleExample("no worker shares at all", breaks: true) {
      $0.resources.removeAll { $0.kind == .workerShares }
    },
    RuleExample("twelve worker-members for ten employees", breaks: true) {
      $0.resources[0].members = 12
    },
  ]
}
