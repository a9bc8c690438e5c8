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
      _ id: String, _ label: String, _ key: KeyPath<YearRatios, Double?>, percent: Bool,
      _ numerator: String, _ denominator: String
    ) {
      let values = ratios.map { ratio -> CellValue in
        guard let value = ratio[keyPath: key] else { return .text("—") }
        return percent ? .percent(value) : .number(value)
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
      \.autonomy, percent: true, ref("own"), ref("permanent"))
    add(
      "autonomyq",
      t(
        "Autonomie financière, quasi = fonds propres (\(autonomy))",
        "Financial autonomy, quasi = own funds (\(autonomy))"),
      \.autonomyWithQuasi, percent: true, "(\(ref("own"))+\(ref("quasi")))", ref("permanent"))
    let gearing = "≤ " + MoneyFormat.number(thresholds.gearing, decimals: 2, language)
    add(
      "gearing",
      t("Endettement, quasi = dettes (\(gearing))", "Gearing, quasi = debt (\(gearing))"),
      \.gearing, percent: false, "(\(ref("debt"))+\(ref("quasi")))", ref("own"))
    add(
      "gearingq",
      t(
        "Endettement, quasi = fonds propres (\(gearing))", "Gearing, quasi = own funds (\(gearing))"
      ),
      \.gearingWithQuasi, percent: false, ref("debt"), "(\(ref("own"))+\(ref("quasi")))")
    let years = "≤ " + MoneyFormat.number(thresholds.debtToCAF, decimals: 1, language)
    add(
      "debtcaf",
      t(
        "Dettes / CAF en années, quasi = dettes (\(years))",
        "Debt / CAF in years, quasi = debt (\(years))"),
      \.debtToCAF, percent: false, "(\(ref("debt"))+\(ref("quasi")))", ref("caf"))
    add(
      "debtcafq",
      t(
        "Dettes / CAF en années, quasi = fonds propres (\(years))",
        "Debt / CAF in years, quasi = own funds (\(years))"),
      \.debtToCAFWithQuasi, percent: false, ref("debt"), ref("caf"))
    let dscr = "≥ " + MoneyFormat.number(thresholds.dscr, decimals: 2, language)
    add(
      "dscr",
      t("DSCR = EBE / toutes les annuités (\(dscr))", "DSCR = EBE / all debt service (\(dscr))"),
      \.dscr, percent: false, ref("ebe"), "(\(ref("service"))+\(ref("qservice")))")
    add(
      "dscrq", t("DSCR hors quasi-fonds propres (\(dscr))", "DSCR without quasi-equity (\(dscr))"),
      \.dscrWithQuasi, percent: false, ref("ebe"), ref("service"))
    let checklist = criteria.map { c in
      Row([
        .text(t(c.label)),
        .text(c.funders.map(funderLabel).joined(separator: ", ")),
        .text(t(c.threshold)), .text(t(c.value)),
        .text(c.passed ? t("✔ rempli", "✔ met") : t("✘ non rempli", "✘ not met")),
        .text(t(c.margin)), .text(c.year.map { s.yearLabel($0) } ?? "—"),
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
              Column("value", t("Plan", "Plan"), .text),
              Column("result", t("Résultat", "Result"), .text),
              Column("margin", t("Marge", "Margin"), .text),
              Column("year", t("Année", "Year"), .text),
            ], rows: checklist, freezesHeader: false)),
        .table(table.table(freezesHeader: false)),
        .table(statements.balanceTable()),
        .paragraph(
          t(
            "Seuils : valeurs d’usage par défaut (domain/financing.md §3), réglables dans « thresholds: ». Les prêts participatifs, titres participatifs et comptes courants bloqués sont des quasi-fonds propres : chaque ratio est donné en les comptant comme des dettes puis comme des fonds propres.",
            "Thresholds: practice defaults (domain/financing.md §3), set in “thresholds:”. Participatory loans, titres participatifs and blocked current accounts are quasi-equity: each ratio is given counting them as debt, then as own funds."
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
    let capitalRows = plan.years.map { f in
      Row([
        Cell(.integer(Int64(f.year))), .money(f.workerCapital), .money(f.outsideCapital),
        Cell(.money(f.capital), formula: "{workers}+{outside}"),
        Cell(
          .percent(f.capital > .zero ? Double(f.workerCapital.cents) / Double(f.capital.cents) : 0),
          formula: "IF({total}>0,{workers}/{total},0)"),
        RuleText.isSCOP(s.legalForm) ? Cell(.percent(1 - f.outsideVotes)) : .text("—"),
        .money(f.publicBodyCapital), .money(f.highestCapital),
        .money(f.legalReserveTotal),
      ])
    }
    let catalog = Dictionary(uniqueKeysWithValues: PlanRules.all.map { ($0.id, $0) })
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
        .text(catalog[result.rule]?.basis ?? ""),
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
              Column("workers", t("Capital des salariés", "Worker capital"), .money),
              Column("outside", t("Capital des extérieurs", "Outside capital"), .money),
              Column("total", t("Capital total", "Total capital"), .money),
              Column("share", t("Part des salariés", "Workers' share"), .percent(decimals: 1)),
              Column(
                "votes", t("Voix des salariés (SCOP)", "Workers' votes (SCOP)"),
                .percent(decimals: 1)),
              Column("public", t("Dont collectivités", "Of which public bodies"), .money),
              Column("highest", t("Plus haut capital atteint", "Highest capital reached"), .money),
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
