import EssorCore
import EssorReport

/// Turns loan schedules into a neutral document: inputs with named cells, a schedule whose
/// columns are formulas over those names (so a workbook recomputes when a consultant edits
/// the rate), yearly totals, charts, and the JSON payload `{"loans": […]}`.
public struct LoanDocument {
  let schedules: [LoanSchedule]
  let language: Language
  let enterprise: String?

  public init(schedules: [LoanSchedule], language: Language, enterprise: String? = nil) {
    self.schedules = schedules
    self.language = language
    self.enterprise = enterprise
  }

  private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  /// The document; with several loans, a summary sheet compares them unless `withSummary`
  /// is false (a financing plan has its own loans table).
  public func build(withSummary: Bool = true) -> Document {
    let several = schedules.count > 1
    var sections: [Section] = []
    if several && withSummary { sections.append(summarySection()) }
    for (index, schedule) in schedules.enumerated() {
      let names = CellNames(prefix: several ? "Loan\(index + 1)_" : "")
      let suffix = several ? " \(index + 1)" : ""
      let ids = TableIDs(suffix: several ? "\(index + 1)" : "")
      // A loan on two sheets: its inputs, results and yearly totals on one page, its
      // schedule on the next.
      var loan = inputsSection(schedule, names: names, ids: ids, sheet: t("Prêt", "Loan") + suffix)
      loan.blocks += yearlyBlocks(schedule, ids: ids)
      sections.append(loan)
      sections.append(
        scheduleSection(
          schedule, names: names, ids: ids, sheet: t("Échéancier", "Schedule") + suffix))
    }
    let title =
      schedules.count == 1
      ? t("Prêt : ", "Loan: ") + schedules[0].terms.label
      : t("Prêts", "Loans") + (enterprise.map { " — " + $0 } ?? "")
    return Document(
      title: title, language: language,
      properties: DocumentProperties(
        subject: t("Tableaux d’amortissement", "Loan schedules"), company: enterprise,
        keywords: "essor, financing, loan",
        comments: t(
          "Modifiez les cellules nommées de la feuille Prêt : l’échéancier se recalcule.",
          "Edit the named cells of the Loan sheet: the schedule recalculates.")),
      sections: sections, payload: [("loans", .array(schedules.map(payload)))])
  }

  // MARK: Sections

  private func summarySection() -> Section {
    let columns = [
      Column("label", t("Prêt", "Loan"), .text), Column("amount", t("Montant", "Amount"), .money),
      Column("rate", t("Taux nominal", "Nominal rate"), .percent(decimals: 3)),
      Column("periods", t("Échéances", "Instalments"), .integer),
      Column("instalment", t("Échéance", "Instalment"), .money),
      Column("teg", "TEG", .percent(decimals: 3)),
      Column("interest", t("Intérêts", "Interest"), .money),
      Column("cost", t("Coût total", "Total cost"), .money),
    ]
    var rows: [Row] = []
    for (index, schedule) in schedules.enumerated() {
      let names = CellNames(prefix: "Loan\(index + 1)_")
      rows.append(
        Row([
          .text(schedule.terms.label),
          Cell(.money(schedule.terms.amount), formula: Formula(names.amount)),
          Cell(.percent(schedule.terms.annualRate.fraction), formula: Formula(names.rate)),
          Cell(.integer(Int64(schedule.terms.periods)), formula: Formula(names.periods)),
          Cell(.money(schedule.instalment), formula: Formula(names.instalment)),
          Cell(.percent(schedule.teg), formula: Formula(names.teg)),
          Cell(.money(schedule.totalInterest), formula: Formula(names.totalInterest)),
          Cell(.money(schedule.totalCost), formula: Formula(names.totalCost)),
        ]))
    }
    let total = schedules.reduce((Money.zero, Money.zero, Money.zero)) {
      ($0.0 + $1.terms.amount, $0.1 + $1.totalInterest, $0.2 + $1.totalCost)
    }
    rows.append(
      Row(
        [
          .text("Total"), Cell(.money(total.0), formula: "SUM({amount*})"), .empty, .empty, .empty,
          .empty,
          Cell(.money(total.1), formula: "SUM({interest*})"),
          Cell(.money(total.2), formula: "SUM({cost*})"),
        ], style: .total))
    return Section(
      title: t("Synthèse des prêts", "Loans summary"), sheetName: t("Synthèse", "Summary"),
      blocks: [.table(Table(id: "loans", columns: columns, rows: rows))])
  }

  private func inputsSection(
    _ schedule: LoanSchedule, names: CellNames, ids: TableIDs, sheet: String
  ) -> Section {
    let terms = schedule.terms
    let graceRow = "{\(ids.schedule).balance#\(terms.gracePeriods)}"
    let periodRateFormula =
      terms.rateMode == .proportional
      ? "\(names.rate)/\(names.perYear)" : "(1+\(names.rate))^(1/\(names.perYear))-1"
    var inputs: [KeyFigure] = [
      KeyFigure(
        t("Montant emprunté", "Amount borrowed"), Cell(.money(terms.amount), name: names.amount)),
      KeyFigure(
        t("Taux nominal annuel", "Nominal annual rate"),
        Cell(.percent(terms.annualRate.fraction), name: names.rate), kind: .percent(decimals: 3)),
      KeyFigure(
        t(
          "Taux d’assurance annuel (sur le capital initial)",
          "Annual insurance rate (on the initial amount)"),
        Cell(.percent(terms.insuranceRate.fraction), name: names.insuranceRate),
        kind: .percent(decimals: 3)),
      KeyFigure(t("Frais de dossier", "Upfront fees"), Cell(.money(terms.fees), name: names.fees)),
    ]
    let structure: [KeyFigure] = [
      KeyFigure(
        t("Échéances par an", "Instalments per year"),
        Cell(.integer(Int64(terms.periodicity.periodsPerYear)), name: names.perYear),
        note: label(terms.periodicity)),
      KeyFigure(
        t("Nombre d’échéances (différé compris)", "Number of instalments (grace included)"),
        Cell(.integer(Int64(terms.periods)), name: names.periods)),
      KeyFigure(
        t("Échéances de différé", "Grace instalments"),
        Cell(.integer(Int64(terms.gracePeriods)), name: names.grace),
        note: terms.gracePeriods > 0 ? label(terms.graceType) : nil),
      KeyFigure(t("Méthode", "Method"), .text(label(terms.method))),
      KeyFigure(
        t("Calcul du taux périodique", "Period rate method"), .text(label(terms.rateMode))),
      KeyFigure(t("Date de décaissement", "Disbursement date"), Cell(.date(terms.start))),
    ]
    var results: [KeyFigure] = [
      KeyFigure(
        t("Taux périodique", "Period rate"),
        Cell(
          .percent(schedule.periodRate.fraction), formula: Formula(periodRateFormula),
          name: names.periodRate), kind: .percent(decimals: 6))
    ]
    switch terms.method {
    case .annuity:
      results.append(
        KeyFigure(
          t("Échéance constante (hors assurance)", "Constant instalment (insurance excluded)"),
          Cell(
            .money(schedule.regularAmount),
            formula: Formula(
              "ROUND(PMT(\(names.periodRate),\(names.periods)-\(names.grace),-\(graceRow))"
                + "*(1+\(SpreadsheetRounding.nudgeText)),2)"),
            name: names.regular)))
    case .linear:
      results.append(
        KeyFigure(
          t("Amortissement constant", "Constant principal"),
          Cell(
            .money(schedule.regularAmount),
            formula: Formula("ROUND(\(graceRow)/(\(names.periods)-\(names.grace)),2)"),
            name: names.regular)))
    case .inFine:
      break
    }
    results += [
      KeyFigure(
        t(
          "Première échéance après différé (hors assurance)",
          "First instalment after grace (insurance excluded)"),
        Cell(
          .money(schedule.instalment),
          formula: Formula(
            "{\(ids.schedule).interest#\(terms.gracePeriods + 1)}+{\(ids.schedule).principal#\(terms.gracePeriods + 1)}"
          ),
          name: names.instalment)),
      KeyFigure(
        "TEG",
        Cell(
          .percent(schedule.teg),
          formula: Formula("IRR({\(ids.schedule).flow*},\(irrGuess(schedule)))*\(names.perYear)"),
          name: names.teg), kind: .percent(decimals: 3),
        note: t(
          "taux effectif global, frais et assurance compris",
          "effective rate, fees and insurance included")),
      KeyFigure(
        t("Total des intérêts", "Total interest"),
        Cell(
          .money(schedule.totalInterest), formula: Formula("SUM({\(ids.schedule).interest*})"),
          name: names.totalInterest)),
      KeyFigure(
        t("Total de l’assurance", "Total insurance"),
        Cell(
          .money(schedule.totalInsurance), formula: Formula("SUM({\(ids.schedule).insurance*})"),
          name: names.totalInsurance)),
      KeyFigure(
        t("Coût total du crédit", "Total cost of credit"),
        Cell(
          .money(schedule.totalCost),
          formula: Formula("\(names.totalInterest)+\(names.totalInsurance)+\(names.fees)"),
          name: names.totalCost)),
    ]
    inputs.insert(KeyFigure(t("Prêt", "Loan"), .text(terms.label)), at: 0)
    return Section(
      title: t("Prêt — ", "Loan — ") + terms.label, sheetName: sheet,
      blocks: [
        .paragraph(t("Saisies modifiables (cellules nommées) :", "Editable inputs (named cells):")),
        .keyFigures(inputs),
        .paragraph(
          t(
            "Structure du prêt (régénérez avec essor pour la changer) :",
            "Loan structure (regenerate with essor to change it):")),
        .keyFigures(structure),
        .paragraph(t("Résultats :", "Results:")),
        .keyFigures(results),
      ])
  }

  private func scheduleSection(
    _ schedule: LoanSchedule, names: CellNames, ids: TableIDs, sheet: String
  ) -> Section {
    let terms = schedule.terms
    let columns = [
      Column("period", t("Échéance", "Period"), .plainInteger), Column("date", "Date", .date),
      Column("payment", t("Versement", "Payment"), .money),
      Column("interest", t("Intérêts", "Interest"), .money),
      Column("principal", t("Capital", "Principal"), .money),
      Column("insurance", t("Assurance", "Insurance"), .money),
      Column("balance", t("Capital restant dû", "Balance"), .money),
      Column("flow", t("Flux pour le TEG", "Cash flow for the TEG"), .money),
    ]
    var rows: [Row] = [
      Row([
        Cell(.integer(0)), Cell(.date(terms.start)), .empty, .empty, .empty, .empty,
        Cell(.money(terms.amount), formula: Formula(names.amount)),
        Cell(.money(terms.amount - terms.fees), formula: Formula("\(names.amount)-\(names.fees)")),
      ])
    ]
    rows.reserveCapacity(schedule.rows.count + 2)
    for row in schedule.rows {
      let principal: Formula
      if row.period == terms.periods {
        principal = "{balance@-1}"
      } else if row.period <= terms.gracePeriods {
        principal = terms.graceType == .total ? "-{interest}" : "0"
      } else {
        switch terms.method {
        case .annuity: principal = Formula("MIN(MAX(\(names.regular)-{interest},0),{balance@-1})")
        case .linear: principal = Formula("MIN(\(names.regular),{balance@-1})")
        case .inFine: principal = "0"
        }
      }
      rows.append(
        Row([
          Cell(.integer(Int64(row.period))), Cell(.date(row.date)),
          Cell(.money(row.payment), formula: "{interest}+{principal}+{insurance}"),
          Cell(.money(row.interest), formula: Formula("ROUND({balance@-1}*\(names.periodRate),2)")),
          Cell(.money(row.principal), formula: principal),
          Cell(
            .money(row.insurance),
            formula: Formula("ROUND(\(names.amount)*\(names.insuranceRate)/\(names.perYear),2)")),
          Cell(.money(row.balance), formula: "{balance@-1}-{principal}"),
          Cell(.money(-row.payment), formula: "-{payment}"),
        ]))
    }
    rows.append(
      Row(
        [
          .text("Total"), .empty,
          Cell(.money(schedule.totalPaid), formula: "SUM({payment*})"),
          Cell(.money(schedule.totalInterest), formula: "SUM({interest*})"),
          Cell(.money(schedule.totalPrincipal), formula: "SUM({principal*})"),
          Cell(.money(schedule.totalInsurance), formula: "SUM({insurance*})"), .empty, .empty,
        ], style: .total))
    return Section(
      title: t("Échéancier — ", "Schedule — ") + terms.label, sheetName: sheet,
      blocks: [
        .table(Table(id: ids.schedule, columns: columns, rows: rows)),
        .chart(
          Chart(
            kind: .line, title: t("Capital restant dû", "Outstanding balance"),
            categories: ColumnReference(table: ids.schedule, column: "period"),
            series: [
              .init(
                t("Capital restant dû", "Balance"),
                ColumnReference(table: ids.schedule, column: "balance"))
            ],
            valueAxisTitle: "€", categoryAxisTitle: t("Échéance", "Period"))),
      ])
  }

  /// The yearly totals of a loan, summed from its schedule, and their chart.
  private func yearlyBlocks(_ schedule: LoanSchedule, ids: TableIDs) -> [Block] {
    let columns = [
      Column("year", t("Année", "Year"), .plainInteger),
      Column("payment", t("Versements", "Payments"), .money),
      Column("interest", t("Intérêts", "Interest"), .money),
      Column("principal", t("Capital remboursé", "Principal repaid"), .money),
      Column("insurance", t("Assurance", "Insurance"), .money),
      Column("balance", t("Capital restant dû en fin d’année", "Balance at year end"), .money),
    ]
    let s = ids.schedule
    // Schedule table rows are offset by one: row 0 is the disbursement.
    let rows = schedule.yearlyTotals.map { year -> Row in
      let range = "#\(year.firstRow + 1)..\(year.lastRow + 1)"
      return Row([
        Cell(.integer(Int64(year.year))),
        Cell(.money(year.payment), formula: Formula("SUM({\(s).payment\(range)})")),
        Cell(.money(year.interest), formula: Formula("SUM({\(s).interest\(range)})")),
        Cell(.money(year.principal), formula: Formula("SUM({\(s).principal\(range)})")),
        Cell(.money(year.insurance), formula: Formula("SUM({\(s).insurance\(range)})")),
        Cell(.money(year.endBalance), formula: Formula("{\(s).balance#\(year.lastRow + 1)}")),
      ])
    }
    return [
      .table(
        Table(
          id: ids.yearly, title: t("Par année", "Per year"), columns: columns, rows: rows,
          freezesHeader: false)),
      .chart(
        Chart(
          kind: .stackedColumn,
          title: t(
            "Intérêts et capital remboursés par an", "Interest and principal paid per year"),
          categories: ColumnReference(table: ids.yearly, column: "year"),
          series: [
            .init(
              t("Capital", "Principal"), ColumnReference(table: ids.yearly, column: "principal")),
            .init(
              t("Intérêts", "Interest"), ColumnReference(table: ids.yearly, column: "interest")),
          ], valueAxisTitle: "€")),
    ]
  }

  // MARK: JSON

  private func payload(_ schedule: LoanSchedule) -> JSONValue {
    let terms = schedule.terms
    return .object([
      ("label", .string(terms.label)),
      ("amount", .money(terms.amount)),
      ("rate", .number(terms.annualRate.fraction, decimals: 10)),
      ("rateMode", .string(terms.rateMode.rawValue)),
      ("method", .string(terms.method.rawValue)),
      ("periodicity", .string(terms.periodicity.rawValue)),
      ("periods", .integer(Int64(terms.periods))),
      ("gracePeriods", .integer(Int64(terms.gracePeriods))),
      ("graceType", .string(terms.graceType.rawValue)),
      ("fees", .money(terms.fees)),
      ("insuranceRate", .number(terms.insuranceRate.fraction, decimals: 10)),
      ("start", .string(terms.start.description)),
      ("instalment", .money(schedule.instalment)),
      ("teg", .number(schedule.teg, decimals: 8)),
      ("totalInterest", .money(schedule.totalInterest)),
      ("totalInsurance", .money(schedule.totalInsurance)),
      ("totalCost", .money(schedule.totalCost)),
      (
        "schedule",
        .array(
          schedule.rows.map { row in
            .object([
              ("period", .integer(Int64(row.period))), ("date", .string(row.date.description)),
              ("payment", .money(row.payment)), ("interest", .money(row.interest)),
              ("principal", .money(row.principal)), ("insurance", .money(row.insurance)),
              ("balance", .money(row.balance)),
            ])
          })
      ),
    ])
  }

  private func label(_ method: AmortizationMethod) -> String {
    switch method {
    case .annuity: return t("échéances constantes (annuity)", "constant instalments (annuity)")
    case .linear: return t("amortissement constant (linear)", "constant principal (linear)")
    case .inFine: return t("in fine", "in fine (interest only)")
    }
  }

  private func label(_ periodicity: Periodicity) -> String {
    switch periodicity {
    case .monthly: return t("mensuelle", "monthly")
    case .quarterly: return t("trimestrielle", "quarterly")
    case .semiannual: return t("semestrielle", "semiannual")
    case .annual: return t("annuelle", "annual")
    }
  }

  private func label(_ grace: GraceType) -> String {
    switch grace {
    case .partial: return t("différé partiel : intérêts payés", "partial: interest paid")
    case .total: return t("différé total : intérêts capitalisés", "total: interest capitalised")
    }
  }

  private func label(_ mode: RateMode) -> String {
    switch mode {
    case .proportional:
      return t(
        "proportionnel (taux ÷ échéances par an)", "proportional (rate ÷ instalments per year)")
    case .actuarial:
      return t("actuariel ((1 + taux)^(1/m) − 1)", "actuarial ((1 + rate)^(1/m) − 1)")
    }
  }

  /// The guess for the workbook's IRR: Essor's own TEG period rate, so spreadsheets converge
  /// even for unusual loans (their default guess of 10 % fails on some).
  private func irrGuess(_ schedule: LoanSchedule) -> String {
    let rate = schedule.teg / Double(schedule.terms.periodicity.periodsPerYear)
    return MoneyFormat.number(rate, decimals: 12, .en).replacingOccurrences(of: ",", with: "")
  }

}

/// The workbook names of one loan's cells (prefixed when a workbook holds several loans).
struct CellNames {
  let prefix: String
  var amount: String { prefix + "Amount" }
  var rate: String { prefix + "AnnualRate" }
  var insuranceRate: String { prefix + "InsuranceRate" }
  var fees: String { prefix + "Fees" }
  var perYear: String { prefix + "PeriodsPerYear" }
  var periods: String { prefix + "Periods" }
  var grace: String { prefix + "GracePeriods" }
  var periodRate: String { prefix + "PeriodRate" }
  var regular: String { prefix + "Regular" }
  var instalment: String { prefix + "Instalment" }
  var teg: String { prefix + "TEG" }
  var totalInterest: String { prefix + "TotalInterest" }
  var totalInsurance: String { prefix + "TotalInsurance" }
  var totalCost: String { prefix + "TotalCost" }
}

/// The table ids of one loan's tables.
struct TableIDs {
  let suffix: String
  var schedule: String { "schedule" + suffix }
  var yearly: String { "yearly" + suffix }
}
