import EssorCore
import EssorReport

extension PlanDocument {
  /// The label of an initial-plan line for people.
  func label(_ line: PlanLine) -> String {
    switch line.group {
    case .workingCapital:
      return t("Besoin en fonds de roulement de l’année 1", "Year-1 working capital need")
    case .cashBuffer: return t("Coussin de trésorerie", "Cash buffer")
    case .cash: return t("Trésorerie disponible au départ", "Cash available at the start")
    default: return line.label
    }
  }

  private var cashColumns: [Column] {
    [
      Column("month", t("Mois", "Month"), .date),
      Column("operations", t("EBE du mois", "Month's EBE"), .money),
      Column("wc", t("BFR", "Working capital"), .money),
      Column("capital", t("Apports", "Capital in"), .money),
      Column("loans", t("Emprunts reçus", "Loans in"), .money),
      Column("grants", t("Subventions", "Grants"), .money),
      Column("investments", t("Investissements", "Investments"), .money),
      Column("debt", t("Échéances d’emprunts", "Loan instalments"), .money),
      Column("other", t("Autres sorties", "Other outflows"), .money),
      Column("net", t("Solde du mois", "Net"), .money),
      Column("cash", t("Trésorerie fin de mois", "Cash at month end"), .money),
    ]
  }

  /// Σ of the schedules' payments dated in the row's month.
  private var instalmentFormula: Formula? {
    let terms = loanIndices.compactMap { scheduleTable($0) }.map { table in
      "SUMIFS({\(table).payment*},{\(table).date*},\">=\"&{month},{\(table).date*},\"<\"&EDATE({month},1))"
    }
    return terms.isEmpty ? nil : Formula(terms.joined(separator: "+"))
  }

  /// How the EBE is spread over the months, in words.
  private var monthlyNote: LocalizedText {
    let ops = s.operations
    if ops.seasonality == nil && ops.activityStart == nil {
      return LocalizedText(fr: "L’EBE est réparti par douzièmes", en: "EBE is spread in twelfths")
    }
    return LocalizedText(
      fr: "La marge brute suit la saisonnalité"
        + (ops.activityStart.map {
          " à partir de " + ScenarioFields.monthText(s.start.adding(months: $0))
        } ?? "")
        + ", les charges fixes et les subventions par douzièmes",
      en: "The gross margin follows the seasonality"
        + (ops.activityStart.map { " from " + ScenarioFields.monthText(s.start.adding(months: $0)) }
          ?? "")
        + ", fixed costs and grants in twelfths")
  }

  /// Every month of the plan, with live instalments, net and cash.
  func cashSection() -> Section {
    let rows = plan.months.map { m in
      Row([
        Cell(.date(m.date)), .money(m.operations), .money(m.workingCapital), .money(m.capitalIn),
        .money(m.loansIn), .money(m.grantsIn), .money(m.investments),
        Cell(.money(m.debtService), formula: instalmentFormula), .money(m.other),
        Cell(
          .money(m.net),
          formula: "{operations}+{wc}+{capital}+{loans}+{grants}-{investments}-{debt}-{other}"),
        Cell(.money(m.cash), formula: m.index == 0 ? "OpeningCash+{net}" : "{cash@-1}+{net}"),
      ])
    }
    let lowest = plan.lowestMonth
    return Section(
      title: t("Plan de trésorerie mensuel", "Monthly cash plan"),
      sheetName: t("Trésorerie", "Cash plan"),
      blocks: [
        .paragraph(
          t(
            "Montants hors TVA. \(monthlyNote.fr) ; la variation du BFR sur les premiers mois de ventes de la première année (selon le délai le plus long), puis par douzièmes ; l’IS, la part travail versée en numéraire et la rémunération des titres en fin d’année ; les dividendes et remboursements de parts au 6e mois de l’année suivante.",
            "Amounts before VAT. \(monthlyNote.en); the change in working capital over the first months of sales of the first year (by the longest delay), then in twelfths; corporate tax, the part travail paid in cash and the titres' remuneration at year end; dividends and share redemptions in the 6th month of the next year."
          )),
        .keyFigures([
          KeyFigure(
            t("Trésorerie la plus basse", "Lowest cash"),
            Cell(.money(lowest?.cash ?? .zero), formula: "MIN({cash.cash*})", name: "LowestCash"),
            note: lowest.map { ScenarioFields.monthText($0.date) })
        ]),
        .table(Table(id: "cash", columns: cashColumns, rows: rows)),
        .chart(
          Chart(
            kind: .line, title: t("Trésorerie de fin de mois", "Cash at month end"),
            categories: ColumnReference(table: "cash", column: "month"),
            series: [
              .init(t("Trésorerie", "Cash"), ColumnReference(table: "cash", column: "cash"))
            ],
            valueAxisTitle: "€", scale: 1.5)),
      ], isAppendix: true)
  }

  /// The first twelve months, for the terminal (the workbook's cells point at the full plan).
  func cashYearOneSection() -> Section {
    let count = min(12, plan.months.count)
    let ids = [
      "month", "operations", "wc", "capital", "loans", "grants", "investments", "debt", "other",
      "net", "cash",
    ]
    let rows = plan.months.prefix(count).map { m in
      let values: [CellValue] = [
        .date(m.date), .money(m.operations), .money(m.workingCapital), .money(m.capitalIn),
        .money(m.loansIn), .money(m.grantsIn), .money(m.investments), .money(m.debtService),
        .money(m.other), .money(m.net), .money(m.cash),
      ]
      return Row(
        zip(ids, values).map { id, value in Cell(value, formula: Formula("{cash.\(id)#\(m.index)}"))
        })
    }
    let lowest = plan.months.prefix(count).min { $0.cash < $1.cash }
    return Section(
      title: t("Trésorerie — les 12 premiers mois", "Cash — the first 12 months"),
      sheetName: t("Trésorerie an 1", "Cash year 1"),
      blocks: [
        .table(Table(id: "cash1", columns: cashColumns, rows: Array(rows))),
        .paragraph(
          t("Mois le plus bas de l’année 1 : ", "Lowest month of year 1: ")
            + (lowest.map {
              ScenarioFields.monthText($0.date) + " (" + MoneyFormat.text($0.cash, language) + ")"
            } ?? "—")
            + t(
              ". Le plan complet, mois par mois, est dans la feuille « Trésorerie ».",
              ". The full plan, month by month, is in the “Cash plan” sheet.")),
      ])
  }
}
