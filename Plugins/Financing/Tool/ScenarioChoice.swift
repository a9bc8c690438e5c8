import EssorCore

/// Which scenario a command means: the one named (a file of `financing/`, without folders),
/// else the workspace's main one (``ScenarioCatalog/main(in:)``).
struct ScenarioChoice {
  let workspace: Workspace

  /// The path of the scenario named `name`, or of the main one when `name` is nil.
  func path(_ name: String?) throws -> String {
    let ids = ScenarioCatalog.ids(in: workspace)
    if var scenario = name {
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
          hint: listHint(
            ids,
            none: (
              "créez un scénario, ex. financing/base.yaml.",
              "create a scenario, e.g. financing/base.yaml."
            )))
      }
      let path = ScenarioCatalog.path(scenario, in: workspace)
      guard ids.contains(scenario) else {
        throw EssorError(
          .fileNotFound, at: .file(path: path, line: nil, column: nil),
          LocalizedText(
            fr: "le scénario « \(scenario) » n’existe pas"
              + (Suggestion.closest(to: scenario, among: ids).map {
                " ; vouliez-vous dire « \($0) » ?"
              } ?? "."),
            en: "the scenario “\(scenario)” does not exist"
              + (Suggestion.closest(to: scenario, among: ids).map { "; did you mean “\($0)”?" }
                ?? ".")),
          hint: listHint(
            ids,
            none: (
              "créez financing/\(scenario).yaml (voir docs/financing-plan.md).",
              "create financing/\(scenario).yaml (see docs/financing-plan.md)."
            )))
      }
      return path
    }
    if let main = ScenarioCatalog.main(in: workspace) { return main }
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

  private func listHint(_ ids: [String], none: (String, String)) -> LocalizedText {
    ids.isEmpty
      ? LocalizedText(fr: none.0, en: none.1)
      : LocalizedText(
        fr: "scénarios : \(ids.joined(separator: ", ")).",
        en: "scenarios: \(ids.joined(separator: ", ")).")
  }
}
