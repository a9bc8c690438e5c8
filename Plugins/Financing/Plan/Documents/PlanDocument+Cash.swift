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
      Column("month", t("Mois", "Month"), .month),
      Column("receipts", t("Encaissements d’exploitation", "Operating receipts"), .money),
      Column("payments", t("Décaissements d’exploitation", "Operating payments"), .money),
      Column("vat", t("TVA (remboursée − payée)", "VAT (refunded − paid)"), .money),
      Column("tax", t("IS et part travail", "Corporate tax and part travail"), .money),
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

  /// How revenue and purchases are spread over the months, in words.
  private var monthlyNote: LocalizedText {
    let ops = s.operations
    if ops.seasonality == nil && ops.activityStart == nil {
      return LocalizedText(
        fr: "Chiffre d’affaires, achats et charges par douzièmes",
        en: "Revenue, purchases and charges in twelfths")
    }
    let from = ops.activityStart.map { ScenarioFields.monthText(s.start.adding(months: $0)) }
    return LocalizedText(
      fr: "Le chiffre d’affaires et les achats suivent la saisonnalité"
        + (from.map { " à partir de " + $0 } ?? "") + ", les charges fixes par douzièmes",
      en: "Revenue and purchases follow the seasonality" + (from.map { " from " + $0 } ?? "")
        + ", fixed charges in twelfths")
  }

  /// How the months turn the P&L into cash, in words.
  private var cashNote: String {
    let vat = s.vat
    let returns =
      vat.returns == .monthly
      ? t("déclarations mensuelles", "monthly returns")
      : t("déclarations trimestrielles", "quarterly returns")
    let wc = s.needs.workingCapital
    return t(
      "Montants TTC. \(monthlyNote.fr) ; clients encaissés à \(wc.receivableDays) jours, fournisseurs payés à \(wc.payableDays) jours, \(wc.stockDays) jours de stock (un mois compte 30 jours) ; charges sociales payées le mois suivant ; TVA par \(returns), le crédit remboursé \(vat.refundDelay) mois après la déclaration ; IS en quatre acomptes (des 3e, 6e, 9e et 12e mois, sur l’IS de l’année précédente au-delà de 3\u{202F}000\u{A0}€) et le solde au 5e mois de l’année suivante ; part travail versée au 5e mois de l’année suivante, la part convertie en parts sans mouvement de trésorerie ; dividendes et remboursements de parts au 6e mois ; rémunération des titres en fin d’année. Dans le classeur, ces montants valent pour les saisies exportées : après une modification, relancez essor finance plan.",
      "Amounts VAT included. \(monthlyNote.en); customers collected at \(wc.receivableDays) days, suppliers paid at \(wc.payableDays) days, \(wc.stockDays) days of stock (a month counts 30 days); social charges paid the month after; VAT by \(returns), a credit refunded \(vat.refundDelay) month(s) after the return; corporate tax in four instalments (3rd, 6th, 9th and 12th months, on last year's tax when over €3,000) and the balance in the next year's 5th month; the part travail paid in the next year's 5th month, the part turned into shares without cash; dividends and share redemptions in the 6th month; the titres' remuneration at year end. In the workbook, these amounts hold for the inputs as exported: after an edit, run essor finance plan again."
    )
  }

  /// Every month of the plan, with live instalments, net and cash.
  func cashSection() -> Section {
    let rows = plan.months.map { m in
      Row([
        Cell(.date(m.date)), .money(m.receipts), .money(m.payments), .money(m.vat),
        .money(m.taxAndParticipation), .money(m.capitalIn),
        .money(m.loansIn), .money(m.grantsIn), .money(m.investments),
        Cell(.money(m.debtService), formula: instalmentFormula), .money(m.other),
        Cell(
          .money(m.net),
          formula:
            "{receipts}-{payments}+{vat}-{tax}+{capital}+{loans}+{grants}-{investments}-{debt}-{other}"
        ),
        Cell(.money(m.cash), formula: m.index == 0 ? "OpeningCash+{net}" : "{cash@-1}+{net}"),
      ])
    }
    let lowest = plan.lowestMonth
    return Section(
      title: t("Plan de trésorerie mensuel", "Monthly cash plan"),
      sheetName: t("Trésorerie", "Cash plan"),
      blocks: [
        .paragraph(cashNote),
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
      "month", "receipts", "payments", "vat", "tax", "capital", "loans", "grants", "investments",
      "debt", "other", "net", "cash",
    ]
    let rows = plan.months.prefix(count).map { m in
      let values: [CellValue] = [
        .date(m.date), .money(m.receipts), .money(m.payments), .money(m.vat),
        .money(m.taxAndParticipation), .money(m.capitalIn),
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
