import EssorCore
import EssorReport

/// The multi-year financing plan: the needs and resources of each year and the cash.
extension Statements {
  /// Fills the multi-year plan: the needs, the resources and the change in cash.
  mutating func fillFinancingPlan() {
    mplan.add(
      "capex", t("Investissements, frais et dépôts", "Investments, set-up costs and deposits"),
      values(\.capex),
      "SUMIFS({assets.amount*},{assets.month*},\">=\"&(12*(%Y%-1)),{assets.month*},\"<\"&(12*%Y%))")
    mplan.add(
      "dbfr", t("Variation du BFR", "Change in working capital"), values(\.workingCapitalChange),
      plRef("dbfr"))
    mplan.add(
      "dother",
      t(
        "Variation des dettes fiscales et sociales, TVA et part travail",
        "Change in tax, social, VAT and part travail debts"), values(\.otherWorkingCapitalChange),
      plRef("dother"))
    let sofiscop = years.contains { $0.guaranteeDeposits != .zero }
    if sofiscop {
      mplan.add(
        "deposits",
        t(
          "Parts Sofiscop et dépôt au fonds mutuel (nets des restitutions)",
          "Sofiscop shares and mutual-fund deposit (net of returns)"), values(\.guaranteeDeposits))
    }
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
      "[capex]+[dbfr]+[dother]+[principal]+[divpaid]+[redemptions]+[accounts]"
        + (sofiscop ? "+[deposits]" : ""), style: .total)
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
        "Part travail de l’an passé convertie en parts (AG)",
        "Last year's part travail turned into shares (AGM)"), values(\.participationToCapital))
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

  /// Line `line` of the P&L, same year.
  private func plRef(_ line: String) -> String { "{pl.y%Y%#\(pl.index(line) ?? 0)}" }

  /// The multi-year plan, the plan's loans and the debt service per year, with its chart.
  func multiYearSection() -> Section {
    var serviceRows: [Row] = []
    for f in years {
      serviceRows.append(
        Row([
          // Calendar years (or the year's months) label the chart, not 1…5.
          .text(document.s.yearLabel(f.year)), .money(f.debtService), .money(f.quasiDebtService),
          Cell(.money(f.debtService + f.quasiDebtService), formula: "{debt}+{quasi}"),
          Cell(.money(f.cashEnd), formula: Formula(mplan.reference("cash", year: f.year))),
        ]))
    }
    return Section(
      title: t("Plan de financement pluriannuel", "Multi-year financing plan"),
      sheetName: t("Plan pluriannuel", "Multi-year plan"),
      blocks: [.table(mplan.table())]
        + (document.loanIndices.isEmpty ? [] : [.table(loansTable())])
        + (guarantorsTable().map { [.table($0)] } ?? []) + [
          .table(
            Table(
              id: "service", title: t("Service de la dette par an", "Debt service per year"),
              columns: [
                Column("year", t("Année", "Year"), .text),
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
}
