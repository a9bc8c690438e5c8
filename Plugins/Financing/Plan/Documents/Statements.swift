import EssorCore
import EssorReport

/// The plan's statements, as tables with one column per year and formulas between lines:
/// depreciation, P&L with CAF and BFR, the multi-year financing plan and the balance-sheet
/// totals the ratios use.
struct Statements {
  let document: PlanDocument
  private(set) var dep: StatementTable
  private(set) var pl: StatementTable
  private(set) var mplan: StatementTable
  private(set) var bal: StatementTable

  init(document: PlanDocument) {
    self.document = document
    let labels = document.yearLabels
    func t(_ fr: String, _ en: String) -> String { document.t(fr, en) }
    dep = StatementTable(
      id: "dep", title: t("Amortissements", "Depreciation"), labelTitle: t("Actif", "Asset"),
      yearLabels: labels)
    pl = StatementTable(
      id: "pl", labelTitle: t("Compte de résultat", "Profit and loss"), yearLabels: labels)
    mplan = StatementTable(
      id: "mplan", labelTitle: t("Plan de financement", "Financing plan"), yearLabels: labels)
    bal = StatementTable(
      id: "bal", title: t("Bilan simplifié (fin d’année)", "Simplified balance sheet (year end)"),
      labelTitle: t("Poste", "Item"), yearLabels: labels)
    fillDepreciation()
    fillProfitAndLoss()
    fillFinancingPlan()
    fillBalance()
  }

  private var plan: PlanProjection { document.plan }
  private var years: [YearFigures] { plan.years }
  private func t(_ fr: String, _ en: String) -> String { document.t(fr, en) }
  private func values(_ key: KeyPath<YearFigures, Money>) -> [Money] {
    years.map { $0[keyPath: key] }
  }

  /// Straight-line depreciation by the month, over the assets table's inputs.
  private mutating func fillDepreciation() {
    for (row, item) in document.assets.enumerated() where item.asset.years > 0 {
      let a = item.asset
      let values = (1...document.horizon).map { y in
        Depreciation.accumulated(a.amount, from: a.month, years: a.years, after: 12 * y)
          - Depreciation.accumulated(a.amount, from: a.month, years: a.years, after: 12 * (y - 1))
      }
      func cumulative(_ elapsed: String) -> String {
        "ROUND({assets.amount#\(row)}*MIN(MAX(\(elapsed)-{assets.month#\(row)},0),{assets.years#\(row)}*12)/({assets.years#\(row)}*12),2)"
      }
      dep.add("a\(row)", a.label, values, cumulative("12*%Y%") + "-" + cumulative("12*(%Y%-1)"))
    }
    let ids = dep.lines.map { "[\($0.id)]" }
    dep.add(
      "total", "Total", values(\.depreciation), ids.isEmpty ? nil : ids.joined(separator: "+"),
      style: .total)
  }

  private mutating func fillProfitAndLoss() {
    let scop = RuleText.isSCOP(document.s.legalForm)
    pl.add("revenue", t("Chiffre d’affaires", "Revenue"), values(\.revenue), "{ops.revenue#%I%}")
    pl.add(
      "opgrants", t("Subventions d’exploitation", "Operating grants"), values(\.operatingGrants),
      "{ops.grants#%I%}")
    pl.add("other", t("Autres produits", "Other income"), values(\.otherIncome), "{ops.other#%I%}")
    pl.add(
      "purchases", t("Achats consommés", "Purchases"), values(\.purchases),
      "ROUND([revenue]*PurchasesRate,2)")
    pl.add(
      "external", t("Charges externes", "External charges"), values(\.externalCharges),
      "{ops.external#%I%}")
    pl.add("taxes", t("Impôts et taxes", "Taxes"), values(\.taxes), "{ops.taxes#%I%}")
    pl.add("gross", t("Salaires bruts", "Gross pay"), values(\.grossPay), "{ops.gross#%I%}")
    pl.add(
      "charges", t("Charges sociales", "Social charges"), values(\.employerCharges),
      "ROUND([gross]*EmployerCharges,2)")
    pl.add(
      "ebe", t("Excédent brut d’exploitation (EBE)", "EBITDA (EBE)"), values(\.ebe),
      "[revenue]+[opgrants]+[other]-[purchases]-[external]-[taxes]-[gross]-[charges]", style: .total
    )
    pl.add(
      "dep", t("Dotations aux amortissements", "Depreciation"), values(\.depreciation),
      "{dep.y%Y%#\(dep.index("total") ?? 0)}")
    pl.add(
      "release",
      t("Quote-part des subventions d’investissement (777)", "Investment grants released (777)"),
      values(\.grantRelease), grantReleaseFormula())
    pl.add(
      "interest", t("Intérêts des emprunts", "Loan interest"), values(\.interest),
      document.scheduleSum("interest"))
    pl.add(
      "insurance", t("Assurance des emprunts", "Loan insurance"), values(\.insurance),
      document.scheduleSum("insurance"))
    pl.add(
      "fees", t("Frais de dossier et de garantie", "Loan and guarantee fees"), values(\.fees),
      perYear: (1...document.horizon).map(document.feesFormula))
    pl.add(
      "coupons", t("Rémunération des titres participatifs", "Titres participatifs remuneration"),
      values(\.coupons))
    pl.add(
      "fin", t("Charges financières", "Financial charges"), values(\.financialCharges),
      "[interest]+[insurance]+[fees]+[coupons]")
    pl.add(
      "rcai", t("Résultat avant part travail et IS", "Result before part travail and tax"),
      values(\.resultBeforeParticipationAndTax), "[ebe]-[dep]+[release]-[fin]", style: .total)
    pl.add(
      "losses", t("Pertes antérieures encore à imputer", "Past losses still to absorb"),
      values(\.lossesBroughtForward))
    // The tax brackets of the year: no reduced rate above the revenue limit.
    let ceiling = "IF([revenue]>TaxRevenueLimit,0,TaxReducedCeiling)"
    if scop {
      // ENG = result − past losses − tax; part travail = share × ENG, deductible: solved in
      // closed form for each tax bracket (see PartTravail).
      let x = "([rcai]-[losses])"
      let low = "ROUND(PartTravail*\(x)*(1-TaxReducedRate)/(1-PartTravail*TaxReducedRate),2)"
      let high =
        "ROUND(PartTravail*(\(x)*(1-TaxRate)+\(ceiling)*(TaxRate-TaxReducedRate))/(1-PartTravail*TaxRate),2)"
      pl.add(
        "participation", t("Part travail (participation)", "Part travail (participation)"),
        values(\.participation), "IF(\(x)<=0,0,IF(\(x)-\(low)<=\(ceiling),\(low),\(high)))")
    }
    let participation = scop ? "-[participation]" : ""
    let beforeTax = "MAX(0,[rcai]\(participation)-[losses])"
    // A SCIC deducts what it puts into reserves, i.e. what it does not distribute of the
    // result after tax: solved in closed form for each bracket (see ScicTaxBase).
    let y = beforeTax
    let low = "ROUND(Dividends*\(y)/(1-TaxReducedRate*(1-Dividends)),2)"
    let high =
      "ROUND((Dividends*\(y)+(1-Dividends)*\(ceiling)*(TaxReducedRate-TaxRate))/(1-TaxRate*(1-Dividends)),2)"
    pl.add(
      "taxbase", t("Base imposable", "Taxable base"), values(\.taxableBase),
      document.s.legalForm == .scic
        ? "IF(\(y)<=0,0,IF(\(low)<=\(ceiling),\(low),\(high)))" : beforeTax)
    pl.add(
      "tax", t("Impôt sur les sociétés", "Corporate tax"), values(\.corporateTax),
      "ROUND(MIN([taxbase],\(ceiling))*TaxReducedRate+MAX([taxbase]-\(ceiling),0)*TaxRate,2)")
    pl.add(
      "net", t("Résultat net", "Net result"), values(\.netResult), "[rcai]\(participation)-[tax]",
      style: .total)
    pl.add(
      "cafsub",
      t("CAF — méthode soustractive (depuis l’EBE)", "CAF — subtractive method (from EBE)"),
      values(\.cafSubtractive), "[ebe]-[fin]\(participation)-[tax]")
    pl.add(
      "cafadd",
      t("CAF — méthode additive (depuis le résultat)", "CAF — additive method (from the result)"),
      values(\.cafAdditive), "[net]+[dep]-[release]")
    pl.add(
      "cafcheck",
      t(
        "Écart entre les deux CAF (doit être nul)", "Difference between the two CAF (must be zero)"),
      years.map { $0.cafSubtractive - $0.cafAdditive }, "[cafsub]-[cafadd]")
    pl.add(
      "breakeven", t("Point mort (chiffre d’affaires)", "Break-even revenue"),
      cells: years.map {
        $0.breakevenReachable ? .money($0.breakeven) : .text(t("inatteignable", "unreachable"))
      },
      "IF(\(fixedCosts)>0,ROUND(\(fixedCosts)/(1-PurchasesRate),2),0)")
    pl.add(
      "months", t("Mois de ventes dans l’année", "Months of sales in the year"),
      cells: years.map { .integer(Int64($0.activeMonths)) })
    // Working capital on the year's run rate (revenue × 12 ÷ months of sales).
    pl.add(
      "stock", t("Stock", "Stock"), values(\.stock),
      "ROUND(ROUND([purchases]*12/[months],2)*StockDays/365,2)")
    pl.add(
      "receivables", t("Créances clients (TTC)", "Receivables (VAT incl.)"), values(\.receivables),
      "ROUND(ROUND(ROUND([revenue]*12/[months],2)*(1+VAT),2)*ReceivableDays/365,2)")
    pl.add(
      "payables", t("Dettes fournisseurs (TTC)", "Payables (VAT incl.)"), values(\.payables),
      "ROUND(ROUND(ROUND([purchases]*12/[months],2)*(1+VAT),2)*PayableDays/365,2)")
    pl.add(
      "bfr", t("Besoin en fonds de roulement (BFR)", "Working capital need (BFR)"),
      values(\.workingCapital), "[stock]+[receivables]-[payables]", style: .total)
    pl.add(
      "bfrdays", t("BFR en jours de chiffre d’affaires", "BFR in days of revenue"),
      cells: years.map {
        .number(
          $0.revenue > .zero
            ? Double($0.workingCapital.cents)
              / (Double($0.revenue.cents) * 12 / Double($0.activeMonths))
              * 365 : 0)
      }, "IF([revenue]>0,[bfr]/([revenue]*12/[months])*365,0)")
    pl.add(
      "dbfr", t("Variation du BFR", "Change in BFR"), values(\.workingCapitalChange),
      "[bfr]-[bfr<]", firstYear: "[bfr]-OpeningBFR")
    pl.add(
      "absorbed",
      t("Affectation : pertes antérieures absorbées", "Allocation: past losses absorbed"),
      values(\.lossesAbsorbed))
    pl.add(
      "legal", t("Affectation : réserve légale", "Allocation: legal reserve"),
      values(\.legalReserve))
    pl.add(
      "reserves", t("Affectation : autres réserves", "Allocation: other reserves"),
      values(\.otherReserves))
    pl.add(
      "dividends",
      t(
        "Affectation : dividendes (versés l’année suivante)",
        "Allocation: dividends (paid the next year)"), values(\.dividends))
  }

  /// Line `line` of the P&L, same year.
  private func plRef(_ line: String) -> String { "{pl.y%Y%#\(pl.index(line) ?? 0)}" }

  private var fixedCosts: String {
    "([external]+[taxes]+[gross]+[charges]+[dep]+[fin]-[other]-[opgrants]-[release])"
  }

  private func grantReleaseFormula() -> String? {
    let terms = document.s.resources.enumerated().filter { $0.element.kind == .investmentGrant }.map
    { row, _ in
      func cumulative(_ elapsed: String) -> String {
        "ROUND({res.amount#\(row)}*MIN(MAX(\(elapsed)-{res.month#\(row)},0),{res.years#\(row)}*12)/({res.years#\(row)}*12),2)"
      }
      return cumulative("12*%Y%") + "-" + cumulative("12*(%Y%-1)")
    }
    return terms.isEmpty ? nil : terms.joined(separator: "+")
  }

  private mutating func fillFinancingPlan() {
    mplan.add(
      "capex", t("Investissements, frais et dépôts", "Investments, set-up costs and deposits"),
      values(\.capex),
      "SUMIFS({assets.amount*},{assets.month*},\">=\"&(12*(%Y%-1)),{assets.month*},\"<\"&(12*%Y%))")
    mplan.add(
      "dbfr", t("Variation du BFR", "Change in working capital"), values(\.workingCapitalChange),
      plRef("dbfr"))
    var principal = document.scheduleSum("principal").map { "(\($0))" }
    // Securities repaid at maturity are no schedule: the line is then written as values.
    if years.contains(where: { $0.securitiesRepaid > .zero }) { principal = nil }
    mplan.add(
      "principal",
      t(
        "Remboursement des emprunts (net des intérêts capitalisés)",
        "Principal repaid (net of capitalised interest)"), values(\.principalRepaid),
      principal)
    mplan.add(
      "divpaid", t("Dividendes versés", "Dividends paid"), values(\.dividendsPaid),
      "{pl.y%P%#\(pl.index("dividends") ?? 0)}", firstYear: "0")
    mplan.add(
      "redemptions", t("Remboursements de parts", "Share redemptions"), values(\.redemptions))
    mplan.add(
      "accounts", t("Comptes courants remboursés", "Current accounts repaid"),
      values(\.accountsRepaid))
    mplan.add(
      "needs", t("Total des besoins", "Total needs"), values(\.needsTotal),
      "[capex]+[dbfr]+[principal]+[divpaid]+[redemptions]+[accounts]", style: .total)
    mplan.add(
      "caf", t("Capacité d’autofinancement", "CAF (cash flow from operations)"),
      values(\.cafSubtractive), plRef("cafsub"))
    func resources(_ flow: Instrument.Flow) -> String {
      "SUMIFS({res.amount*},{res.flow*},\"\(document.flowLabel(flow))\",{res.month*},\">=\"&(12*(%Y%-1)),{res.month*},\"<\"&(12*%Y%))"
    }
    mplan.add(
      "capital", t("Apports en capital", "New capital"),
      values(\.subscriptions),
      resources(.capital))
    mplan.add(
      "contributions",
      t("Cotisations annuelles des associés salariés", "Worker-members' yearly subscriptions"),
      values(\.yearlyContributions))
    mplan.add(
      "converted",
      t(
        "Part travail gardée pour être convertie en parts",
        "Part travail kept to be turned into shares"), values(\.convertedParticipation))
    mplan.add(
      "loans",
      t(
        "Emprunts, quasi-fonds propres et comptes courants",
        "Loans, quasi-equity and current accounts"), values(\.loansIn), resources(.loan))
    mplan.add(
      "grants", t("Subventions d’investissement", "Investment grants"), values(\.grantsIn),
      resources(.grant))
    mplan.add(
      "resources", t("Total des ressources", "Total resources"), values(\.resourcesTotal),
      "[caf]+[capital]+[contributions]+[converted]+[loans]+[grants]", style: .total)
    mplan.add(
      "change", t("Variation de trésorerie", "Change in cash"), values(\.cashChange),
      "[resources]-[needs]")
    mplan.add(
      "cash", t("Trésorerie de fin d’année", "Cash at year end"), values(\.cashEnd),
      "[cash<]+[change]",
      firstYear: "OpeningCash+[change]", style: .total)
  }

  private mutating func fillBalance() {
    bal.add("capital", t("Capital", "Capital"), values(\.capital))
    bal.add(
      "reserves",
      t(
        "Réserves et report à nouveau (avant affectation de l’année)",
        "Reserves and retained earnings (before the year's allocation)"),
      values(\.reservesTotal))
    bal.add(
      "result", t("Résultat de l’année", "Result of the year"), values(\.netResult),
      "{pl.y%Y%#\(pl.index("net") ?? 0)}")
    bal.add(
      "grants",
      t("Subventions d’investissement non encore reprises", "Investment grants not yet released"),
      values(\.grantsNotReleased))
    bal.add(
      "own", t("Fonds propres", "Own funds"), values(\.ownFunds),
      "[capital]+[reserves]+[result]+[grants]", style: .total)
    bal.add(
      "quasi",
      t(
        "Quasi-fonds propres (prêts participatifs, titres, comptes bloqués)",
        "Quasi-equity (participatory loans, titres, blocked accounts)"), values(\.quasiEquity))
    bal.add("debt", t("Dettes financières", "Financial debt"), values(\.debt))
    bal.add(
      "bridge",
      t(
        "Crédits relais (court terme, hors capitaux permanents)",
        "Bridge loans (short-term, outside permanent capital)"),
      values(\.shortTermDebt))
    bal.add(
      "permanent", t("Capitaux permanents", "Permanent capital"), values(\.permanentCapital),
      "[own]+[quasi]+[debt]", style: .total)
    // Debt service from the schedules' payments by plan year: medium- and long-term debt
    // (bridge loans left out), then quasi-equity (with the titres' coupons).
    let resources = document.s.resources
    let debtLoans = document.loanIndices.filter {
      resources[$0].balanceCategory != .quasiEquity && !resources[$0].bridge
    }
    let quasiLoans = document.loanIndices.filter { resources[$0].balanceCategory == .quasiEquity }
    bal.add(
      "service", t("Annuités des dettes financières", "Debt service (financial debt)"),
      values(\.debtService), document.scheduleSum("payment", indices: debtLoans))
    let securities = resources.contains {
      $0.kind == .titresParticipatifs || $0.kind == .convertibleBonds
    }
    let quasiFormula = document.scheduleSum("payment", indices: quasiLoans).map {
      $0 + "+{pl.y%Y%#\(pl.index("coupons") ?? 0)}"
    }
    bal.add(
      "qservice", t("Annuités des quasi-fonds propres", "Debt service (quasi-equity)"),
      values(\.quasiDebtService), securities ? nil : quasiFormula)
    bal.add("ebe", "EBE", values(\.ebe), "{pl.y%Y%#\(pl.index("ebe") ?? 0)}")
    bal.add("caf", "CAF", values(\.cafSubtractive), "{pl.y%Y%#\(pl.index("cafsub") ?? 0)}")
  }

  /// The initial plan, the multi-year plan, and the P&L with depreciation.
  func sections() -> [Section] {
    [initialPlanSection(), multiYearSection(), profitAndLossSection()]
  }

  private func initialPlanSection() -> Section {
    func table(_ id: String, _ title: String, _ lines: [PlanLine], name: String) -> Table {
      var rows = lines.map { line in
        Row([
          .text(document.label(line)), .text(document.groupLabel(line.group)),
          Cell(.money(line.amount), formula: formula(line.source)),
        ])
      }
      let total = lines.reduce(Money.zero) { $0 + $1.amount }
      rows.append(
        Row(
          [.text("Total"), .empty, Cell(.money(total), formula: "SUM({amount*})", name: name)],
          style: .total))
      return Table(
        id: id, title: title,
        columns: [
          Column("label", t("Poste", "Item"), .text), Column("group", t("Nature", "Kind"), .text),
          Column("amount", t("Montant", "Amount"), .money),
        ], rows: rows, freezesHeader: false)
    }
    let gap = plan.initialGap
    let own = [
      PlanLine.Group.equity, .quasiEquity, .cash,
    ]
    .map { "SUMIFS({resources.amount*},{resources.group*},\"\(document.groupLabel($0))\")" }
    .joined(separator: "+")
    return Section(
      title: t("Plan de financement initial (année 1)", "Initial financing plan (year 1)"),
      sheetName: t("Plan initial", "Initial plan"),
      blocks: [
        .table(table("needs", t("Besoins", "Needs"), plan.initialNeeds, name: "InitialNeeds")),
        .table(
          table(
            "resources", t("Ressources", "Resources"), plan.initialResources,
            name: "InitialResources")),
        .keyFigures([
          KeyFigure(
            t("Ressources − besoins", "Resources − needs"),
            Cell(.money(gap), formula: "InitialResources-InitialNeeds", name: "InitialGap"),
            note: gap >= .zero
              ? t("le plan s’équilibre", "the plan balances")
              : t(
                "il manque ce montant : le plan ne s’équilibre pas",
                "this is missing: the plan does not balance")),
          KeyFigure(
            t(
              "Fonds propres (trésorerie existante comprise) et quasi-fonds propres / besoins",
              "Own funds (existing cash included) and quasi-equity / needs"
            ),
            Cell(
              .percent(plan.ownFundsToNeeds(withQuasiEquity: true)),
              formula: Formula("IF(InitialNeeds>0,(\(own))/InitialNeeds,1)"),
              name: "OwnFundsToNeeds"),
            kind: .percent(decimals: 1),
            note: t("seuil des financeurs : ", "funders' threshold: ")
              + document.s.thresholds.ownFundsToNeeds.percentText(language)),
        ]),
      ])
  }

  /// The live source of an initial-plan line in the workbook.
  private func formula(_ source: PlanLine.Source) -> Formula? {
    switch source {
    case .asset(let row): return Formula("{assets.amount#\(row)}")
    case .resource(let row): return Formula("{res.amount#\(row)}")
    case .workingCapital: return Formula(pl.reference("dbfr", year: 1))
    case .cashBuffer: return "CashBuffer"
    case .openingCash: return "OpeningCash"
    }
  }

  /// The plan's loans at a glance: amount, rate, term, instalment and TEG (each schedule is
  /// on its own sheets).
  private func loansTable() -> Table {
    let rows = document.loanIndices.compactMap { index -> Row? in
      guard let schedule = plan.schedules[index] else { return nil }
      let instrument = document.s.resources[index]
      func named(_ cell: String) -> Formula? { document.loanName(index, cell).map { Formula($0) } }
      return Row([
        .text(instrument.label), .text(document.kindLabel(instrument.kind)),
        Cell(.money(schedule.terms.amount), formula: named("Amount")),
        Cell(.percent(schedule.terms.annualRate.fraction), formula: named("AnnualRate")),
        Cell(.integer(Int64(schedule.terms.periods))),
        Cell(.money(schedule.instalment), formula: named("Instalment")),
        Cell(.percent(schedule.teg), formula: named("TEG")),
        .text(
          instrument.bridge
            ? t("relais", "bridge")
            : instrument.guarantee.map { "\($0.guarantor) \($0.quota.percentText(language))" }
              ?? instrument.security ?? "—"),
      ])
    }
    return Table(
      id: "planloans", title: t("Les prêts du plan", "The plan's loans"),
      columns: [
        Column("label", t("Prêt", "Loan"), .text), Column("kind", t("Nature", "Kind"), .text),
        Column("amount", t("Montant", "Amount"), .money),
        Column("rate", t("Taux", "Rate"), .percent(decimals: 2)),
        Column("periods", t("Échéances", "Instalments"), .integer),
        Column("instalment", t("Échéance", "Instalment"), .money),
        Column("teg", "TEG", .percent(decimals: 2)),
        Column("security", t("Garantie ou sûreté", "Guarantee or security"), .text),
      ], rows: rows, freezesHeader: false)
  }

  private var language: Language { document.language }

  private func multiYearSection() -> Section {
    var serviceRows: [Row] = []
    for f in years {
      serviceRows.append(
        Row([
          Cell(.integer(Int64(f.year))), .money(f.debtService), .money(f.quasiDebtService),
          Cell(.money(f.debtService + f.quasiDebtService), formula: "{debt}+{quasi}"),
          Cell(.money(f.cashEnd), formula: Formula(mplan.reference("cash", year: f.year))),
        ]))
    }
    return Section(
      title: t("Plan de financement pluriannuel", "Multi-year financing plan"),
      sheetName: t("Plan pluriannuel", "Multi-year plan"),
      blocks: [.table(mplan.table())]
        + (document.loanIndices.isEmpty ? [] : [.table(loansTable())]) + [
          .table(
            Table(
              id: "service", title: t("Service de la dette par an", "Debt service per year"),
              columns: [
                Column("year", t("Année", "Year"), .plainInteger),
                Column("debt", t("Dettes financières", "Financial debt"), .money),
                Column("quasi", t("Quasi-fonds propres", "Quasi-equity"), .money),
                Column("total", "Total", .money),
                Column("cash", t("Trésorerie fin d’année", "Cash at year end"), .money),
              ], rows: serviceRows, freezesHeader: false)),
          .chart(
            Chart(
              kind: .stackedColumn, title: t("Service de la dette par an", "Debt service per year"),
              categories: ColumnReference(table: "service", column: "year"),
              series: [
                .init(
                  t("Dettes financières", "Financial debt"),
                  ColumnReference(table: "service", column: "debt")),
                .init(
                  t("Quasi-fonds propres", "Quasi-equity"),
                  ColumnReference(table: "service", column: "quasi")),
              ], valueAxisTitle: "€")),
        ])
  }

  private func profitAndLossSection() -> Section {
    let blocks: [Block] = [.table(pl.table()), .table(dep.table(freezesHeader: false))]
    return Section(
      title: t("Compte de résultat, CAF et BFR", "Profit and loss, CAF and working capital"),
      sheetName: t("Compte de résultat", "P&L"), blocks: blocks)
  }

  /// The balance table, for the ratios section.
  func balanceTable() -> Table { bal.table(freezesHeader: false) }
}
