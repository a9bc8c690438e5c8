import EssorCore

/// Writes a document as JSON carrying `"schema": 1`: the tool's payload when it has one,
/// else the generic rendering of its sections.
public struct JSONRenderer: Sendable {
  /// The version of Essor's JSON outputs.
  public static let schema: Int64 = 1

  public init() {}

  public func render(_ document: Document) -> String {
    var members: [(String, JSONValue)] = [("schema", .integer(Self.schema))]
    if let payload = document.payload {
      members += payload
    } else {
      members += [
        ("title", .string(document.title)),
        ("language", .string(document.language.rawValue)),
        ("sections", .array(document.sections.map(section))),
      ]
    }
    return JSONValue.object(members).serialized() + "\n"
  }

  private func section(_ section: Section) -> JSONValue {
    .object([
      ("title", .string(section.title)),
      ("blocks", .array(section.blocks.map(block))),
    ])
  }

  private func block(_ block: Block) -> JSONValue {
    switch block {
    case .paragraph(let text):
      return .object([("type", .string("paragraph")), ("text", .string(text))])
    case .keyFigures(let figures):
      return .object([
        ("type", .string("keyFigures")),
        (
          "figures",
          .array(
            figures.map {
              .object([("label", .string($0.label)), ("value", value($0.cell.value))])
            })
        ),
      ])
    case .table(let table):
      return .object([
        ("type", .string("table")), ("id", .string(table.id)),
        (
          "columns",
          .array(
            table.columns.map {
              .object([("id", .string($0.id)), ("title", .string($0.title))])
            })
        ),
        ("rows", .array(table.rows.map { .array($0.cells.map { value($0.value) }) })),
      ])
    case .chart(let chart):
      return .object([
        ("type", .string("chart")), ("kind", .string(chart.kind.rawValue)),
        ("title", .string(chart.title)),
      ])
    case .board(let board):
      return .object([
        ("type", .string("board")),
        (
          "panels",
          .array(
            board.readingOrder.map {
              .object([
                ("title", .string($0.title)), ("lines", .array($0.lines.map { .string($0) })),
              ])
            })
        ),
      ])
    }
  }

  private func value(_ value: CellValue) -> JSONValue {
    switch value {
    case .empty: return .null
    case .text(let text): return .string(text)
    case .money(let money): return .money(money)
    case .percent(let fraction): return .number(fraction, decimals: 8)
    case .integer(let number): return .integer(number)
    case .number(let number): return .number(number, decimals: 8)
    case .date(let date): return .string(date.description)
    case .bool(let flag): return .bool(flag)
    }
  }
}
