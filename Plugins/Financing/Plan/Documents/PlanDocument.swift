import EssorCore
import EssorReport

/// Turns a projected plan into a neutral document: a verdict first, then the assumptions
/// (named inputs), the financing plans, the P&L, the cash plan, the ratios and the funders'
/// checklist, the cooperative rules and the loans, as live formulas over the inputs.
public struct PlanDocument {
  let plan: PlanProjection
  let results: [RuleResult]
  let criteria: [FunderCriterion]
  let language: Language
  let enterprise: String?
  let loans: LoanDocument
  let loanIndices: [Int]

  public init(
    plan: PlanProjection, results: [RuleResult], criteria: [FunderCriterion], language: Language,
    enterprise: String?
  ) {
    self.plan = plan
    self.results = results
    self.criteria = criteria
    self.language = language
    self.enterprise = enterprise
    loanIndices = plan.schedules.keys.sorted()
    loans = LoanDocument(
      schedules: loanIndices.compactMap { plan.schedules[$0] }, language: language,
      enterprise: enterprise)
  }

  var s: Scenario { plan.scenario }
  var horizon: Int { s.horizon }

  func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
  func t(_ text: LocalizedText) -> String { text(language) }

  var yearLabels: [String] { (1...horizon).map { s.yearLabel($0) } }

  /// The schedule table id of loan-like instrument `index` in the loans' sections.
  func scheduleTable(_ index: Int) -> String? {
    guard let position = loanIndices.firstIndex(of: index) else { return nil }
    return loanIndices.count > 1 ? "schedule\(position + 1)" : "schedule"
  }

  /// Σ of a schedule column over the plan year in row `%I%` of the operations table.
  func scheduleSum(_ column: String, indices: [Int]? = nil) -> String? {
    let terms = (indices ?? loanIndices).compactMap { scheduleTable($0) }.map { table in
      "SUMIFS({\(table).\(column)*},{\(table).date*},\">=\"&{ops.from#%I%},{\(table).date*},\"<\"&{ops.to#%I%})"
    }
    return terms.isEmpty ? nil : terms.joined(separator: "+")
  }

  public func build() -> Document {
    let statements = Statements(document: self)
    var sections = [summarySection(statements), assumptionsSection()]
    var statementSections = statements.sections()
    // The mix by instrument completes the initial plan, the project's flows the multi-year
    // one (each prints on its page; the verdict stays short).
    statementSections[0].blocks += mixBlocks()
    statementSections[1].blocks.append(flowsBlock())
    sections += statementSections
    sections += [cashYearOneSection(), cashSection(), ratiosSection(statements), rulesSection()]
    // Each loan's inputs, schedule and yearly totals; the plan has its own loans table.
    if !loanIndices.isEmpty {
      sections += loans.build(withSummary: false).sections.map { section in
        var section = section
        section.isAppendix = true
        return section
      }
    }
    return Document(
      title: t("Plan de financement : ", "Financing plan: ") + s.title
        + (enterprise.map { " — " + $0 } ?? ""),
      language: language,
      properties: DocumentProperties(
        subject: t("Plan de financement", "Financing plan"), company: enterprise,
        keywords: "essor, financing, plan, " + s.legalForm.rawValue,
        comments: t(
          "Modifiez les cellules nommées et les tableaux de la feuille Hypothèses : les plans, le compte de résultat et les ratios se recalculent.",
          "Edit the named cells and tables of the Assumptions sheet: the plans, the P&L and the ratios recalculate."
        )),
      sections: withSnapshotsMarked(sections), payload: PlanPayload(document: self).payload())
  }

  // MARK: Verdict

  var errors: [RuleResult] { results.filter { !$0.passed && $0.severity == .error } }
  var warnings: [RuleResult] { results.filter { !$0.passed && $0.severity == .warning } }
  var failedCriteria: [FunderCriterion] { criteria.filter { !$0.passed } }

  /// One line a consultant reads first: fundable or not, and why.
  var verdict: String {
    PlanVerdict(
      blockingProblems: errors.count, missedCriteria: failedCriteria.count,
      legalForm: s.legalForm
    ).text(language)
  }

  private func summarySection(_ statements: Statements) -> Section {
    var blocks: [Block] = [.paragraph(verdict)]
    if !s.overrides.isEmpty {
      blocks.append(
        .paragraph(
          t("Modifié pour cette exécution (--set) : ", "Changed for this run (--set): ")
            + s.overrides.map { $0.text(language) }.joined(separator: " ; ")))
    }
    for error in errors {
      blocks.append(.paragraph("✘ " + t(error.message)))
    }
    for criterion in failedCriteria {
      blocks.append(
        .paragraph(
          "◐ " + t(criterion.label) + t(" : ", ": ") + t(criterion.value) + " — "
            + t("seuil ", "threshold ") + t(criterion.threshold)
            + (criterion.year.map { t(", pire année ", ", worst year ") + s.yearLabel($0) } ?? "")))
    }
    blocks += warningParagraphs()
    let lowest = plan.lowestMonth
    let first = plan.years[0]
    var figures = [
      KeyFigure(
        t("Besoins du plan initial", "Initial needs"),
        Cell(.money(plan.initialNeedsTotal), formula: "InitialNeeds")),
      KeyFigure(
        t("Ressources du plan initial", "Initial resources"),
        Cell(.money(plan.initialResourcesTotal), formula: "InitialResources")),
      KeyFigure(
        t("Écart (ressources − besoins)", "Gap (resources − needs)"),
        Cell(.money(plan.initialGap), formula: "InitialResources-InitialNeeds"),
        note: plan.initialGap >= .zero ? t("équilibré", "balanced") : t("à financer", "to finance")),
      KeyFigure(
        t("Demandé aux financeurs (plan initial)", "Asked from funders (initial plan)"),
        .money(plan.askTotal),
        note: t(
          "prêts, quasi-fonds propres, subventions, prêts d’honneur, parts d’investisseurs ou de collectivités",
          "loans, quasi-equity, grants, honour loans, investors' or public bodies' shares")),
      KeyFigure(
        t("Demandé aux financeurs (tout le plan)", "Asked from funders (whole plan)"),
        .money(plan.askTotalWholePlan),
        note: t("hors crédits relais", "bridge loans left out")),
      KeyFigure(
        t("Trésorerie la plus basse", "Lowest cash"),
        Cell(.money(lowest?.cash ?? .zero), formula: "MIN({cash.cash*})"),
        note: lowest.map { ScenarioFields.monthText($0.date) }),
      KeyFigure(
        t("CAF de l’année 1", "Year 1 CAF"),
        Cell(
          .money(first.cafSubtractive), formula: Formula(statements.pl.reference("cafsub", year: 1))
        )),
      KeyFigure(
        t("Point mort de l’année 1 (chiffre d’affaires)", "Year 1 break-even revenue"),
        Cell(
          .money(first.breakeven), formula: Formula(statements.pl.reference("breakeven", year: 1))),
        note: t("CA prévu : ", "planned revenue: ") + MoneyFormat.text(first.revenue, language)),
    ]
    figures += returnFigures()
    blocks.append(.keyFigures(figures))
    blocks.append(.table(keyYearsTable(statements)))
    var section = Section(
      title: t("Verdict", "Verdict"), sheetName: t("Verdict", "Verdict"), blocks: blocks)
    section.isSummary = true
    return section
  }

  /// The warnings, one paragraph per rule: a rule that warns several years says so once,
  /// with its first year's message (each year is in the Rules section).
  private func warningParagraphs() -> [Block] {
    var order: [String] = []
    var byRule: [String: [RuleResult]] = [:]
    for warning in warnings {
      if byRule[warning.rule] == nil { order.append(warning.rule) }
      byRule[warning.rule, default: []].append(warning)
    }
    let catalog = Dictionary(uniqueKeysWithValues: PlanRules.reported.map { ($0.id, $0) })
    return order.compactMap { rule in
      guard let group = byRule[rule], let first = group.first else { return nil }
      guard group.count > 1 else { return .paragraph("• " + t(first.message)) }
      let years = group.compactMap(\.year)
      let span =
        (years.first.map { s.yearLabel($0) } ?? "") + "–"
        + (years.last.map { s.yearLabel($0) } ?? "")
      let title = catalog[rule].map { t($0.title) } ?? rule
      return .paragraph(
        "• " + title + t(" — \(group.count) années (", " — \(group.count) years (") + span
          + t(") ; la première : ", "); the first: ") + t(first.message)
          + t(
            " Chaque année est détaillée dans la section Règles.",
            " Each year is in the Rules section."))
    }
  }

  /// Revenue, EBE, CAF, year-end cash and DSCR, a year a row (fits a narrow screen).
  private func keyYearsTable(_ statements: Statements) -> Table {
    let rows = plan.years.map { f -> Row in
      let ratios = YearRatios(f)
      func pl(_ line: String) -> Formula { Formula(statements.pl.reference(line, year: f.year)) }
      let bal = { (line: String) in statements.bal.reference(line, year: f.year) }
      return Row([
        .text(s.yearLabel(f.year)),
        Cell(.money(f.revenue), formula: pl("revenue")),
        Cell(.money(f.ebe), formula: pl("ebe")),
        Cell(.money(f.cafSubtractive), formula: pl("cafsub")),
        Cell(.money(f.cashEnd), formula: Formula(statements.mplan.reference("cash", year: f.year))),
        Cell(
          ratios.dscr.map { .quantity($0, .ratio) } ?? .text("—"),
          formula: ratios.dscr == nil
            ? nil
            : Formula(
              "IF((\(bal("service"))+\(bal("qservice")))>0,\(bal("ebe"))/(\(bal("service"))+\(bal("qservice"))),0)"
            )),
      ])
    }
    return Table(
      id: "keyyears", title: t("Chiffres clés par année", "Key figures by year"),
      columns: [
        Column("year", t("Année", "Year"), .text),
        Column("revenue", t("Chiffre d’affaires", "Revenue"), .money),
        Column("ebe", "EBE", .money),
        Column("caf", "CAF", .money),
        Column("cash", t("Trésorerie fin", "Cash at year end"), .money),
        Column("dscr", "DSCR", .decimal(2)),
      ], rows: rows, freezesHeader: false)
  }

  /// NPV and IRR of the project's flows, both NPV conventions named.
  private func returnFigures() -> [KeyFigure] {
    var figures = [
      KeyFigure(
        t(
          "VAN du projet (année 0 non actualisée)", "Project NPV (year 0 not discounted)"),
        Cell(
          .number(plan.npv),
          formula: Formula("{flows.flow#0}+NPV(DiscountRate,{flows.flow#1..\(horizon)})")),
        kind: .money,
        note: t("au taux de ", "at ") + s.discountRate.percentText(language)
          + t(", comme numpy-financial npv", ", as numpy-financial's npv")),
      KeyFigure(
        t(
          "VAN façon tableur (année 0 actualisée)", "Spreadsheet NPV (year 0 discounted)"),
        Cell(
          .number(plan.spreadsheetNPV),
          formula: "NPV(DiscountRate,{flows.flow*})"),
        kind: .money, note: t("=VAN(taux; tous les flux)", "=NPV(rate; all flows)")),
    ]
    if let irr = plan.irr {
      figures.append(
        KeyFigure(
          t("TRI du projet", "Project IRR"), Cell(.percent(irr), formula: "IRR({flows.flow*})"),
          kind: .percent(decimals: 2)))
    } else {
      figures.append(
        KeyFigure(
          t("TRI du projet", "Project IRR"),
          .text(
            t("aucun (les flux ne changent pas de signe)", "none (the flows never change sign)"))))
    }
    return figures
  }

  /// The financing mix by instrument kind, with a pie chart.
  private func mixBlocks() -> [Block] {
    let mix = PlanPayload.sources(plan, language: language)
    let total = mix.reduce(Money.zero) { $0 + $1.amount }
    var rows = mix.map { item in
      Row([
        .text(item.label), .money(item.amount),
        Cell(
          .percent(total > .zero ? Double(item.amount.cents) / Double(total.cents) : 0),
          formula: "IF(SUM({amount*})>0,{amount}/SUM({amount*}),0)"),
      ])
    }
    rows.append(
      Row(
        [.text("Total"), Cell(.money(total), formula: "SUM({amount*})"), .empty], style: .total))
    return [
      .table(
        Table(
          id: "mix",
          title: t(
            "Ressources par instrument, tout le plan", "Resources by instrument, whole plan"),
          columns: [
            Column("instrument", t("Instrument", "Instrument"), .text),
            Column("amount", t("Montant", "Amount"), .money),
            Column("share", t("Part", "Share"), .percent(decimals: 1)),
          ], rows: rows, freezesHeader: false)),
      .chart(
        Chart(
          kind: .pie, title: t("Le mix de financement", "The financing mix"),
          categories: ColumnReference(
            table: "mix", column: "instrument", rows: 0...max(0, mix.count - 1)),
          series: [
            .init(
              t("Montant", "Amount"),
              ColumnReference(table: "mix", column: "amount", rows: 0...max(0, mix.count - 1)))
          ])),
    ]
  }

  /// The project's cash flows year by year, on which NPV and IRR are computed.
  private func flowsBlock() -> Block {
    let flows = plan.projectFlows.enumerated().map { year, flow in
      Row([Cell(.integer(Int64(year))), .money(flow)])
    }
    return
      .table(
        Table(
          id: "flows",
          title: t(
            "Flux du projet (t = 0 : investissements de l’année 1 ; dernière année : valeur résiduelle, BFR et dépôts récupérés)",
            "Project cash flows (t = 0: year-1 investments; last year: residual value, working capital and deposits recovered)"
          ),
          columns: [
            Column("t", "t", .plainInteger), Column("flow", t("Flux", "Flow"), .money),
          ], rows: flows, freezesHeader: false))
  }
}
