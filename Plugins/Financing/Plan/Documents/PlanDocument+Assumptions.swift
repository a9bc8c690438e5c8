import EssorCore
import EssorReport

extension PlanDocument {
  /// The Assumptions sheet: named inputs, the yearly operations, the assets and the resources.
  func assumptionsSection() -> Section {
    let ops = s.operations
    let wc = s.needs.workingCapital
    func percent(_ label: String, _ rate: Rate, _ name: String, note: String? = nil) -> KeyFigure {
      KeyFigure(
        label, Cell(.percent(rate.fraction), name: name), kind: .percent(decimals: 2), note: note)
    }
    func integer(_ label: String, _ value: Int, _ name: String) -> KeyFigure {
      KeyFigure(label, Cell(.integer(Int64(value)), name: name))
    }
    var figures = [
      KeyFigure(t("Forme juridique", "Legal form"), .text(s.legalForm.rawValue)),
      KeyFigure(
        t("Premier mois", "First month"), Cell(.date(s.start), name: "PlanStart"), kind: .month),
      integer(t("Horizon (années)", "Horizon (years)"), horizon, "Horizon"),
      KeyFigure(
        t("Trésorerie de départ", "Opening cash"), Cell(.money(s.openingCash), name: "OpeningCash")),
      KeyFigure(
        t("Coussin de trésorerie", "Cash buffer"),
        Cell(.money(s.needs.cashBuffer), name: "CashBuffer")),
      percent(
        t("Achats / chiffre d’affaires", "Purchases / revenue"), ops.purchasesRate, "PurchasesRate"),
      percent(
        t("Charges patronales / salaires bruts", "Employer charges / gross pay"),
        ops.employerCharges, "EmployerCharges"),
      percent(t("TVA sur les ventes", "VAT on sales"), s.vat.sales, "VAT"),
      percent(t("TVA sur les achats", "VAT on purchases"), s.vat.purchases, "VATPurchases"),
      percent(
        t("TVA sur les charges externes", "VAT on external charges"), s.vat.externalCharges,
        "VATExternal"),
      percent(
        t("TVA sur les investissements", "VAT on investments"), s.vat.investments,
        "VATInvestments"),
      KeyFigure(
        t("Déclarations de TVA", "VAT returns"),
        .text(
          s.vat.returns == .monthly ? t("mensuelles", "monthly") : t("trimestrielles", "quarterly"))
      ),
      integer(
        t(
          "Crédit de TVA remboursé (mois après la déclaration)",
          "VAT credit refunded (months after the return)"), s.vat.refundDelay, "VATRefundDelay"),
      integer(t("Délai clients (jours)", "Receivable days"), wc.receivableDays, "ReceivableDays"),
      integer(t("Délai fournisseurs (jours)", "Payable days"), wc.payableDays, "PayableDays"),
      integer(t("Stock (jours d’achats)", "Stock (days of purchases)"), wc.stockDays, "StockDays"),
      KeyFigure(
        t("BFR au bilan d’ouverture", "Working capital in the opening balance sheet"),
        Cell(.money(s.opening.workingCapital), name: "OpeningBFR")),
      percent(t("Taux normal d’IS", "Corporate tax rate"), ops.corporateTax.rate, "TaxRate"),
      percent(
        t("Taux réduit d’IS", "Reduced corporate tax rate"), ops.corporateTax.reducedRate,
        "TaxReducedRate"),
      KeyFigure(
        t("Plafond du taux réduit", "Reduced-rate ceiling"),
        Cell(.money(ops.corporateTax.reducedCeiling), name: "TaxReducedCeiling")),
      KeyFigure(
        t(
          "Chiffre d’affaires au-delà duquel pas de taux réduit d’IS",
          "Revenue above which no reduced corporate tax rate"),
        Cell(.money(ops.corporateTax.revenueLimit), name: "TaxRevenueLimit")),
      percent(
        t("Taux d’actualisation (VAN)", "Discount rate (NPV)"), s.discountRate, "DiscountRate"),
    ]
    if RuleText.isSCOP(s.legalForm) {
      figures.append(
        percent(
          t("Part travail (statuts)", "Part travail (statutes)"), s.rules.partTravail.value,
          "PartTravail",
          note: t("≥ 25 % de l’excédent net de gestion", "≥ 25% of the surplus")))
    }
    figures.append(
      percent(
        t("Dividendes (statuts)", "Dividends (statutes)"), s.rules.dividends.value, "Dividends"))
    if s.legalForm == .scic {
      figures.append(
        percent(
          t("Réserves impartageables (statuts)", "Impartageable reserves (statutes)"),
          s.rules.reserves.value, "Reserves", note: t("≥ 57,5 %", "≥ 57.5%")))
    }
    let operations = Table(
      id: "ops", title: t("Activité par année (saisies)", "Operations per year (inputs)"),
      columns: [
        Column("year", t("Année", "Year"), .plainInteger),
        Column("from", t("Du", "From"), .month),
        Column("to", t("Au (exclu)", "To (excluded)"), .month),
        Column("revenue", t("Chiffre d’affaires", "Revenue"), .money),
        Column("external", t("Charges externes", "External charges"), .money),
        Column("taxes", t("Impôts et taxes", "Taxes"), .money),
        Column("gross", t("Salaires bruts", "Gross pay"), .money),
        Column("headcount", t("Effectif", "Headcount"), .integer),
        Column("other", t("Autres produits", "Other income"), .money),
        Column("grants", t("Subventions d’exploitation", "Operating grants"), .money),
      ],
      rows: (0..<horizon).map { i in
        Row([
          Cell(.integer(Int64(i + 1))), Cell(.date(s.firstMonth(ofYear: i + 1))),
          // Revenue and gross pay, the inputs edited most, are named by year.
          Cell(.date(s.firstMonth(ofYear: i + 2))),
          Cell(.money(ops.revenue[i]), name: "Revenue\(i + 1)"),
          .input(.money(ops.externalCharges[i])), .input(.money(ops.taxes[i])),
          Cell(.money(ops.grossPay[i]), name: "GrossPay\(i + 1)"),
          .input(.integer(Int64(ops.headcount[i]))), .input(.money(ops.otherIncome[i])),
          .input(.money(ops.operatingGrants[i])),
        ])
      }, freezesHeader: false)
    return Section(
      title: t("Hypothèses", "Assumptions"), sheetName: t("Hypothèses", "Assumptions"),
      blocks: [
        .paragraph(
          t(
            "Les cellules nommées et les tableaux de saisie ci-dessous alimentent le compte de résultat (avec la part travail et l’IS), la CAF, le BFR, les amortissements, les plans de financement, les annuités et les ratios, qui se recalculent. Les montants des prêts se modifient dans leur feuille Prêt. Ce qui se calcule mois par mois ou dépend du calendrier du scénario (plan de trésorerie hors échéances, BFR, TVA, dettes fiscales et sociales, capital, soldes des dettes, pertes reportées, affectation du résultat) est écrit en valeurs, en gris italique, valables pour les saisies exportées : la ligne « Cohérence avec les saisies » le signale dès qu’une saisie change ; régénérez alors avec essor. Montants hors TVA ; mois comptés depuis le premier mois du plan (0 = \(ScenarioFields.monthText(s.start))).",
            "The named cells and input tables below feed the P&L (with the part travail and tax), the CAF, working capital, depreciation, the financing plans, debt service and the ratios, which recalculate. Loan amounts are edited in their Loan sheet. What is computed month by month or depends on the scenario's calendar (the cash plan other than instalments, working capital, VAT, tax and social debts, capital, debt balances, losses carried forward, the allocation of the result) is written as values, grey and italic, true for the inputs as exported: the “Consistency with the inputs” line says so as soon as an input changes; then regenerate with essor. Amounts before VAT; months counted from the plan's first month (0 = \(ScenarioFields.monthText(s.start)))."
          )),
        .keyFigures(figures), .table(operations), .table(assetsTable()), .table(resourcesTable()),
      ], isAppendix: false)
  }

  /// Investments, set-up costs and deposits, in that order.
  var assets: [(asset: Needs.Asset, group: PlanLine.Group)] { s.needs.assets }

  func groupLabel(_ group: PlanLine.Group) -> String {
    PlanDocumentLabels(language: language).group(group)
  }

  private func assetsTable() -> Table {
    var rows = assets.map { item in
      Row([
        .text(item.asset.label), .text(groupLabel(item.group)), .input(.money(item.asset.amount)),
        .input(.integer(Int64(item.asset.month))), .input(.integer(Int64(item.asset.years))),
      ])
    }
    if rows.isEmpty {
      rows.append(Row([.text("—"), .empty, .money(.zero), Cell(.integer(0)), Cell(.integer(0))]))
    }
    rows.append(
      Row(
        [
          .text("Total"), .empty,
          Cell(.money(assets.reduce(.zero) { $0 + $1.asset.amount }), formula: "SUM({amount*})"),
          .empty, .empty,
        ], style: .total))
    return Table(
      id: "assets",
      title: t(
        "Investissements, frais d’établissement et dépôts (saisies)",
        "Investments, set-up costs and deposits (inputs)"),
      columns: [
        Column("label", t("Libellé", "Label"), .text), Column("group", t("Nature", "Kind"), .text),
        Column("amount", t("Montant HT", "Amount before VAT"), .money),
        Column("month", t("Mois (0 = début)", "Month (0 = start)"), .plainInteger),
        Column("years", t("Années d’amortissement", "Depreciation years"), .plainInteger),
      ], rows: rows, freezesHeader: false)
  }

  func kindLabel(_ kind: Instrument.Kind) -> String {
    PlanDocumentLabels(language: language).kind(kind)
  }

  private func resourcesTable() -> Table {
    var rows = s.resources.enumerated().map { index, instrument in
      // A loan's amount is its Loan sheet’s named cell: edit it there.
      let amount = loanName(index, "Amount").map { Formula($0) }
      return Row([
        .text(instrument.label), .text(kindLabel(instrument.kind)),
        .text(groupLabel(PlanLine.Group(instrument.balanceCategory))),
        // A loan's amount, periods and years are edited in its Loan sheet.
        amount == nil
          ? .input(.money(instrument.amount)) : Cell(.money(instrument.amount), formula: amount),
        .input(.integer(Int64(instrument.month))),
        instrument.loan == nil
          ? .input(.integer(Int64(instrument.years)))
          : Cell(
            .integer(
              Int64(
                instrument.loan.map { $0.periods / $0.periodicity.periodsPerYear }
                  ?? instrument.years))),
        .text(flowLabel(instrument.flow)),
      ])
    }
    rows.append(
      Row(
        [
          .text("Total"), .empty, .empty,
          Cell(.money(s.resources.reduce(.zero) { $0 + $1.amount }), formula: "SUM({amount*})"),
          .empty, .empty, .empty,
        ], style: .total))
    return Table(
      id: "res",
      title: t(
        "Ressources (saisies ; les prêts ont leur feuille)",
        "Resources (inputs; loans have their own sheets)"),
      columns: [
        Column("label", t("Libellé", "Label"), .text),
        Column("kind", t("Instrument", "Instrument"), .text),
        Column("category", t("Classement", "Counted as"), .text),
        Column("amount", t("Montant", "Amount"), .money),
        Column("month", t("Mois (0 = début)", "Month (0 = start)"), .plainInteger),
        Column("years", t("Années", "Years"), .plainInteger),
        Column("flow", t("Entre au plan comme", "Enters the plan as"), .text),
      ], rows: rows, freezesHeader: false)
  }

  /// How a resource enters the multi-year plan, for people (and the workbook's SUMIFS).
  func flowLabel(_ flow: Instrument.Flow) -> String {
    switch flow {
    case .capital: return t("apport en capital", "new capital")
    case .loan: return t("emprunt ou quasi-fonds propres", "loan or quasi-equity")
    case .grant: return t("subvention", "grant")
    case .existing: return t("déjà au capital", "already in capital")
    case .running:
      return t("emprunt en cours (bilan d’ouverture)", "running loan (opening balance)")
    }
  }

  /// The workbook name of a cell of loan-like instrument `index`’s Loan sheet.
  func loanName(_ index: Int, _ cell: String) -> String? {
    guard let position = loanIndices.firstIndex(of: index) else { return nil }
    return (loanIndices.count > 1 ? "Loan\(position + 1)_" : "") + cell
  }

  /// Σ of the fees of the loans disbursed in plan year `year` (nil when there are none).
  func feesFormula(_ year: Int) -> String? {
    let names = loanIndices.filter { (12 * (year - 1)..<12 * year).contains(s.resources[$0].month) }
      .compactMap { loanName($0, "Fees") }
    return names.isEmpty ? nil : names.joined(separator: "+")
  }
}
