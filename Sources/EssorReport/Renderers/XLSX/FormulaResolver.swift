import EssorCore

/// Turns a ``Formula`` template into an A1 formula for one cell, given the layout.
struct FormulaResolver {
  let layout: WorkbookLayout

  /// Resolves `formula` for the cell at `tableRow` of `table` (nil outside tables) on `sheet`.
  func resolve(_ formula: Formula, sheet: String, table: String?, tableRow: Int?) throws -> String {
    let pieces: [Formula.Piece]
    do {
      pieces = try formula.pieces()
    } catch let error as EssorError {
      throw WorkbookLayout.failure(error.message.en)
    }
    var output = "="
    for piece in pieces {
      switch piece {
      case .text(let text): output += text
      case .reference(let reference):
        output += try address(
          reference, formula: formula, sheet: sheet, table: table, tableRow: tableRow)
      }
    }
    return output
  }

  private func address(
    _ reference: FormulaReference, formula: Formula, sheet: String, table currentTable: String?,
    tableRow: Int?
  ) throws -> String {
    func fail(_ why: String) -> EssorError {
      WorkbookLayout.failure("reference {\(reference.text)} in “\(formula.template)”: \(why)")
    }
    let tableID = reference.table ?? currentTable
    guard let tableID, let placement = layout.tables[tableID] else {
      throw fail("unknown table")
    }
    guard let column = placement.table.columnIndex(reference.column) else {
      throw fail("unknown column")
    }
    let sameSheet = placement.sheet == sheet
    let prefix = sameSheet ? "" : CellAddress.quotedSheet(placement.sheet) + "!"
    let rowCount = placement.table.rows.count
    func checked(_ row: Int) throws -> Int {
      guard (0..<rowCount).contains(row) else { throw fail("row \(row) outside the table") }
      return row
    }
    switch reference.rows {
    case .relative(let offset):
      guard tableID == currentTable, let tableRow else {
        throw fail("a relative reference needs a cell of the same table")
      }
      let row = try checked(tableRow + offset)
      return prefix + CellAddress.a1(row: placement.row(of: row), column: column)
    case .allData:
      let dataRows = placement.table.rows.indices.filter { placement.table.rows[$0].style == .data }
      guard let first = dataRows.first, let last = dataRows.last else { throw fail("no data rows") }
      return prefix + range(placement, column, first, last)
    case .range(let rows):
      return prefix
        + range(placement, column, try checked(rows.lowerBound), try checked(rows.upperBound))
    case .row(let row):
      return prefix
        + CellAddress.a1(row: placement.row(of: try checked(row)), column: column, absolute: true)
    }
  }

  private func range(
    _ placement: WorkbookLayout.TablePlacement, _ column: Int, _ first: Int, _ last: Int
  )
    -> String
  {
    CellAddress.a1(row: placement.row(of: first), column: column, absolute: true) + ":"
      + CellAddress.a1(row: placement.row(of: last), column: column, absolute: true)
  }
}
