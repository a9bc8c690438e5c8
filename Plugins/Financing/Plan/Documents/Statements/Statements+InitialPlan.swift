import EssorCore
import EssorReport

/// The initial financing plan (year 1): needs, resources and how they balance.
extension Statements {
  /// The initial plan's needs and resources tables and its key figures.
  func initialPlanSection() -> Section {
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
}
