import EssorCore

/// Turns a ``Formula`` template into an A1 formula for one cell, given the layout.
struct FormulaResolver {
  let layout: WorkbookLayout

  /// Resolves `formula` for the cell at `tableRow` of `table` (nil outside tables) on `sheet`.
  func resolve(_ formula: Formula, sheet: String, table: String?, tableRow: Int?) throws -> String {
    var output = "="
    var rest = Substring(formula.template)
    while let open = rest.firstIndex(of: "{") {
      output += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else {
        throw WorkbookLayout.failure("unclosed reference in formula “\(formula.template)”")
      }
      let reference = rest[rest.index(after: open)..<close]
      output += try address(
        String(reference), formula: formula, sheet: sheet, table: table, tableRow: tableRow)
      rest = rest[rest.index(after: close)...]
    }
    return output + rest
  }

  private func address(
    _ reference: String, formula: Formula, sheet: String, table currentTable: String?,
    tableRow: Int?
  ) throws -> String {
    func fail(_ why: String) -> EssorError {
      WorkbookLayout.failure("reference {\(reference)} in “\(formula.template)”: \(why)")
    }
    // Split off the row selector: @offset, #row, #a..b, or *.
    var body = reference
    var selector = ""
    if let index = body.firstIndex(where: { $0 == "@" || $0 == "#" || $0 == "*" }) {
      selector = String(body[index...])
      body = String(body[..<index])
    }
    let parts = body.split(separator: ".", maxSplits: 1).map(String.init)
    let tableID = parts.count == 2 ? parts[0] : currentTable
    let columnID = parts.count == 2 ? parts[1] : parts.first ?? ""
    guard let tableID, let placement = layout.tables[tableID] else {
      throw fail("unknown table")
    }
    guard let column = placement.table.columnIndex(columnID) else {
      throw fail("unknown column")
    }
    let sameSheet = placement.sheet == sheet
    let prefix = sameSheet ? "" : CellAddress.quotedSheet(placement.sheet) + "!"
    let rowCount = placement.table.rows.count
    func checked(_ row: Int) throws -> Int {
      guard (0..<rowCount).contains(row) else { throw fail("row \(row) outside the table") }
      return row
    }
    if selector.isEmpty || selector.hasPrefix("@") {
      guard tableID == currentTable, let tableRow else {
        throw fail("a relative reference needs a cell of the same table")
      }
      let offset = selector.isEmpty ? 0 : Int(selector.dropFirst()) ?? Int.min
      guard offset != Int.min else { throw fail("bad offset") }
      let row = try checked(tableRow + offset)
      return prefix + CellAddress.a1(row: placement.row(of: row), column: column)
    }
    if selector == "*" {
      let dataRows = placement.table.rows.indices.filter { placement.table.rows[$0].style == .data }
      guard let first = dataRows.first, let last = dataRows.last else { throw fail("no data rows") }
      return prefix + range(placement, column, first, last)
    }
    let bounds = selector.dropFirst().components(separatedBy: "..")
    guard let first = Int(bounds[0]), bounds.count <= 2 else { throw fail("bad row") }
    if bounds.count == 2 {
      guard let last = Int(bounds[1]) else { throw fail("bad row range") }
      return prefix + range(placement, column, try checked(first), try checked(last))
    }
    return prefix
      + CellAddress.a1(row: placement.row(of: try checked(first)), column: column, absolute: true)
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
