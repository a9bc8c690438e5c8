import EssorCore

/// SCIC: at least three categories of members, employees (or producers) and beneficiaries
/// among them.
public struct ScicCategoriesRule: PlanRule {
  public static let id = "scic.categories"
  public static let title = LocalizedText(
    fr: "Au moins 3 catégories d’associés", en: "At least 3 member categories")
  public static let basis = LocalizedText(
    fr: "Loi 1947 art. 19 septies", en: "Art. 19 septies of the 1947 law")
  public static func applies(to form: LegalForm) -> Bool { form == .scic }

  /// The member categories of the plan: employees (worker shares) and each outside category.
  static func categories(_ scenario: Scenario) -> [String] {
    var names: [String] = []
    if scenario.resources.contains(where: { $0.kind == .workerShares }) { names.append("salariés") }
    for instrument in scenario.resources where instrument.kind == .outsideShares {
      let name = (instrument.memberCategory ?? instrument.label).lowercased()
      if !names.contains(name) { names.append(name) }
    }
    return names
  }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let names = categories(plan.scenario)
    let list = names.joined(separator: ", ")
    let members = plan.scenario.resources.filter { $0.kind == .outsideShares }
    // Producers stand in for employees only when the SCIC has no employees.
    let hasEmployees = plan.scenario.operations.headcount.contains { $0 > 0 }
    let hasWorkers =
      plan.scenario.resources.contains { $0.kind == .workerShares }
      || members.contains { $0.role == .employee }
      || (!hasEmployees && members.contains { $0.role == .producer })
    let hasBeneficiaries = members.contains { $0.role == .beneficiary }
    let location = RuleText.location(plan, [.outsideShares])
    return [
      RuleResult(
        rule: id, year: nil, passed: names.count >= 3,
        measured: LocalizedText(fr: "\(names.count) (\(list))", en: "\(names.count) (\(list))"),
        limit: LocalizedText(fr: "≥ 3", en: "≥ 3"),
        message: LocalizedText(
          fr:
            "une SCIC réunit au moins 3 catégories d’associés ; le plan en a \(names.count) : \(list). Donnez une « category » à chaque « outside-shares ».",
          en:
            "a SCIC gathers at least 3 member categories; the plan has \(names.count): \(list). Give each “outside-shares” a “category”."
        ),
        location: location),
      RuleResult(
        rule: id, year: nil, passed: hasWorkers && hasBeneficiaries,
        measured: LocalizedText(
          fr: (hasWorkers ? "salariés ou producteurs" : "ni salariés ni producteurs") + ", "
            + (hasBeneficiaries ? "bénéficiaires" : "pas de bénéficiaires"),
          en: (hasWorkers ? "employees or producers" : "no employees or producers") + ", "
            + (hasBeneficiaries ? "beneficiaries" : "no beneficiaries")),
        limit: LocalizedText(
          fr: "salariés (ou producteurs) et bénéficiaires",
          en: "employees (or producers) and beneficiaries"),
        message: LocalizedText(
          fr:
            "une SCIC compte parmi ses associés des salariés (ou, à défaut, des producteurs) et des bénéficiaires : ajoutez des « worker-shares », ou des « outside-shares » avec « role: producer » et « role: beneficiary ».",
          en:
            "a SCIC's members include employees (or, failing that, producers) and beneficiaries: add “worker-shares”, or “outside-shares” with “role: producer” and “role: beneficiary”."
        ),
        location: location),
    ]
  }

  public static let examples: [RuleExample] = [
    .keeps("employees, beneficiaries and a town") {
      $0 = RuleExample.base(.scic)
    },
    .breaks(
      "employees and beneficiaries only",
      .error(mentions: ["category", "outside-shares", "3", "2"])
    ) {
      $0 = RuleExample.base(.scic)
      $0.resources[5].memberCategory = "Usagers"
    },
    .breaks(
      "producers but no employee-members while there are employees",
      .error(mentions: ["worker-shares", "outside-shares", "role: producer", "role: beneficiary"])
    ) {
      $0 = RuleExample.base(.scic)
      $0.resources.removeAll { $0.kind == .workerShares }
      var producers = Instrument(
        kind: .outsideShares, label: "Maraîchers", amount: Money(euros: 2_000), month: 0)
      producers.memberCategory = "Producteurs"
      producers.role = .producer
      producers.redemptions = Array(repeating: .zero, count: 5)
      $0.resources.append(producers)
    },
    .breaks(
      "three categories but no beneficiaries",
      .error(mentions: ["worker-shares", "outside-shares", "role: producer", "role: beneficiary"])
    ) {
      $0 = RuleExample.base(.scic)
      $0.resources[1].role = .supporter
    },
  ]
}
