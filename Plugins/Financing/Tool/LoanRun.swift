import EssorCore

/// `finance loan`: one loan from flags, the loans of a file, or the workspace's loans.
struct LoanRun {
  let input: ToolInput
  let context: ToolContext

  func run() throws -> ToolResult {
    var values: [String: LoanInput.Value] = [:]
    for name in LoanInput.fields {
      if let value = input.options[name] {
        values[name] = LoanInput.Value(value, at: .flag("--" + name))
      }
    }
    let language = context.language
    let defaultStart = context.clock.today.firstOfNextMonth
    var inputs: [String] = []
    let loans: [LoanTerms]
    if input["scenario"] != nil, input["file"] != nil || !values.isEmpty {
      throw EssorError(
        .conflictingOptions, at: .flag("--scenario"),
        LocalizedText(
          fr: "--scenario montre les prêts d’un scénario : sans --file ni prêt en options.",
          en: "--scenario shows a scenario's loans: without --file or a loan in options."),
        hint: LocalizedText(
          fr: "gardez --scenario, ou décrivez le prêt avec --amount, --rate, --years.",
          en: "keep --scenario, or describe the loan with --amount, --rate, --years."))
    }
    if let file = input["file"] {
      if let flag = values.keys.sorted().first {
        throw EssorError(
          .conflictingOptions, at: .flag("--" + flag),
          LocalizedText(
            fr: "--file et --\(flag) ne vont pas ensemble.",
            en: "--file and --\(flag) do not go together."),
          hint: LocalizedText(
            fr: "mettez le prêt dans le fichier, ou n’utilisez pas --file.",
            en: "put the loan in the file, or do not use --file."))
      }
      inputs.append(file)
      loans = try LoanFile.load(path: file, defaultStart: defaultStart, language: language)
    } else if values.isEmpty {
      // The loans live in the scenario (the main one, or the one named); loans.yaml is for
      // loans simulated on their own.
      let workspace = try context.requireWorkspace()
      let named = try input["scenario"].map { try ScenarioChoice(workspace: workspace).path($0) }
      if let (path, found) = try FinancingTool.scenarioLoans(
        workspace, path: named, environment: context.environment)
      {
        inputs.append(path)
        loans = found
      } else if let found = try FinancingTool.workspaceLoans(
        workspace, defaultStart: defaultStart)
      {
        inputs.append(workspace.path(FinancingTool.loansFile))
        loans = found
      } else {
        throw EssorError(
          .fileNotFound,
          at: .file(path: workspace.path("financing"), line: nil, column: nil),
          LocalizedText(
            fr: "ni scénario de financement ni fichier de prêts dans cet espace.",
            en: "no financing scenario and no loans file in this workspace."),
          hint: LocalizedText(
            fr:
              "les prêts se décrivent dans le scénario (essor finance new) ; pour un prêt seul : --amount, --rate et --years.",
            en:
              "loans are described in the scenario (essor finance new); for one loan on its own: --amount, --rate and --years."
          ))
      }
    } else {
      let loan = LoanInput(
        values: values, location: nil, invalidCode: .invalidOption,
        defaultLabel: language == .fr ? "Prêt" : "Loan", defaultStart: defaultStart,
        language: language)
      loans = [try loan.terms()]
    }
    if let workspace = context.workspace {
      inputs.append(workspace.path(Workspace.profileFile))
    }
    return ToolResult(
      document: FinancingTool.loanDocument(
        loans.map(LoanEngine.schedule), language: language, enterprise: context.enterprise),
      inputs: inputs)
  }
}
