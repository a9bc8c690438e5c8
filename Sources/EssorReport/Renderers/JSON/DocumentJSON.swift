import EssorCore

/// The document as JSON, and back.
///
/// This is what `--format json` writes under `"document"`, and what an external tool
/// returns; decoding checks everything and names the place of a mistake. This file encodes;
/// `DocumentJSON+Decoding.swift` decodes.
public enum DocumentJSON {
  /// The most cells a decoded document may hold.
  public static let maximumCells = 1_000_000

  // MARK: Encoding

  /// The whole document, every block with its types, formulas and names.
  public static func encode(_ document: Document) -> JSONValue {
    let properties = document.properties
    return .object([
      ("title", .string(document.title)),
      ("language", .string(document.language.rawValue)),
      (
        "properties",
        .object([
          ("subject", optional(properties.subject)), ("author", optional(properties.author)),
          ("company", optional(properties.company)), ("keywords", optional(properties.keywords)),
          ("comments", optional(properties.comments)),
        ])
      ),
      ("sections", .array(document.sections.map(encode))),
    ])
  }

  private static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  private static func encode(_ section: Section) -> JSONValue {
    .object(
      [
        ("title", .string(section.title)), ("sheetName", optional(section.sheetName)),
        ("appendix", .bool(section.isAppendix)),
      ] + (section.isSlide ? [("slide", .bool(true))] : [])
        + (section.isSummary ? [("summary", .bool(true))] : [])
        + (section.notes.map { [("notes", JSONValue.string($0))] } ?? []) + [
          ("blocks", .array(section.blocks.map(encode)))
        ])
  }

  private static func encode(_ block: Block) -> JSONValue {
    switch block {
    case .paragraph(let text):
      return .object([("type", .string("paragraph")), ("text", .string(text))])
    case .keyFigures(let figures):
      return .object([
        ("type", .string("keyFigures")),
        (
          "figures",
          .array(
            figures.map { figure in
              .object(
                [
                  ("label", .string(figure.label)), ("cell", encode(figure.cell)),
                  ("kind", figure.kind.map { .string(kindText($0)) } ?? .null),
                  ("note", optional(figure.note)),
                ] + (figure.workbookOnly ? [("workbookOnly", .bool(true))] : []))
            })
        ),
      ])
    case .table(let table):
      return .object([
        ("type", .string("table")), ("id", .string(table.id)), ("title", optional(table.title)),
        ("freezesHeader", .bool(table.freezesHeader)),
        (
          "columns",
          .array(
            table.columns.map {
              .object(
                [
                  ("id", .string($0.id)), ("title", .string($0.title)),
                  ("kind", .string(kindText($0.kind))),
                ] + ($0.choices.map { [("choices", .array($0.map(JSONValue.string)))] } ?? []))
            })
        ),
        (
          "rows",
          .array(
            table.rows.map { row in
              .object([
                ("cells", .array(row.cells.map(encode))),
                ("style", .string(row.style == .total ? "total" : "data")),
              ])
            })
        ),
      ])
    case .chart(let chart):
      func reference(_ column: ColumnReference) -> JSONValue {
        var members: [(String, JSONValue)] = [
          ("table", .string(column.table)), ("column", .string(column.column)),
        ]
        if let rows = column.rows {
          members.append(
            ("rows", .array([.integer(Int64(rows.lowerBound)), .integer(Int64(rows.upperBound))])))
        }
        return .object(members)
      }
      return .object([
        ("type", .string("chart")), ("kind", .string(chart.kind.rawValue)),
        ("title", .string(chart.title)), ("categories", reference(chart.categories)),
        (
          "series",
          .array(
            chart.series.map {
              .object([("name", .string($0.name)), ("values", reference($0.values))])
            })
        ),
        ("valueAxisTitle", optional(chart.valueAxisTitle)),
        ("categoryAxisTitle", optional(chart.categoryAxisTitle)),
        ("scale", .number(chart.scale, decimals: 6)),
        (
          "valueRange",
          chart.valueRange.map {
            .array([.number($0.lowerBound, decimals: 6), .number($0.upperBound, decimals: 6)])
          } ?? .null
        ),
      ])
    case .board(let board):
      return .object([
        ("type", .string("board")), ("columns", .integer(Int64(board.columns))),
        ("rows", .integer(Int64(board.rows))),
        (
          "panels",
          .array(
            board.panels.map { panel in
              .object([
                ("title", .string(panel.title)), ("subtitle", optional(panel.subtitle)),
                ("lines", .array(panel.lines.map(JSONValue.string))),
                ("row", .integer(Int64(panel.row))), ("column", .integer(Int64(panel.column))),
                ("width", .integer(Int64(panel.width))), ("height", .integer(Int64(panel.height))),
              ])
            })
        ),
      ])
    }
  }

  private static func encode(_ cell: Cell) -> JSONValue {
    var members: [(String, JSONValue)] = []
    switch cell.value {
    case .empty: break
    case .text(let text): members.append(("text", .string(text)))
    case .money(let money): members.append(("money", .money(money)))
    case .percent(let fraction): members.append(("percent", .number(fraction, decimals: 12)))
    case .integer(let number): members.append(("integer", .integer(number)))
    case .number(let number): members.append(("number", .number(number, decimals: 12)))
    case .quantity(let number, let unit):
      members.append(("number", .number(number, decimals: 12)))
      members.append(("unit", .string(unit.rawValue)))
    case .date(let date): members.append(("date", .string(date.description)))
    case .bool(let flag): members.append(("bool", .bool(flag)))
    }
    if let formula = cell.formula { members.append(("formula", .string(formula.template))) }
    if let name = cell.name { members.append(("name", .string(name))) }
    if cell.snapshot { members.append(("snapshot", .bool(true))) }
    if cell.input { members.append(("input", .bool(true))) }
    return members.isEmpty ? .null : .object(members)
  }

  static func kindText(_ kind: ColumnKind) -> String {
    switch kind {
    case .text: return "text"
    case .money: return "money"
    case .integer: return "integer"
    case .plainInteger: return "plainInteger"
    case .date: return "date"
    case .month: return "month"
    case .percent(let decimals): return "percent:\(decimals)"
    case .decimal(let decimals): return "decimal:\(decimals)"
    }
  }
}
