import EssorCore
import EssorReport

/// Progress between two completed runs: each dimension before and after, the level, and
/// both curves on one radar.
struct CompareDocument {
  var before: (sheet: AnswerSheet, result: DiagnosticResult)
  var after: (sheet: AnswerSheet, result: DiagnosticResult)
  var language: Language
  var enterprise: String?

  private var fr: Bool { language == .fr }

  func build() -> Document {
    let questionnaire = after.result.questionnaire
    let beforeLabel = (fr ? "Avant " : "Before ") + day(before.sheet)
    let afterLabel = (fr ? "Après " : "After ") + day(after.sheet)
    func row(_ title: String, _ first: Double?, _ last: Double?, style: Row.Style = .data) -> Row {
      // The change is that of the rounded scores shown, so the columns add up.
      let a = first.map { ($0 * 10).rounded() / 10 }
      let b = last.map { ($0 * 10).rounded() / 10 }
      let change = a.flatMap { a in b.map { b in ((b - a) * 10).rounded() / 10 } }
      return Row(
        [
          .text(title), a.map { Cell(.number($0)) } ?? .empty,
          b.map { Cell(.number($0)) } ?? .empty, change.map { Cell(.number($0)) } ?? .empty,
        ], style: style)
    }
    let rows =
      questionnaire.dimensions.map { dimension in
        row(
          dimension.title(language), before.result.dimension(dimension.id)?.score,
          after.result.dimension(dimension.id)?.score)
      }
      + [
        row(
          fr ? "Score global" : "Global score", before.result.total, after.result.total,
          style: .total)
      ]
    let table = Table(
      id: "progress",
      columns: [
        Column("dimension", "Dimension", .text), Column("before", beforeLabel, .decimal(1)),
        Column("after", afterLabel, .decimal(1)),
        Column("change", fr ? "Évolution" : "Change", .decimal(1)),
      ], rows: rows)
    func level(_ result: DiagnosticResult) -> String {
      result.level?.title(language) ?? (fr ? "données insuffisantes" : "insufficient data")
    }
    func total(_ result: DiagnosticResult) -> Cell {
      result.total.map { Cell(.number(($0 * 10).rounded() / 10)) } ?? .text("—")
    }
    let blocks: [Block] = [
      .keyFigures([
        KeyFigure(fr ? "Niveau avant" : "Level before", .text(level(before.result))),
        KeyFigure(fr ? "Niveau après" : "Level after", .text(level(after.result))),
        KeyFigure(
          fr ? "Score global avant" : "Global score before", total(before.result), kind: .decimal(1)
        ),
        KeyFigure(
          fr ? "Score global après" : "Global score after", total(after.result), kind: .decimal(1)),
      ]),
      .table(table),
      .chart(
        Chart(
          kind: .radar, title: fr ? "Progression par dimension" : "Progress per dimension",
          categories: ColumnReference(table: "progress", column: "dimension"),
          series: [
            Chart.Series(beforeLabel, ColumnReference(table: "progress", column: "before")),
            Chart.Series(afterLabel, ColumnReference(table: "progress", column: "after")),
          ], scale: 1.5, valueRange: 0...100)),
    ]
    return Document(
      title: (fr ? "Progression — " : "Progress — ") + questionnaire.title(language)
        + (enterprise.map { " — " + $0 } ?? ""),
      language: language,
      properties: DocumentProperties(subject: questionnaire.title(language), company: enterprise),
      sections: [
        Section(
          title: fr ? "Progression" : "Progress", sheetName: fr ? "Progression" : "Progress",
          blocks: blocks)
      ],
      payload: [
        ("template", .string(questionnaire.id)),
        ("before", runJSON(before)), ("after", runJSON(after)),
      ])
  }

  private func day(_ sheet: AnswerSheet) -> String {
    String((sheet.completed ?? sheet.started).prefix(10))
  }

  private func runJSON(_ run: (sheet: AnswerSheet, result: DiagnosticResult)) -> JSONValue {
    .object([
      ("completed", run.sheet.completed.map(JSONValue.string) ?? .null),
      ("level", run.result.level.map { .string($0.id) } ?? .null),
      ("total", run.result.total.map { .number($0, decimals: 2) } ?? .null),
      (
        "dimensions",
        .object(
          run.result.dimensions.map {
            ($0.dimension.id, $0.score.map { .number($0, decimals: 2) } ?? .null)
          })
      ),
    ])
  }
}
