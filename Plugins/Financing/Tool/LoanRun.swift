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
      let workspace = try context.requireWorkspace()
      guard let found = try FinancingTool.workspaceLoans(workspace, defaultStart: defaultStart)
      else {
        throw EssorError(
          .fileNotFound,
          at: .file(path: workspace.path(FinancingTool.loansFile), line: nil, column: nil),
          LocalizedText(
            fr: "ce fichier de prêts n’existe pas.", en: "this loans file does not exist."),
          hint: LocalizedText(
            fr: "créez-le, ou passez --amount, --rate et --years.",
            en: "create it, or pass --amount, --rate and --years."))
      }
      loans = found
    } else {
      let loan = LoanInput(
        values: values, location: nil, invalidCode: .invalidOption,
        defaultLabel: language == .fr ? "Prêt" : "Loan", defaultStart: defaultStart,
        language: language)
      loans = [try loan.terms()]
    }
    if let workspace = context.workspace {
      inputs += [Workspace.profileFile, FinancingTool.loansFile].map(workspace.path)
    }
    return ToolResult(
      document: FinancingTool.loanDocument(
        loans.map(LoanEngine.schedule), language: language, enterprise: context.enterprise),
      inputs: inputs)
  }
}
