import EssorCore

/// SCIC: at least three categories of members, employees (or producers) and beneficiaries
/// among them.
public struct ScicCategoriesRule: PlanRule {
  public static let id = "scic.categories"
  public static let title = LocalizedText(
    fr: "Au moins 3 catégories d’associés", en: "At least 3 member categories")
  public static let basis = "Loi 1947 art. 19 septies"
  public static func applies(to form: LegalForm) -> Bool { form == .scic }

  /// The member categories of the plan: employees (worker shares) and each outside category.
  static func categories(_ scenario: Scenario) -> [String] {
    var names: [String] = []
    if scenario.resources.contains(where: { $0.kind == .workerShares }) { names.append("salariés") }
    for instrument in scenario.resources where instrument.kind == .outsideShares {
      let name = (instrument.category ?? instrument.label).lowercased()
      if !names.contains(name) { names.append(name) }
    }
    return names
  }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let names = categories(plan.scenario)
    let list = names.joined(separator: ", ")
    return [
      RuleResult(
        rule: id, year: nil, passed: names.count >= 3,
        measured: LocalizedText(fr: "\(names.count) (\(list))", en: "\(names.count) (\(list))"),
        limit: LocalizedText(fr: "≥ 3", en: "≥ 3"),
        message: LocalizedText(
          fr:
            "une SCIC réunit au moins 3 catégories d’associés (salariés, bénéficiaires, une autre) ; le plan en a \(names.count) : \(list). Donnez une « category » à chaque « outside-shares ».",
          en:
            "a SCIC gathers at least 3 member categories (employees, beneficiaries, another); the plan has \(names.count): \(list). Give each “outside-shares” a “category”."
        ),
        location: RuleText.location(plan, [.outsideShares]))
    ]
  }

  public static let examples = [
    RuleExample("employees, partners and public bodies", breaks: false) {
      $0 = RuleExample.base(.scic)
    },
    RuleExample("employees and partners only", breaks: true) {
      $0 = RuleExample.base(.scic)
      $0.resources[5].category = "Partenaires"
    },
  ]
}
