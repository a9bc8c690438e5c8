import EssorCore

/// A commented scenario to fill (`essor finance new`), prefilled from the profile: it reads
/// without an input error and projects, so `essor finance plan` shows at once what to change.
public enum ScenarioSkeleton {
  /// The kinds of skeleton: the instruments and rules each legal form usually starts with.
  public enum Template: String, Sendable, CaseIterable {
    case scop, scic, ess
  }

  /// The template a legal form starts from.
  public static func template(for form: LegalForm) -> Template {
    switch form {
    case .scop, .scopAmorcage: return .scop
    case .scic: return .scic
    default: return .ess
    }
  }

  /// The skeleton's text, starting in January of `year`.
  public static func text(
    _ template: Template, profile: Profile, year: Int, language: Language
  ) -> String {
    let fr = language == .fr
    func t(_ french: String, _ english: String) -> String { fr ? french : english }
    let form: String
    switch template {
    case .scop:
      form = profile.legalForm == .scopAmorcage ? "scop-amorcage" : "scop"
    case .scic: form = "scic"
    case .ess: form = profile.legalForm == .association ? "association" : "sas-ess"
    }
    let headcount = max(profile.headcount ?? 5, 2)
    let members = max(min(profile.members ?? headcount, headcount), 2)
    var lines = [
      t(
        "# Scénario de financement de \(profile.name) — à compléter (format : docs/financing-plan.md).",
        "# Financing scenario of \(profile.name) — to fill in (format: docs/financing-plan.md)."),
      t(
        "# Chaque montant est HT, en euros ; remplacez les exemples par vos chiffres, puis :",
        "# Every amount is before VAT, in euros; replace the examples with your figures, then:"),
      "#   essor finance plan",
      "schema: 1",
      "title: \"" + t("Scénario de base", "Base scenario") + "\"",
      "start: \(year)-01        "
        + t(
          "# premier mois ; l’année 1 est les 12 mois suivants",
          "# first month; year 1 is the next 12 months"),
      "horizon: 5             " + t("# années (3 à 5 en général)", "# years (usually 3 to 5)"),
      "legal-form: \(form)",
      "",
      t(
        "# Une entreprise existante : son bilan de la veille (il doit s’équilibrer).",
        "# An existing enterprise: its balance sheet on the eve of the plan (it must balance)."),
      "opening-balance:",
      "  cash: 40000",
      "  other-reserves: 40000",
      "",
      "needs:",
      "  investments:",
      "    - {label: \"" + t("Équipement", "Equipment")
        + "\", amount: 60000, month: \(year)-03, years: 5}",
      "  working-capital: {receivable-days: 30, payable-days: 30, stock-days: 0, vat: 20%}",
      "  cash-buffer: 15000",
      "",
      "operations:",
      "  revenue: [500000, 530000, 560000, 580000, 600000]",
      "  purchases: 30%        " + t("# part du chiffre d’affaires", "# share of revenue"),
      "  external-charges: 60000",
      "  taxes: 4000",
      "  payroll:",
      "    gross: [150000, 156000, 162000, 166000, 170000]",
      "    employer-charges: 42%",
      "    headcount: \(headcount)",
      "",
      "resources:",
      "  - kind: bank-loan",
      "    label: \"" + t("Prêt bancaire — équipement", "Bank loan — equipment") + "\"",
      "    amount: 50000",
      "    rate: 4%",
      "    years: 5",
      "    start: \(year)-03",
      "    guarantee: {guarantor: france-active, quota: 50%}",
    ]
    switch template {
    case .scop:
      lines += [
        "  - kind: worker-shares",
        "    label: \"" + t("Parts des associés salariés", "Worker-members' shares") + "\"",
        "    amount: 20000",
        "    members: \(members)",
        "    yearly-contribution: 2%",
        "  - kind: participatory-loan",
        "    label: \"" + t("Prêt participatif Socoden", "Socoden participatory loan") + "\"",
        "    provider: socoden",
        "    amount: 30000",
        "    rate: 3%",
        "    years: 7",
        "    start: \(year)-03",
        "",
        "rules:",
        "  part-travail: 40%      " + t("# loi : 25 % au moins", "# the law: at least 25%"),
        "  dividends: 0%          "
          + t(
            "# rémunération des parts, plafonnée (TMO + 2 points)",
            "# share interest, capped (TMO + 2 points)"),
      ]
    case .scic:
      lines += [
        "  - kind: worker-shares",
        "    label: \"" + t("Parts des salariés", "Employees' shares") + "\"",
        "    amount: 10000",
        "    members: \(members)",
        "  - kind: outside-shares",
        "    label: \"" + t("Parts des usagers", "Beneficiaries' shares") + "\"",
        "    amount: 10000",
        "    members: 20",
        "    category: \"" + t("Usagers", "Beneficiaries") + "\"",
        "    role: beneficiary",
        "  - kind: outside-shares",
        "    label: \"" + t("Commune", "Municipality") + "\"",
        "    amount: 5000",
        "    public-body: true",
        "    category: \"" + t("Collectivités", "Public bodies") + "\"",
        "",
        "rules:",
        "  reserves: 80%          " + t("# loi : 57,5 % au moins", "# the law: at least 57.5%"),
        "  dividends: 0%",
      ]
    case .ess:
      lines += [
        "  - kind: outside-shares",
        "    label: \"" + t("Apport des associés fondateurs", "Founders' shares") + "\"",
        "    amount: 30000",
        "    members: 3",
        "",
        "rules:",
        "  dividends: 0%",
      ]
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
