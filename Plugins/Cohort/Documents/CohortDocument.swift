import EssorCore

/// The programme team's view of a cohort: one row per enterprise, the programme at a
/// glance, readiness by dimension before and after, the financing sought by instrument,
/// and, for the report, a sheet per enterprise.
struct CohortDocument {
  let cohort: Cohort
  let rows: [EnterpriseStatus]
  let today: CalendarDate
  let language: Language
  /// Whether to add the charts and a sheet per enterprise (the report).
  let full: Bool

  private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  func build() -> Document {
    var sections = [summary(), programme()]
    if full {
      if let readiness = readiness() { sections.append(readiness) }
      if let financing = financing() { sections.append(financing) }
      sections += rows.map(enterprise)
    }
    return Document(
      title: t("Cohorte : ", "Cohort: ") + cohort.name, language: language,
      properties: DocumentProperties(subject: t("Suivi de cohorte", "Cohort report")),
      sections: sections, payload: payload())
  }

  private func calendar(_ row: EnterpriseStatus) -> String {
    if row.error != nil { return "—" }
    if row.latePhases.isEmpty { return t("à l’heure", "on track") }
    return t("en retard : ", "late: ") + row.latePhases.map(\.rawValue).joined(separator: ", ")
  }

  private func summary() -> Section {
    let columns = [
      Column("enterprise", t("Entreprise", "Enterprise"), .text),
      Column("form", t("Forme", "Form"), .text),
      Column("readiness", t("Préparation", "Readiness"), .text),
      Column("canvases", t("Canevas", "Canvases"), .text),
      Column("verdict", t("Plan", "Plan"), .text),
      Column("asked", t("Demandé", "Asked"), .money),
      Column("lowest", t("Tréso. min.", "Lowest cash"), .money),
      Column("criteria", t("Critères manqués", "Criteria missed"), .integer),
      Column("pitch", t("Pitch prêt", "Pitch ready"), .percent(decimals: 0)),
      Column("actions", t("Actions (retard)", "Actions (late)"), .text),
      Column("calendar", t("Calendrier", "Calendar"), .text),
      Column("note", t("Remarque", "Note"), .text),
    ]
    var tableRows = rows.map { row -> Row in
      guard row.error == nil else {
        return Row(
          [.text(row.name)] + Array(repeating: Cell.empty, count: 10) + [.text(row.error ?? "")])
      }
      let readiness =
        [row.firstLevel?.label(language), row.level?.label(language)].compactMap { $0 }
        .joined(separator: " → ")
      return Row([
        .text(row.name), .text(row.legalForm ?? ""), .text(readiness.isEmpty ? "—" : readiness),
        .text("\(row.canvases)" + (row.canvasErrors.map { " (\($0))" } ?? "")),
        .text(verdictWord(row.verdict)),
        row.asked.map(Cell.money) ?? .empty, row.minCash.map(Cell.money) ?? .empty,
        Cell(.integer(Int64(row.missedCriteria.count))),
        row.pitchReadiness.map { Cell(.percent($0)) } ?? .empty,
        .text(
          row.openActions.map { "\($0)" + " (\(row.overdueActions ?? 0))" } ?? "—"),
        .text(calendar(row)), .text(row.warnings.first ?? ""),
      ])
    }
    if !rows.isEmpty {
      tableRows.append(
        Row(
          [.text("Total")] + Array(repeating: .empty, count: 4)
            + [Cell(.money(totalAsked), formula: "SUM({asked*})")]
            + Array(repeating: .empty, count: 6), style: .total))
    }
    let phase = cohort.phase(on: today)
    return Section(
      title: t("Synthèse", "Summary"),
      blocks: [
        .paragraph(
          t("Au ", "On ") + "\(today)" + " — "
            + (phase.map { t("phase en cours : ", "phase under way: ") + $0.rawValue }
              ?? t("programme terminé", "programme over"))),
        .table(Table(id: "enterprises", columns: columns, rows: tableRows)),
      ])
  }

  /// A verdict in a few words, for a table cell.
  private func verdictWord(_ verdict: FactTerm?) -> String {
    switch verdict?.id {
    case "fundable": return t("✔ finançable", "✔ fundable")
    case "fundable-with-conditions": return t("◐ sous conditions", "◐ with conditions")
    case "not-fundable": return t("✘ non finançable", "✘ not fundable")
    default: return "—"
    }
  }

  private var totalAsked: Money { rows.compactMap(\.asked).reduce(.zero, +) }

  private func programme() -> Section {
    let ready = rows.filter { $0.error == nil && $0.isReadyForCommittee }.count
    var mix: [(id: String, label: LocalizedText, amount: Money)] = []
    for row in rows {
      for item in row.sources?.items ?? [] {
        if let index = mix.firstIndex(where: { $0.id == item.id }) {
          mix[index].amount += item.amount
        } else {
          mix.append((item.id, item.label, item.amount))
        }
      }
    }
    var blocks: [Block] = [
      .keyFigures([
        KeyFigure(t("Entreprises", "Enterprises"), Cell(.integer(Int64(rows.count)))),
        KeyFigure(t("Prêtes pour le comité", "Ready for committee"), Cell(.integer(Int64(ready)))),
        KeyFigure(t("Montant total recherché", "Total amount sought"), .money(totalAsked)),
        KeyFigure(
          t("En retard sur le calendrier", "Behind the calendar"),
          Cell(.integer(Int64(rows.filter { !$0.latePhases.isEmpty }.count)))),
      ])
    ]
    if !mix.isEmpty {
      let total = mix.reduce(Money.zero) { $0 + $1.amount }
      blocks.append(
        .table(
          Table(
            id: "mix",
            title: t(
              "Ressources de la cohorte par instrument", "The cohort's resources by instrument"),
            columns: [
              Column("instrument", t("Instrument", "Instrument"), .text),
              Column("amount", t("Montant", "Amount"), .money),
              Column("share", t("Part", "Share"), .percent(decimals: 1)),
            ],
            rows: mix.map { item in
              Row([
                .text(item.label(language)), .money(item.amount),
                Cell(
                  .percent(total.cents == 0 ? 0 : Double(item.amount.cents) / Double(total.cents)),
                  formula: "IF(SUM({amount*})=0,0,{amount}/SUM({amount*}))"),
              ])
            })))
      if full {
        blocks.append(
          .chart(
            Chart(
              kind: .pie, title: t("Le financement de la cohorte", "The cohort's financing mix"),
              categories: ColumnReference(table: "mix", column: "instrument"),
              series: [
                Chart.Series(
                  t("Montant", "Amount"), ColumnReference(table: "mix", column: "amount"))
              ])))
      }
    }
    return Section(
      title: t("Le programme", "The programme"), sheetName: t("Programme", "Programme"),
      blocks: blocks)
  }

  /// Mean score by dimension, first run and latest, across the enterprises that have both.
  private func readiness() -> Section? {
    var dimensions: [(id: String, label: String, first: [Double], latest: [Double])] = []
    for row in rows {
      for item in row.scores?.items ?? [] {
        let first = row.firstScores?[item.id]
        if let index = dimensions.firstIndex(where: { $0.id == item.id }) {
          dimensions[index].latest.append(item.value)
          if let first { dimensions[index].first.append(first) }
        } else {
          dimensions.append((item.id, item.label(language), first.map { [$0] } ?? [], [item.value]))
        }
      }
    }
    guard !dimensions.isEmpty else { return nil }
    func mean(_ values: [Double]) -> Double {
      values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
    return Section(
      title: t("Préparation par dimension", "Readiness by dimension"),
      sheetName: t("Préparation", "Readiness"),
      blocks: [
        .table(
          Table(
            id: "dimensions",
            columns: [
              Column("dimension", t("Dimension", "Dimension"), .text),
              Column("first", t("Premier diagnostic", "First diagnostic"), .decimal(1)),
              Column("latest", t("Dernier diagnostic", "Latest diagnostic"), .decimal(1)),
              Column("change", t("Évolution", "Change"), .decimal(1)),
            ],
            rows: dimensions.map { dimension in
              let first = mean(dimension.first)
              let latest = mean(dimension.latest)
              return Row([
                .text(dimension.label), Cell(.number(first)), Cell(.number(latest)),
                Cell(.number(latest - first), formula: "{latest}-{first}"),
              ])
            })),
        .chart(
          Chart(
            kind: .radar,
            title: t("Avant / après (moyenne sur 100)", "Before / after (mean out of 100)"),
            categories: ColumnReference(table: "dimensions", column: "dimension"),
            series: [
              Chart.Series(
                t("Premier", "First"), ColumnReference(table: "dimensions", column: "first")),
              Chart.Series(
                t("Dernier", "Latest"), ColumnReference(table: "dimensions", column: "latest")),
            ], valueRange: 0...100)),
      ])
  }

  /// What each enterprise seeks, by instrument.
  private func financing() -> Section? {
    var instruments: [(id: String, label: String)] = []
    for row in rows {
      for item in row.sources?.items ?? [] where !instruments.contains(where: { $0.id == item.id })
      {
        instruments.append((item.id, item.label(language)))
      }
    }
    let financed = rows.filter { $0.sources != nil }
    guard !instruments.isEmpty, !financed.isEmpty else { return nil }
    let columns =
      [Column("enterprise", t("Entreprise", "Enterprise"), .text)]
      + instruments.map { Column($0.id, $0.label, .money) }
    let tableRows = financed.map { row in
      Row([.text(row.name)] + instruments.map { Cell.money(row.sources?[$0.id] ?? .zero) })
    }
    return Section(
      title: t("Financement recherché par instrument", "Financing sought by instrument"),
      sheetName: t("Financement", "Financing"),
      blocks: [
        .table(Table(id: "sought", columns: columns, rows: tableRows)),
        .chart(
          Chart(
            kind: .stackedColumn, title: t("Ressources par entreprise", "Resources by enterprise"),
            categories: ColumnReference(table: "sought", column: "enterprise"),
            series: instruments.map {
              Chart.Series($0.label, ColumnReference(table: "sought", column: $0.id))
            }, valueAxisTitle: "€", scale: 1.5)),
      ])
  }

  private func enterprise(_ row: EnterpriseStatus) -> Section {
    var figures: [KeyFigure] = []
    if let error = row.error {
      return Section(title: row.name, blocks: [.paragraph(error)])
    }
    figures.append(KeyFigure(t("Forme", "Form"), .text(row.legalForm ?? "")))
    if let level = row.level {
      figures.append(KeyFigure(t("Préparation", "Readiness"), .text(level.label(language))))
    }
    if let verdict = row.verdict {
      figures.append(KeyFigure(t("Plan", "Plan"), .text(verdict.label(language))))
    }
    if let asked = row.asked { figures.append(KeyFigure(t("Demandé", "Asked"), .money(asked))) }
    if let minCash = row.minCash {
      figures.append(
        KeyFigure(
          t("Trésorerie la plus basse", "Lowest cash"), .money(minCash), note: row.minCashMonth))
    }
    if let readiness = row.pitchReadiness {
      figures.append(
        KeyFigure(
          t("Présentation prête", "Pitch ready"), Cell(.percent(readiness)),
          kind: .percent(decimals: 0)))
    }
    if let open = row.openActions {
      figures.append(
        KeyFigure(
          t("Actions ouvertes", "Open actions"), Cell(.integer(Int64(open))),
          note: t("\(row.overdueActions ?? 0) en retard", "\(row.overdueActions ?? 0) overdue")))
    }
    figures.append(KeyFigure(t("Calendrier", "Calendar"), .text(calendar(row))))
    var blocks: [Block] = [.keyFigures(figures)]
    blocks += row.missedCriteria.map { .paragraph("◐ " + $0) }
    blocks += row.warnings.map { .paragraph("⚠ " + $0) }
    return Section(title: row.name, sheetName: row.name, blocks: blocks)
  }

  private func payload() -> [(String, JSONValue)] {
    [
      ("cohort", .string(cohort.name)), ("today", .string("\(today)")),
      (
        "enterprises",
        .array(
          rows.map { row in
            .object([
              ("folder", .string(row.folder)), ("name", .string(row.name)),
              ("error", row.error.map(JSONValue.string) ?? .null),
              ("legalForm", row.legalForm.map(JSONValue.string) ?? .null),
              ("firstLevel", row.firstLevel.map { .string($0.id) } ?? .null),
              ("level", row.level.map { .string($0.id) } ?? .null),
              ("canvases", .integer(Int64(row.canvases))),
              ("canvasErrors", row.canvasErrors.map { .integer(Int64($0)) } ?? .null),
              ("verdict", row.verdict.map { .string($0.id) } ?? .null),
              ("asked", row.asked.map(JSONValue.money) ?? .null),
              ("minCash", row.minCash.map(JSONValue.money) ?? .null),
              ("missedCriteria", .integer(Int64(row.missedCriteria.count))),
              ("pitchReadiness", row.pitchReadiness.map { .number($0, decimals: 4) } ?? .null),
              ("openActions", row.openActions.map { .integer(Int64($0)) } ?? .null),
              ("overdueActions", row.overdueActions.map { .integer(Int64($0)) } ?? .null),
              ("latePhases", .array(row.latePhases.map { .string($0.rawValue) })),
              ("readyForCommittee", .bool(row.error == nil && row.isReadyForCommittee)),
              ("warnings", .array(row.warnings.map(JSONValue.string))),
            ])
          })
      ),
    ]
  }
}
