import EssorCore

/// Scenarios side by side as a neutral document: the key figures with the best of each row
/// named and the differences from the first scenario, the ratios of every year, the mix by
/// instrument, the debt service and the monthly cash of every scenario, with their charts,
/// and the JSON payload `{"comparison": …}`.
public struct ComparisonDocument {
  let comparison: ScenarioComparison
  let language: Language
  let enterprise: String?

  public init(_ comparison: ScenarioComparison, language: Language, enterprise: String?) {
    self.comparison = comparison
    self.language = language
    self.enterprise = enterprise
  }

  private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
  private var entries: [ScenarioComparison.Entry] { comparison.entries }
  private var ids: [String] { entries.map(\.scenario.id) }

  public func build() -> Document {
    var summary = Section(
      title: t("Comparaison des scénarios", "Scenarios compared"),
      sheetName: t("Comparaison", "Comparison"),
      blocks: introduction()
        + [.table(table("comparison", comparison.rows(language)))])
    summary.isSummary = true
    let sections = [
      summary,
      Section(
        title: t("Ratios par année", "Ratios by year"), sheetName: t("Ratios", "Ratios"),
        blocks: [.table(table("yearly", comparison.yearlyRows(language)))]),
      mixSection(), debtServiceSection(), cashSection(),
    ]
    return Document(
      title: t("Comparaison des scénarios", "Scenarios compared")
        + (enterprise.map { " — " + $0 } ?? ""),
      language: language,
      properties: DocumentProperties(
        subject: t("Comparaison de plans de financement", "Financing plans compared"),
        company: enterprise, keywords: "essor, financing, compare",
        comments: t(
          "Valeurs calculées par essor finance compare ; chaque scénario se détaille avec essor finance plan.",
          "Values computed by essor finance compare; each scenario is detailed by essor finance plan."
        )),
      sections: sections, payload: [("comparison", payload())])
  }

  // MARK: Sections

  private func introduction() -> [Block] {
    var blocks: [Block] = []
    for entry in entries {
      let s = entry.scenario
      blocks.append(
        .paragraph(
          "\(s.id)" + t(" : ", ": ") + s.title + " — "
            + entry.verdict.word(language)
            + (s.overrides.isEmpty
              ? ""
              : t(" (--set : ", " (--set: ")
                + s.overrides.map { $0.text(language) }.joined(separator: " ; ") + ")")))
    }
    if entries.count > 1 {
      blocks.append(
        .paragraph(
          t(
            "« Meilleur » nomme le scénario au meilleur chiffre de chaque ligne qui en a un ; Δ est l’écart avec \(ids[0]).",
            "“Best” names the scenario with the best figure of each row that has one; Δ is the difference from \(ids[0])."
          )))
    }
    return blocks
  }

  /// Rows of figures: a column per scenario, a Δ column after each but the first, and the
  /// best scenario(s).
  private func table(_ id: String, _ rows: [ScenarioComparison.Row]) -> Table {
    // The best next to the label: on a narrow screen, the blocks of columns that follow
    // still read against it.
    var columns = [Column("label", t("Indicateur", "Figure"), .text)]
    if ids.count > 1 { columns.append(Column("best", t("Meilleur", "Best"), .text)) }
    for (index, name) in ids.enumerated() {
      columns.append(Column("s\(index + 1)", name, .money))
      if index > 0 { columns.append(Column("d\(index + 1)", "Δ " + name, .money)) }
    }
    let tableRows = rows.map { row -> Row in
      var cells: [Cell] = [.text(row.label(language))]
      if ids.count > 1 {
        cells.append(.text(row.best.map { ids[$0] }.joined(separator: ", ")))
      }
      for (index, value) in row.values.enumerated() {
        cells.append(Cell(value))
        if index > 0 { cells.append(Cell(Self.difference(value, row.values[0]))) }
      }
      return Row(cells)
    }
    return Table(id: id, columns: columns, rows: tableRows)
  }

  /// `value − first` in the value's own unit; nothing for text or a missing value.
  static func difference(_ value: CellValue, _ first: CellValue) -> CellValue {
    switch (value, first) {
    case (.money(let a), .money(let b)): return .money(a - b)
    case (.percent(let a), .percent(let b)): return .percent(a - b)
    case (.quantity(let a, let unit), .quantity(let b, _)): return .quantity(a - b, unit)
    case (.integer(let a), .integer(let b)): return .integer(a - b)
    default: return .empty
    }
  }

  private func mixSection() -> Section {
    let kinds = comparison.kinds
    let labels = PlanDocumentLabels(language: language)
    var columns = [Column("scenario", t("Scénario", "Scenario"), .text)]
    columns += kinds.map { Column($0.rawValue, labels.kind($0), .money) }
    columns.append(Column("total", "Total", .money))
    let rows = entries.map { entry -> Row in
      let amounts = comparison.mix(entry)
      return Row(
        [.text(entry.scenario.id)] + amounts.map { Cell(.money($0)) }
          + [
            Cell(
              .money(amounts.reduce(.zero, +)),
              formula: kinds.isEmpty
                ? nil : Formula(kinds.map { "{\($0.rawValue)}" }.joined(separator: "+")))
          ])
    }
    return Section(
      title: t("Ressources par instrument, tout le plan", "Resources by instrument, whole plan"),
      sheetName: t("Mix", "Mix"),
      blocks: [
        .table(Table(id: "mix", columns: columns, rows: rows, freezesHeader: false)),
        .chart(
          Chart(
            kind: .stackedColumn, title: t("Le mix de chaque scénario", "Each scenario's mix"),
            categories: ColumnReference(table: "mix", column: "scenario"),
            series: kinds.map {
              .init(labels.kind($0), ColumnReference(table: "mix", column: $0.rawValue))
            }, valueAxisTitle: "€")),
      ])
  }

  private func debtServiceSection() -> Section {
    let horizon = entries.map(\.scenario.horizon).max() ?? 1
    var columns = [Column("year", t("Année", "Year"), .plainInteger)]
    columns += ids.enumerated().map { Column("s\($0.offset + 1)", $0.element, .money) }
    let first = entries.map(\.scenario.start.year).min() ?? 0
    let rows = (0..<horizon).map { index -> Row in
      Row(
        [Cell(.integer(Int64(first + index)))]
          + entries.map { entry in
            // Each scenario's year by the calendar, so scenarios starting apart line up.
            let offset = first + index - entry.scenario.start.year
            guard entry.plan.years.indices.contains(offset) else { return Cell(.empty) }
            let year = entry.plan.years[offset]
            return Cell(.money(year.debtService + year.quasiDebtService))
          })
    }
    return Section(
      title: t("Service de la dette par an", "Debt service per year"),
      sheetName: t("Service de la dette", "Debt service"),
      blocks: [
        .paragraph(
          t(
            "Annuités des dettes financières et des quasi-fonds propres (intérêts et capital), par année civile.",
            "Instalments of financial debt and quasi-equity (interest and principal), by calendar year."
          )),
        .table(Table(id: "debt", columns: columns, rows: rows, freezesHeader: false)),
        .chart(
          Chart(
            kind: .column, title: t("Service de la dette par an", "Debt service per year"),
            categories: ColumnReference(table: "debt", column: "year"),
            series: ids.enumerated().map {
              .init($0.element, ColumnReference(table: "debt", column: "s\($0.offset + 1)"))
            }, valueAxisTitle: "€")),
      ])
  }

  private func cashSection() -> Section {
    // Every month any scenario covers, by the calendar.
    let months = Array(
      Set(entries.flatMap { $0.plan.months.map(\.date) })
    ).sorted()
    var columns = [Column("month", t("Mois", "Month"), .month)]
    columns += ids.enumerated().map { Column("s\($0.offset + 1)", $0.element, .money) }
    let cash = entries.map { entry in
      Dictionary(entry.plan.months.map { ($0.date, $0.cash) }, uniquingKeysWith: { $1 })
    }
    let rows = months.map { month -> Row in
      Row([Cell(.date(month))] + cash.map { Cell($0[month].map(CellValue.money) ?? .empty) })
    }
    return Section(
      title: t("Trésorerie de fin de mois", "Month-end cash"),
      sheetName: t("Trésorerie", "Cash"),
      blocks: [
        .chart(
          Chart(
            kind: .line, title: t("Trésorerie de chaque scénario", "Each scenario's cash"),
            categories: ColumnReference(table: "cash", column: "month"),
            series: ids.enumerated().map {
              .init($0.element, ColumnReference(table: "cash", column: "s\($0.offset + 1)"))
            }, valueAxisTitle: "€")),
        .table(Table(id: "cash", columns: columns, rows: rows)),
      ], isAppendix: true)
  }

  // MARK: JSON

  private func payload() -> JSONValue {
    func json(_ value: CellValue) -> JSONValue {
      switch value {
      case .money(let money): return .money(money)
      case .percent(let fraction): return .number(fraction, decimals: 6)
      case .quantity(let number, _): return .number(number, decimals: 6)
      case .number(let number): return .number(number, decimals: 6)
      case .integer(let integer): return .integer(integer)
      case .text(let text): return .string(text)
      case .date(let date): return .string(ScenarioFields.monthText(date))
      case .bool(let flag): return .bool(flag)
      case .empty: return .null
      }
    }
    func rows(_ rows: [ScenarioComparison.Row]) -> JSONValue {
      .array(
        rows.map { row in
          .object([
            ("id", .string(row.id)), ("label", .string(row.label(language))),
            ("better", .string(row.better.rawValue)),
            ("values", .array(row.values.map(json))),
            ("best", .array(row.best.map { .string(ids[$0]) })),
          ])
        })
    }
    return .object([
      (
        "scenarios",
        .array(
          entries.map { entry in
            .object([
              ("id", .string(entry.scenario.id)), ("title", .string(entry.scenario.title)),
              ("file", .string(entry.scenario.file)),
              ("verdict", .string(entry.verdict.kind.rawValue)),
              (
                "overrides",
                .array(
                  entry.scenario.overrides.map {
                    .object([("path", .string($0.path)), ("value", .string($0.value))])
                  })
              ),
            ])
          })
      ),
      ("rows", rows(comparison.rows(language))),
      ("yearly", rows(comparison.yearlyRows(language))),
    ])
  }
}
