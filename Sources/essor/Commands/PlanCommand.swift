import ArgumentParser
import EssorCore
import EssorReport
import Financing
import Foundation

/// `essor finance plan`: projects a financing scenario and checks it.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract:
      "Project a financing scenario: plans, P&L, CAF, BFR, monthly cash, cooperative rules, ratios.",
    discussion: """
      A scenario is financing/<name>.yaml in the workspace (format: docs/financing-plan.md).
      Without a name, the workspace's main scenario is used: base.yaml, else the only one.

      The plan is always shown, verdict first. A broken legal rule, an initial plan whose \
      resources do not cover its needs, or cash below zero in any month is then reported \
      with the file, the line and the numbers, and the command exits with 65. Ratios outside \
      the funders' thresholds are warnings (exit 0).

      Examples:
        essor finance plan
        essor finance plan base --workspace samples/scop-lauragais
        essor finance plan base --format xlsx --output exports/plan-base.xlsx
        essor finance plan --file scenario.yaml --format md
      """)

  @Argument(help: "The scenario's name (financing/<name>.yaml).") var scenario: String?
  @Option(help: "A scenario file outside the workspace.") var file: String?

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { messages in
      _ = try output.outputFormat()
      if file != nil, let scenario {
        throw EssorError(
          .conflictingOptions, at: .flag("--file"),
          LocalizedText(
            fr: "--file et le scénario « \(scenario) » ne vont pas ensemble.",
            en: "--file and the scenario “\(scenario)” do not go together."),
          hint: LocalizedText(fr: "choisissez l’un des deux.", en: "choose one."))
      }
      let workspace = try common.workspace(required: file == nil)
      let path = try scenarioPath(workspace)
      let loaded = try ScenarioReader.load(path: path, profile: workspace?.profile)
      let context = try common.context(workspace)
      let (document, problems, missed) = FinancingTool.plan(loaded, context: context)
      // Every file of the workspace's financing folder is someone's input.
      var inputs = [path]
      if let workspace {
        inputs.append(workspace.path(Workspace.profileFile))
        inputs.append(workspace.path(FinancingTool.loansFile))
        inputs += ScenarioCatalog.ids(in: workspace).map { ScenarioCatalog.path($0, in: workspace) }
      }
      try output.emit(document, messages: messages, inputs: inputs)
      // Written to a file, the plan's verdict still shows at once.
      if output.output != nil, case .paragraph(let verdict)? = document.sections.first?.blocks.first
      {
        print(verdict)
      }
      let errors = problems.filter { $0.severity == .error }
      let warning = messages == .fr ? "essor: avertissement : " : "essor: warning: "
      for problem in problems where problem.severity == .warning {
        Host.log(warning + problem.message(messages))
      }
      // Funders' thresholds are advice: warnings, exit 0.
      for criterion in missed {
        let year =
          criterion.year.map {
            (messages == .fr ? ", pire année " : ", worst year ") + loaded.yearLabel($0)
          } ?? ""
        Host.log(
          warning + criterion.label(messages) + (messages == .fr ? " : " : ": ")
            + criterion.value(messages) + " — "
            + (messages == .fr ? "seuil " : "threshold ") + criterion.threshold(messages) + year)
      }
      guard let last = errors.last else { return }
      for problem in errors.dropLast() {
        Host.log(
          EssorError(problem.code, at: problem.location, problem.message).rendered(in: messages))
      }
      throw EssorError(
        last.code, at: last.location, last.message,
        hint: LocalizedText(
          fr:
            "\(errors.count) problème(s) bloquant(s) : le plan ci-dessus n’est pas finançable en l’état.",
          en: "\(errors.count) blocking problem(s): the plan above is not fundable as it stands."))
    }
  }

  private func scenarioPath(_ workspace: Workspace?) throws -> String {
    if let file { return file }
    guard let workspace else {
      throw EssorError(
        .workspaceNotFound, LocalizedText(fr: "aucun espace de travail.", en: "no workspace."))
    }
    let ids = ScenarioCatalog.ids(in: workspace)
    if var scenario {
      if scenario.hasSuffix(".yaml") { scenario.removeLast(5) }
      guard !scenario.contains("/"), !scenario.hasPrefix("."), !scenario.isEmpty else {
        throw EssorError(
          .invalidOption, at: .flag(scenario),
          LocalizedText(
            fr:
              "« \(scenario) » n’est pas un nom de scénario : un nom de fichier de financing/, sans dossier.",
            en: "“\(scenario)” is not a scenario name: a file name in financing/, without folders."),
          hint: LocalizedText(
            fr: "pour un fichier ailleurs : --file CHEMIN.",
            en: "for a file elsewhere: --file PATH."))
      }
      if scenario == "loans" {
        throw EssorError(
          .invalidOption, at: .flag("loans"),
          LocalizedText(
            fr:
              "financing/loans.yaml est la liste des prêts (essor finance loan), pas un scénario.",
            en: "financing/loans.yaml is the list of loans (essor finance loan), not a scenario."),
          hint: LocalizedText(
            fr: ids.isEmpty
              ? "créez un scénario, ex. financing/base.yaml."
              : "scénarios : \(ids.joined(separator: ", ")).",
            en: ids.isEmpty
              ? "create a scenario, e.g. financing/base.yaml."
              : "scenarios: \(ids.joined(separator: ", "))."))
      }
      let path = ScenarioCatalog.path(scenario, in: workspace)
      guard ids.contains(scenario), !scenario.contains("/") else {
        throw EssorError(
          .fileNotFound, at: .file(path: path, line: nil, column: nil),
          LocalizedText(
            fr: "le scénario « \(scenario) » n’existe pas.",
            en: "the scenario “\(scenario)” does not exist."),
          hint: LocalizedText(
            fr: ids.isEmpty
              ? "créez financing/\(scenario).yaml (voir docs/financing-plan.md)."
              : "scénarios : \(ids.joined(separator: ", ")).",
            en: ids.isEmpty
              ? "create financing/\(scenario).yaml (see docs/financing-plan.md)."
              : "scenarios: \(ids.joined(separator: ", "))."))
      }
      return path
    }
    guard let main = ScenarioCatalog.main(in: workspace) else {
      if ids.count > 1 {
        throw EssorError(
          .missingOption, at: .flag("scenario"),
          LocalizedText(
            fr: "ce dossier a plusieurs scénarios et aucun base.yaml : lequel ?",
            en: "this folder has several scenarios and no base.yaml: which one?"),
          hint: LocalizedText(
            fr: "essor finance plan \(ids[0]) — scénarios : \(ids.joined(separator: ", ")).",
            en: "essor finance plan \(ids[0]) — scenarios: \(ids.joined(separator: ", "))."))
      }
      throw EssorError(
        .fileNotFound, at: .file(path: workspace.path("financing"), line: nil, column: nil),
        LocalizedText(
          fr: "ce dossier n’a aucun scénario de financement.",
          en: "this folder has no financing scenario."),
        hint: LocalizedText(
          fr: "créez financing/base.yaml (format : docs/financing-plan.md).",
          en: "create financing/base.yaml (format: docs/financing-plan.md)."))
    }
    return main
  }
}
