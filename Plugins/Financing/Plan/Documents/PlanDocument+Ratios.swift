import EssorCore
import EssorReport

extension PlanDocument {
  /// The ratios with and without quasi-equity, and the funders' checklist.
  func ratiosSection(_ statements: Statements) -> Section {
    let thresholds = s.thresholds
    var table = StatementTable(
      id: "ratios", labelTitle: t("Ratio (seuil)", "Ratio (threshold)"), yearLabels: yearLabels)
    let ratios = plan.years.map(YearRatios.init)
    let bal = statements.bal
    func ref(_ line: String) -> String { "{bal.y%Y%#\(bal.index(line) ?? 0)}" }
    func add(
      _ id: String, _ label: String, _ key: KeyPath<YearRatios, Double?>, unit: QuantityUnit?,
      _ numerator: String, _ denominator: String
    ) {
      // A share is a percentage; gearing and the DSCR are ratios, debt / CAF is in years.
      let values = ratios.map { ratio -> CellValue in
        guard let value = ratio[keyPath: key] else { return .text("—") }
        return unit.map { .quantity(value, $0) } ?? .percent(value)
      }
      table.add(
        id, label, cells: values, "IF(\(denominator)>0,\(numerator)/\(denominator),0)")
    }
    let autonomy = "≥ " + thresholds.autonomy.percentText(language)
    add(
      "autonomy",
      t(
        "Autonomie financière, quasi = dettes (\(autonomy))",
        "Financial autonomy, quasi = debt (\(autonomy))"),
      \.autonomy, unit: nil, ref("own"), ref("permanent"))
    add(
      "autonomyq",
      t(
        "Autonomie financière, quasi = fonds propres (\(autonomy))",
        "Financial autonomy, quasi = own funds (\(autonomy))"),
      \.autonomyQuasiAsEquity, unit: nil, "(\(ref("own"))+\(ref("quasi")))", ref("permanent"))
    let gearing = "≤ " + MoneyFormat.number(thresholds.gearing, decimals: 2, language)
    add(
      "gearing",
      t("Endettement, quasi = dettes (\(gearing))", "Gearing, quasi = debt (\(gearing))"),
      \.gearing, unit: .ratio, "(\(ref("debt"))+\(ref("quasi")))", ref("own"))
    add(
      "gearingq",
      t(
        "Endettement, quasi = fonds propres (\(gearing))", "Gearing, quasi = own funds (\(gearing))"
      ),
      \.gearingQuasiAsEquity, unit: .ratio, ref("debt"), "(\(ref("own"))+\(ref("quasi")))")
    let years = "≤ " + MoneyFormat.number(thresholds.debtToCAF, decimals: 1, language)
    add(
      "debtcaf",
      t(
        "Dettes / CAF en années, quasi = dettes (\(years))",
        "Debt / CAF in years, quasi = debt (\(years))"),
      \.debtToCAF, unit: .years, "(\(ref("debt"))+\(ref("quasi")))", ref("caf"))
    add(
      "debtcafq",
      t(
        "Dettes / CAF en années, quasi = fonds propres (\(years))",
        "Debt / CAF in years, quasi = own funds (\(years))"),
      \.debtToCAFQuasiAsEquity, unit: .years, ref("debt"), ref("caf"))
    let dscr = "≥ " + MoneyFormat.number(thresholds.dscr, decimals: 2, language)
    add(
      "dscr",
      t("DSCR = EBE / toutes les annuités (\(dscr))", "DSCR = EBE / all debt service (\(dscr))"),
      \.dscr, unit: .ratio, ref("ebe"), "(\(ref("service"))+\(ref("qservice")))")
    add(
      "dscrq", t("DSCR hors quasi-fonds propres (\(dscr))", "DSCR without quasi-equity (\(dscr))"),
      \.dscrQuasiAsEquity, unit: .ratio, ref("ebe"), ref("service"))
    // Banks also compute it after tax and part travail, or on CAF: both shown, over all
    // debt service; the checklist uses EBE / all debt service (the line above these).
    let pl = statements.pl
    func plRef(_ line: String) -> String { "{pl.y%Y%#\(pl.index(line) ?? 0)}" }
    let paidOut = RuleText.isSCOP(s.legalForm) ? "-\(plRef("participation"))" : ""
    add(
      "dscrtax",
      paidOut.isEmpty
        ? t("DSCR = (EBE − IS) / annuités (\(dscr))", "DSCR = (EBE − tax) / debt service (\(dscr))")
        : t(
          "DSCR = (EBE − IS − part travail) / annuités (\(dscr))",
          "DSCR = (EBE − tax − part travail) / debt service (\(dscr))"),
      \.dscrAfterTax, unit: .ratio, "(\(ref("ebe"))-\(plRef("tax"))\(paidOut))",
      "(\(ref("service"))+\(ref("qservice")))")
    add(
      "dscrcaf",
      t("DSCR sur CAF = CAF / annuités (\(dscr))", "DSCR on CAF = CAF / debt service (\(dscr))"),
      \.dscrOnCAF, unit: .ratio, ref("caf"), "(\(ref("service"))+\(ref("qservice")))")
    // In a workbook the plan's value and the result follow the ratios when an input changes.
    let ratiosTable = table
    // The ratios from the first full year of sales, as the checklist judges them.
    let firstFull = FunderChecklist.firstFullYear(plan)
    func across(
      _ function: String, _ line: String, in statement: StatementTable, from first: Int = 1
    ) -> String {
      function + "("
        + (first...horizon).map { statement.reference(line, year: $0) }.joined(separator: ",")
        + ")"
    }
    let live: [String: (formula: String, higherIsBetter: Bool)] = [
      "own-funds-to-needs": ("OwnFundsToNeeds", true),
      "autonomy": (across("MIN", "autonomyq", in: ratiosTable, from: firstFull), true),
      "gearing": (across("MAX", "gearingq", in: ratiosTable, from: firstFull), false),
      "debt-to-caf": (across("MAX", "debtcafq", in: ratiosTable, from: firstFull), false),
      "dscr": (across("MIN", "dscr", in: ratiosTable, from: firstFull), true),
      "positive-caf": (across("MIN", "cafsub", in: statements.pl), true),
    ]
    let met = t("✔ rempli", "✔ met")
    let missed = t("✘ non rempli", "✘ not met")
    let checklist = criteria.map { c -> Row in
      var value = Cell.text(t(c.value))
      var result = Cell.text(c.passed ? met : missed)
      if let measure = c.measure, let limit = c.limit, let source = live[c.id] {
        let percent = ["own-funds-to-needs", "autonomy"].contains(c.id)
        value = Cell(
          percent ? .percent(measure) : .number(measure), formula: Formula(source.formula))
        let comparison = source.higherIsBetter ? ">=" : "<="
        let bound = Rate(fraction: limit).formulaText
        result = Cell(
          .text(c.passed ? met : missed),
          formula: Formula("IF({plan}\(comparison)\(bound),\"\(met)\",\"\(missed)\")"))
      } else if c.id == "positive-caf", let source = live[c.id] {
        value = Cell(
          .money(plan.years.map(\.cafSubtractive).min() ?? .zero), formula: Formula(source.formula))
        result = Cell(
          .text(c.passed ? met : missed),
          formula: Formula("IF({plan}>0,\"\(met)\",\"\(missed)\")"))
      }
      return Row([
        .text(t(c.label)), .text(c.funders.map(funderLabel).joined(separator: ", ")),
        .text(t(c.threshold)), value, .text(t(c.alternative)), result,
        .text(c.year.map { s.yearLabel($0) } ?? "—"),
      ])
    }
    return Section(
      title: t("Ratios et critères des financeurs", "Ratios and funders' criteria"),
      sheetName: t("Ratios", "Ratios"),
      blocks: [
        .table(
          Table(
            id: "checklist",
            title: t("Critères des financeurs (pire année)", "Funders' criteria (worst year)"),
            columns: [
              Column("criterion", t("Critère", "Criterion"), .text),
              Column("funders", t("Financeurs", "Funders"), .text),
              Column("threshold", t("Seuil", "Threshold"), .text),
              Column("plan", t("Plan", "Plan"), .decimal(2)),
              Column("other", t("Autre convention", "Other convention"), .text),
              Column("result", t("Résultat", "Result"), .text),
              Column("year", t("Pire année", "Worst year"), .text),
            ], rows: checklist, freezesHeader: false)),
        .table(table.table(freezesHeader: false)),
        .table(statements.balanceTable()),
        .paragraph(
          t(
            "Seuils : valeurs d’usage des banques et des financeurs solidaires, réglables dans « thresholds: » (voir docs/financing-plan.md). Les prêts participatifs, titres participatifs et comptes courants bloqués sont des quasi-fonds propres : chaque ratio est donné en les comptant comme des dettes puis comme des fonds propres. La liste des financeurs juge l’autonomie, l’endettement et la capacité de remboursement en comptant les quasi-fonds propres comme des fonds propres, comme les banques ; le DSCR avec toutes les annuités, qu’il faut bien payer ; l’autre convention est donnée à côté.",
            "Thresholds: banks’ and solidarity funders’ usual values, set in “thresholds:” (see docs/financing-plan.md). Participatory loans, titres participatifs and blocked current accounts are quasi-equity: each ratio is given counting them as debt, then as own funds. The checklist judges autonomy, gearing and repayment capacity counting quasi-equity as own funds, as banks do, and the DSCR with every instalment, which must be paid anyway; the other convention is shown next to it."
          )),
      ])
  }

  func funderLabel(_ funder: FunderCriterion.Funder) -> String {
    switch funder {
    case .bank: return t("banque", "bank")
    case .franceActive: return "France Active"
    case .cooperativeFunds: return t("fonds coopératifs", "cooperative funds")
    }
  }

  /// Capital and votes every year, and every rule's result.
  func rulesSection() -> Section {
    // Votes per head matter for a SCOP, public bodies' capital for a SCIC.
    let scop = RuleText.isSCOP(s.legalForm)
    let scic = s.legalForm == .scic
    let capitalRows = plan.years.map { f in
      Row(
        [
          Cell(.integer(Int64(f.year))), .money(f.workerCapital), .money(f.outsideCapital),
          Cell(.money(f.capital), formula: "{workers}+{outside}"),
          Cell(
            .percent(
              f.capital > .zero ? Double(f.workerCapital.cents) / Double(f.capital.cents) : 0),
            formula: "IF({total}>0,{workers}/{total},0)"),
        ] + (scop ? [Cell(.percent(1 - f.outsideVotes))] : [])
          + (scic ? [.money(f.publicBodyCapital)] : [])
          + [.money(f.highestCapital), .money(f.legalReserveTotal)])
    }
    let catalog = Dictionary(uniqueKeysWithValues: PlanRules.reported.map { ($0.id, $0) })
    let resultRows = results.map { result in
      Row([
        .text(catalog[result.rule].map { t($0.title) } ?? result.rule),
        .text(result.year.map { s.yearLabel($0) } ?? t("plan", "plan")),
        .text(t(result.measured)), .text(t(result.limit)),
        .text(
          result.passed
            ? "✔"
            : (result.severity == .error
              ? t("✘ enfreinte", "✘ broken") : t("⚠ à surveiller", "⚠ watch"))),
        .text(catalog[result.rule].map { t($0.basis) } ?? ""),
      ])
    }
    return Section(
      title: t("Règles coopératives et légales", "Cooperative and legal rules"),
      sheetName: t("Règles", "Rules"),
      blocks: [
        .table(
          Table(
            id: "capital",
            title: t("Capital et voix en fin d’année", "Capital and votes at year end"),
            columns: [
              Column("year", t("Année", "Year"), .plainInteger),
              Column(
                "workers",
                RuleText.isCooperative(s.legalForm)
                  ? t("Capital des salariés", "Worker capital")
                  : t("Capital des salariés et fondateurs", "Employees' and founders' capital"),
                .money),
              Column("outside", t("Capital des extérieurs", "Outside capital"), .money),
              Column("total", t("Capital total", "Total capital"), .money),
              Column("share", t("Part des salariés", "Workers' share"), .percent(decimals: 1)),
            ]
              + (scop
                ? [Column("votes", t("Voix des salariés", "Workers' votes"), .percent(decimals: 1))]
                : [])
              + (scic
                ? [Column("public", t("Dont collectivités", "Of which public bodies"), .money)]
                : [])
              + [
                Column(
                  "highest", t("Plus haut capital atteint", "Highest capital reached"), .money),
                Column("legal", t("Réserve légale cumulée", "Legal reserve to date"), .money),
              ], rows: capitalRows, freezesHeader: false)),
        .table(
          Table(
            id: "rules", title: t("Règles vérifiées chaque année", "Rules checked every year"),
            columns: [
              Column("rule", t("Règle", "Rule"), .text), Column("year", t("Année", "Year"), .text),
              Column("measured", t("Plan", "Plan"), .text),
              Column("limit", t("Limite", "Limit"), .text),
              Column("result", t("Résultat", "Result"), .text),
              Column("basis", t("Fondement", "Basis"), .text),
            ], rows: resultRows, freezesHeader: false)),
      ])
  }
}
