import EssorCore

/// A stress test as a neutral document: a row per set of shocks with its lowest cash, DSCR,
/// rules, verdict and headroom; the lowest cash of each as a chart; every row's monthly cash;
/// and the JSON payload `{"stress": …}`.
public struct StressDocument {
  let test: StressTest
  let language: Language
  let enterprise: String?

  public init(_ test: StressTest, language: Language, enterprise: String?) {
    self.test = test
    self.language = language
    self.enterprise = enterprise
  }

  private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  /// A row's name: the plan as it is, one shock, or a combination.
  func name(_ outcome: StressTest.Outcome) -> String {
    if outcome.shocks.isEmpty { return t("Plan tel quel", "Plan as it is") }
    if outcome.shocks.count > 1 { return t("Tous ces chocs ensemble", "All these shocks together") }
    return outcome.shocks.map { $0.label(language) }.joined(separator: " + ")
  }

  public func build() -> Document {
    let s = test.scenario
    var summary = Section(
      title: t("Tests de résistance — ", "Stress tests — ") + s.title,
      sheetName: t("Résistance", "Stress"),
      blocks: introduction() + [
        .table(outcomesTable()), .table(headroomTable()), .chart(lowestChart()),
      ])
    summary.isSummary = true
    return Document(
      title: t("Tests de résistance : ", "Stress tests: ") + s.title
        + (enterprise.map { " — " + $0 } ?? ""),
      language: language,
      properties: DocumentProperties(
        subject: t("Tests de résistance du plan de financement", "Financing plan stress tests"),
        company: enterprise, keywords: "essor, financing, stress",
        comments: t(
          "Valeurs calculées par essor finance stress.", "Values computed by essor finance stress.")
      ),
      sections: [summary, cashSection()], payload: [("stress", payload())])
  }

  private func introduction() -> [Block] {
    let s = test.scenario
    var blocks: [Block] = []
    if !s.overrides.isEmpty {
      blocks.append(
        .paragraph(
          t("Modifié pour cette exécution (--set) : ", "Changed for this run (--set): ")
            + s.overrides.map { $0.text(language) }.joined(separator: " ; ")))
    }
    let threshold = String(format: "%.2f", s.thresholds.dscr).replacingOccurrences(
      of: ".", with: language == .fr ? "," : ".")
    blocks.append(
      .paragraph(
        t(
          "Le plan tient quand sa trésorerie reste positive chaque mois et que son DSCR (EBE / annuités) reste au moins à \(threshold) chaque année à partir de la première année pleine. La marge est le choc le plus fort qu’il tient : baisse du chiffre d’affaires de toutes les années (à l’euro près de l’année 1), hausse du taux de tous les nouveaux prêts (au point de base près).",
          "The plan holds when its cash stays positive every month and its DSCR (EBE / debt service) stays at least \(threshold) every year from the first full one. The headroom is the hardest shock it holds: a drop of every year's revenue (to the euro of year 1), a rise of every new loan's rate (to the basis point)."
        )))
    if let together = test.outcomes.first(where: { $0.shocks.count > 1 }) {
      blocks.append(
        .paragraph(
          t("Tous ces chocs ensemble : ", "All these shocks together: ")
            + together.shocks.map { $0.label(language) }.joined(separator: " ; ") + "."))
    }
    if let worst = test.outcomes.dropFirst().min(by: { lowestCash($0) < lowestCash($1) }),
      let month = worst.lowest, month.cash < .zero
    {
      blocks.append(
        .paragraph(
          t("✘ Le pire : ", "✘ The worst: ") + name(worst)
            + t(" — trésorerie négative en ", " — cash below zero in ")
            + ScenarioFields.monthText(firstNegative(worst) ?? month.date)
            + t(", au plus bas ", ", at worst ")
            + MoneyFormat.text(month.cash, language) + t(" en ", " in ")
            + ScenarioFields.monthText(month.date) + "."))
    }
    return blocks
  }

  private func lowestCash(_ outcome: StressTest.Outcome) -> Money { outcome.lowest?.cash ?? .zero }

  /// The first month whose cash is below zero.
  private func firstNegative(_ outcome: StressTest.Outcome) -> CalendarDate? {
    outcome.plan.months.first { $0.cash < .zero }?.date
  }

  private func outcomesTable() -> Table {
    let columns = [
      Column("shock", t("Choc", "Shock"), .text),
      Column("lowest", t("Trésorerie la plus basse", "Lowest cash"), .money),
      Column("month", t("Mois", "Month"), .month),
      Column("negative", t("Premier mois négatif", "First month below zero"), .month),
      Column("dscr", t("DSCR le plus bas", "Lowest DSCR"), .decimal(2)),
      Column("rules", t("Règles non respectées", "Rules broken"), .integer),
      Column("verdict", t("Verdict", "Verdict"), .text),
    ]
    let rows = test.outcomes.map { outcome -> Row in
      Row([
        .text(name(outcome)),
        Cell(outcome.lowest.map { .money($0.cash) } ?? .empty),
        Cell(outcome.lowest.map { .date($0.date) } ?? .empty),
        Cell(firstNegative(outcome).map { .date($0) } ?? .text("—")),
        Cell(outcome.minimumDSCR.map { .quantity($0, .ratio) } ?? .text("—")),
        Cell(.integer(Int64(outcome.rulesBroken))),
        .text(outcome.verdict.word(language)),
      ])
    }
    return Table(
      id: "stress", title: t("Sous chaque choc", "Under each shock"), columns: columns, rows: rows,
      freezesHeader: false)
  }

  /// What each row still holds: the revenue drop and the rate rise.
  private func headroomTable() -> Table {
    let columns = [
      Column("shock", t("Choc", "Shock"), .text),
      Column("revenue", t("Baisse de CA tenue", "Revenue drop held"), .percent(decimals: 2)),
      Column("revenueEuros", t("soit, en année 1", "that is, in year 1"), .money),
      Column("rate", t("Hausse de taux tenue", "Rate rise held"), .text),
    ]
    let rows = test.outcomes.map { outcome -> Row in
      let headroom = outcome.headroom
      return Row([
        .text(name(outcome)),
        Cell(headroom.revenueDrop.map { .percent($0) } ?? .text(t("ne tient pas", "fails"))),
        Cell(headroom.revenueDropEuros.map { .money($0) } ?? .empty),
        .text(rateText(headroom)),
      ])
    }
    return Table(
      id: "headroom", title: t("Marge restante", "Headroom left"), columns: columns, rows: rows,
      freezesHeader: false)
  }

  private func rateText(_ headroom: StressTest.Headroom) -> String {
    guard let rise = headroom.rateRise else {
      return headroom.revenueDrop == nil ? t("ne tient pas", "fails") : t("sans prêt", "no loan")
    }
    let points = String(format: "%.2f", rise * 100).replacingOccurrences(
      of: ".", with: language == .fr ? "," : ".")
    return (headroom.rateBeyondCeiling ? "≥ " : "") + "+" + points + " pt"
  }

  private func lowestChart() -> Chart {
    Chart(
      kind: .column, title: t("Trésorerie la plus basse par choc", "Lowest cash by shock"),
      categories: ColumnReference(table: "stress", column: "shock"),
      series: [
        .init(
          t("Trésorerie la plus basse", "Lowest cash"),
          ColumnReference(table: "stress", column: "lowest"))
      ],
      valueAxisTitle: "€")
  }

  private func cashSection() -> Section {
    var columns = [Column("month", t("Mois", "Month"), .month)]
    columns += test.outcomes.indices.map { Column("o\($0)", name(test.outcomes[$0]), .money) }
    let months = test.outcomes.first?.plan.months ?? []
    let rows = months.indices.map { index -> Row in
      Row(
        [Cell(.date(months[index].date))]
          + test.outcomes.map { outcome in
            Cell(
              outcome.plan.months.indices.contains(index)
                ? .money(outcome.plan.months[index].cash) : .empty)
          })
    }
    return Section(
      title: t("Trésorerie de fin de mois sous chaque choc", "Month-end cash under each shock"),
      sheetName: t("Trésorerie", "Cash"),
      blocks: [
        .chart(
          Chart(
            kind: .line, title: t("Trésorerie sous chaque choc", "Cash under each shock"),
            categories: ColumnReference(table: "cash", column: "month"),
            series: test.outcomes.indices.map {
              .init(name(test.outcomes[$0]), ColumnReference(table: "cash", column: "o\($0)"))
            }, valueAxisTitle: "€")),
        .table(Table(id: "cash", columns: columns, rows: rows)),
      ], isAppendix: true)
  }

  private func payload() -> JSONValue {
    .object([
      ("scenario", .string(test.scenario.id)),
      ("dscrThreshold", .number(test.scenario.thresholds.dscr, decimals: 2)),
      (
        "outcomes",
        .array(
          test.outcomes.map { outcome in
            let headroom = outcome.headroom
            return .object([
              ("label", .string(name(outcome))),
              ("shocks", .array(outcome.shocks.map { .string($0.text) })),
              ("lowestCash", outcome.lowest.map { .money($0.cash) } ?? .null),
              (
                "lowestMonth",
                outcome.lowest.map { .string(ScenarioFields.monthText($0.date)) } ?? .null
              ),
              (
                "firstNegativeMonth",
                firstNegative(outcome).map { .string(ScenarioFields.monthText($0)) } ?? .null
              ),
              ("minimumDSCR", outcome.minimumDSCR.map { .number($0, decimals: 6) } ?? .null),
              ("rulesBroken", .integer(Int64(outcome.rulesBroken))),
              ("verdict", .string(outcome.verdict.kind.rawValue)),
              ("survives", .bool(headroom.revenueDrop != nil)),
              (
                "headroom",
                .object([
                  ("revenueDrop", headroom.revenueDrop.map { .number($0, decimals: 8) } ?? .null),
                  ("revenueDropEuros", headroom.revenueDropEuros.map { .money($0) } ?? .null),
                  ("rateRise", headroom.rateRise.map { .number($0, decimals: 4) } ?? .null),
                  ("rateBeyondCeiling", .bool(headroom.rateBeyondCeiling)),
                ])
              ),
            ])
          })
      ),
    ])
  }
}
