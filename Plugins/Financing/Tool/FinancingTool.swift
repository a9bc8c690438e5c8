import EssorCore
import Foundation

/// The Financing tool: loan schedules, and financing plans with projections, cooperative
/// rules, ratios and the funders' checklist.
public struct FinancingTool: Tool {
  public static let id = "financing"
  public static let title = LocalizedText(fr: "Financement", en: "Financing")
  public static let version = "0.3.0"

  /// The workspace file that lists the enterprise's loans.
  public static let loansFile = "financing/loans.yaml"

  public static let commands: [ToolCommand] = [
    ToolCommand(
      "plan", path: ["finance", "plan"],
      summary: LocalizedText(
        fr: "Projette un scénario de financement : plans, compte de résultat, trésorerie, règles.",
        en: "Project a financing scenario: plans, P&L, cash, cooperative rules, ratios."),
      arguments: [
        .init(
          "scenario",
          help: LocalizedText(
            fr: "Le nom du scénario (financing/<nom>.yaml).",
            en: "The scenario's name (financing/<name>.yaml)."))
      ],
      options: [
        fileOption,
        setOption,
      ], workspace: .optional, dossier: true),
    ToolCommand(
      "compare", path: ["finance", "compare"],
      summary: LocalizedText(
        fr: "Compare des scénarios côte à côte : mix, coût, trésorerie, ratios, règles, verdict.",
        en: "Compare scenarios side by side: mix, cost, cash, ratios, rules, verdict."),
      arguments: [
        .init(
          "scenario",
          help: LocalizedText(
            fr:
              "Les scénarios à comparer (défaut : tous ceux de financing/, le principal d’abord).",
            en: "The scenarios to compare (default: every one of financing/, the main one first)."),
          variadic: true)
      ],
      options: [
        .init(
          "file",
          help: LocalizedText(
            fr: "Un fichier de scénario hors de l’espace (répétable).",
            en: "A scenario file outside the workspace (repeatable)."), repeatable: true),
        setOption,
      ], workspace: .optional),
    ToolCommand(
      "stress", path: ["finance", "stress"],
      summary: LocalizedText(
        fr: "Teste la résistance d’un scénario aux chocs d’un comité de crédit, et sa marge.",
        en: "Stress a scenario with a credit committee's shocks, and find its headroom."),
      arguments: [scenarioArgument],
      options: [
        fileOption,
        .init(
          "shock",
          help: LocalizedText(
            fr:
              "Un choc : revenue=-20%, rate=+2pt, receivable-days=+30, capex=+15%, grant-delay=6m, activity-start=+3m… (répétable).",
            en:
              "A shock: revenue=-20%, rate=+2pt, receivable-days=+30, capex=+15%, grant-delay=6m, activity-start=+3m… (repeatable)."
          ), repeatable: true),
        .flag(
          "standard",
          help: LocalizedText(
            fr:
              "La série standard d’un comité de crédit : chaque choc seul et leur pire combinaison.",
            en: "A credit committee's standard set: each shock alone and their worst combination.")),
        .init(
          "monte-carlo",
          help: LocalizedText(
            fr: "N tirages (1 à 10 000 000) des distributions déclarées sous « uncertainty: ».",
            en: "N draws (1 to 10,000,000) of the distributions declared under “uncertainty:”.")),
        .init(
          "seed",
          help: LocalizedText(
            fr:
              "La graine des tirages : même graine, mêmes chiffres (défaut : ESSOR_SEED, sinon 0).",
            en: "The draws' seed: same seed, same figures (default: ESSOR_SEED, else 0).")),
        .init(
          "threads",
          help: LocalizedText(
            fr:
              "Le nombre de fils de calcul (défaut : tous les cœurs) ; il ne change aucun chiffre.",
            en: "The number of threads (default: every core); it changes no figure.")),
        setOption,
      ], workspace: .optional),
    ToolCommand(
      "optimise", path: ["finance", "optimise"],
      summary: LocalizedText(
        fr: "Cherche le meilleur dosage des ressources ajustables sous toutes les contraintes.",
        en: "Search the best mix of the adjustable resources under every constraint."),
      arguments: [scenarioArgument],
      options: [
        fileOption,
        .init(
          "objective",
          help: LocalizedText(
            fr: "cost (défaut), min-debt, max-min-cash ou max-own-funds.",
            en: "cost (default), min-debt, max-min-cash or max-own-funds.")),
        .init(
          "min-dscr",
          help: LocalizedText(
            fr: "DSCR minimal (défaut : le seuil du scénario).",
            en: "Minimum DSCR (default: the scenario's threshold).")),
        .init(
          "max-gearing",
          help: LocalizedText(
            fr: "Endettement maximal (défaut : le seuil du scénario).",
            en: "Maximum gearing (default: the scenario's threshold).")),
        .init(
          "min-autonomy",
          help: LocalizedText(
            fr: "Autonomie financière minimale, ex. 25% (défaut : le seuil du scénario).",
            en: "Minimum financial autonomy, e.g. 25% (default: the scenario's threshold).")),
        .init(
          "cash-buffer",
          help: LocalizedText(
            fr: "Trésorerie minimale chaque mois, en euros (défaut : le coussin du scénario).",
            en: "Minimum cash every month, in euros (default: the scenario's buffer).")),
        .init(
          "save",
          help: LocalizedText(
            fr: "Enregistre le meilleur dans financing/NOM.yaml (jamais par-dessus un fichier).",
            en: "Save the best to financing/NAME.yaml (never over a file).")),
        .init(
          "threads",
          help: LocalizedText(
            fr:
              "Le nombre de fils de calcul (défaut : tous les cœurs) ; il ne change rien au résultat.",
            en: "The number of threads (default: every core); it changes nothing in the result.")),
        setOption,
      ], workspace: .optional),
    ToolCommand(
      "new", path: ["finance", "new"],
      summary: LocalizedText(
        fr: "Écrit un scénario de financement à remplir, commenté, dans financing/<nom>.yaml.",
        en: "Write a commented financing scenario to fill to financing/<name>.yaml."),
      arguments: [
        .init(
          "name",
          help: LocalizedText(
            fr: "Le nom du scénario (défaut : base).", en: "The scenario's name (default: base)."))
      ],
      options: [
        .init(
          "template",
          help: LocalizedText(
            fr: "scop, scic ou ess (défaut : selon la forme juridique du profil).",
            en: "scop, scic or ess (default: from the profile's legal form)."))
      ], output: .files),
    ToolCommand(
      "loan", path: ["finance", "loan"],
      summary: LocalizedText(
        fr: "Échéanciers de prêts exacts au centime, avec TEG et classeur vivant.",
        en: "Build exact-to-the-cent loan schedules, with TEG and a live workbook."),
      options: LoanInput.fields.map { field in
        ToolCommand.Option(field, help: loanFieldHelp[field] ?? LocalizedText(verbatim: field))
      } + [
        .init(
          "scenario",
          help: LocalizedText(
            fr: "Le scénario dont montrer les prêts (défaut : le scénario principal).",
            en: "The scenario whose loans to show (default: the main scenario).")),
        .init(
          "file",
          help: LocalizedText(
            fr: "Un fichier YAML de prêts (schema: 1, loans: [...]).",
            en: "A YAML file of loans (schema: 1, loans: [...]).")),
      ], workspace: .optional, dossier: true),
  ]

  /// The scenario a command works on: a name in financing/, the main one by default.
  static let scenarioArgument = ToolCommand.Argument(
    "scenario",
    help: LocalizedText(
      fr: "Le nom du scénario (défaut : le principal).",
      en: "The scenario's name (default: the main one)."))

  /// `--file PATH`: a scenario outside the workspace.
  static let fileOption = ToolCommand.Option(
    "file",
    help: LocalizedText(
      fr: "Un fichier de scénario hors de l’espace.", en: "A scenario file outside the workspace."))

  /// `--set PATH=VALUE`: a field of the scenario changed for one run.
  static let setOption = ToolCommand.Option(
    "set",
    help: LocalizedText(
      fr:
        "Change un champ du scénario pour cette exécution : operations.revenue.first=700000, resources[bank-loan].rate=5.2% (répétable).",
      en:
        "Change a field of the scenario for this run: operations.revenue.first=700000, resources[bank-loan].rate=5.2% (repeatable)."
    ), repeatable: true)

  /// What each loan field means, for `essor tools` and `essor run financing loan`.
  static let loanFieldHelp: [String: LocalizedText] = [
    "label": LocalizedText(fr: "Le nom du prêt.", en: "A label for the loan."),
    "amount": LocalizedText(fr: "Montant emprunté en euros.", en: "Amount borrowed in euros."),
    "rate": LocalizedText(
      fr: "Taux nominal annuel : 4% ou 0.04.", en: "Nominal annual rate: 4% or 0.04."),
    "years": LocalizedText(
      fr: "Durée en années, différé compris.", en: "Duration in years, grace included."),
    "periods": LocalizedText(
      fr: "Nombre d’échéances au lieu de --years.", en: "Number of instalments instead of --years."),
    "method": LocalizedText(fr: "annuity, linear ou in-fine.", en: "annuity, linear or in-fine."),
    "periodicity": LocalizedText(
      fr: "monthly, quarterly, semiannual ou annual.",
      en: "monthly, quarterly, semiannual or annual."),
    "grace-months": LocalizedText(
      fr: "Différé en mois, dans la durée.", en: "Grace period in months, inside the duration."),
    "grace-type": LocalizedText(
      fr: "partial (intérêts payés) ou total (capitalisés).",
      en: "partial (interest paid) or total (capitalised)."),
    "fees": LocalizedText(fr: "Frais de dossier en euros.", en: "Upfront fees in euros."),
    "insurance-rate": LocalizedText(
      fr: "Assurance, taux annuel sur le capital initial.",
      en: "Borrower insurance, annual rate on the initial amount."),
    "start": LocalizedText(
      fr: "Mois du décaissement : 2027-01 (défaut : le mois prochain).",
      en: "Disbursement month: 2027-01 (default: next month)."),
    "rate-mode": LocalizedText(
      fr: "proportional (défaut) ou actuarial.", en: "proportional (default) or actuarial."),
  ]

  public static let factProviders = [FinancingFacts.loans, FinancingFacts.plan]

  public static func run(_ command: String, input: ToolInput, context: ToolContext) throws
    -> ToolResult
  {
    switch command {
    case "plan": return try PlanRun(input: input, context: context).run()
    case "compare": return try CompareRun(input: input, context: context).run()
    case "stress": return try StressRun(input: input, context: context).run()
    case "optimise": return try OptimiseRun(input: input, context: context).run()
    case "loan": return try LoanRun(input: input, context: context).run()
    case "new": return try ScenarioSkeletonRun(input: input, context: context).run()
    default: throw unknownCommand(command)
    }
  }

  /// The loans of a scenario (the main one when `path` is nil); nil without a scenario.
  ///
  /// They are the plan's own: guarantee fees included, so every document quotes the same TEG.
  public static func scenarioLoans(
    _ workspace: Workspace, path: String? = nil, environment: [String: String]
  ) throws -> (path: String, loans: [LoanTerms])? {
    guard let path = path ?? ScenarioCatalog.main(in: workspace) else { return nil }
    let scenario = try ScenarioReader.load(
      path: path, profile: workspace.profile,
      tmo: TMOSeries.load(TemplateLibrary.standard(workspace: workspace, environment: environment)))
    return (path, scenario.resources.compactMap(\.loan))
  }

  /// The loans of the workspace's `financing/loans.yaml`, or nil when it has none.
  public static func workspaceLoans(_ workspace: Workspace, defaultStart: CalendarDate) throws
    -> [LoanTerms]?
  {
    let path = workspace.path(loansFile)
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    return try LoanFile.load(
      path: path, defaultStart: defaultStart, language: workspace.profile.language)
  }

  /// Projects a scenario, checks its rules and criteria, and documents it.
  public static func plan(_ scenario: Scenario, language: Language, enterprise: String?)
    -> PlanOutcome.Projected
  {
    let plan = PlanEngine.project(scenario)
    let results = PlanRules.check(plan)
    let criteria = FunderChecklist.evaluate(plan)
    let document = PlanDocument(
      plan: plan, results: results, criteria: criteria, language: language, enterprise: enterprise
    ).build()
    return PlanOutcome.Projected(
      document: document,
      outcome: PlanOutcome(
        scenario: scenario, results: results, criteria: criteria,
        lowestCash: plan.lowestMonth.map { LowestCash(month: $0.date, cash: $0.cash) }))
  }

  /// The document for a set of loans.
  public static func loanDocument(
    _ schedules: [LoanSchedule], language: Language, enterprise: String?
  ) -> Document {
    LoanDocument(schedules: schedules, language: language, enterprise: enterprise).build()
  }
}
