import EssorCore
import EssorReport

/// What stays true when a consultant edits the workbook: the values computed month by month
/// are marked, and a live line says whether any input differs from the export.
extension PlanDocument {
  /// The sections with the monthly cash plan's computed values marked, and the inputs check
  /// at the top of the Verdict, Assumptions and cash plan sheets.
  func withSnapshotsMarked(_ sections: [Section]) -> [Section] {
    let check = inputsCheck(sections)
    return sections.enumerated().map { index, section in
      var section = section
      section.blocks = section.blocks.map { block in
        guard case .table(var table) = block, table.id == "cash" || table.id == "cash1" else {
          return block
        }
        table.rows = TableRows(
          table.rows.map { row in
            var row = row
            row.cells = row.cells.map { cell in
              var cell = cell
              if case .money = cell.value, cell.formula == nil { cell.snapshot = true }
              return cell
            }
            return row
          })
        return .table(table)
      }
      if index <= 1 || section.sheetName == t("Trésorerie", "Cash plan") {
        section.blocks.insert(.keyFigures([check]), at: 0)
      }
      return section
    }
  }

  /// A live line: "up to date" while every input holds the value exported, else a warning
  /// that the grey italic figures hold for the exported inputs only.
  private func inputsCheck(_ sections: [Section]) -> KeyFigure {
    var terms: [String] = []
    var columnSums: [String] = []
    func literal(_ value: CellValue) -> String? {
      switch value {
      case .money(let money): return money.plainText
      case .percent(let fraction): return String(fraction)
      case .integer(let number): return String(number)
      case .quantity(let number, _): return String(number)
      default: return nil
      }
    }
    for section in sections {
      for block in section.blocks {
        switch block {
        case .keyFigures(let figures):
          for figure in figures {
            // Named inputs only: a named result is a formula.
            guard let name = figure.cell.name, figure.cell.formula == nil,
              let value = literal(figure.cell.value)
            else { continue }
            terms.append("\(name)=\(value)")
          }
        case .table(let table) where ["ops", "assets", "res"].contains(table.id):
          for (column, spec) in table.columns.enumerated() {
            var total = 0.0
            var any = false
            for (row, cells) in table.rows.enumerated() where cells.style == .data {
              guard column < cells.cells.count, case let cell = cells.cells[column],
                cell.formula == nil,
                let value = literal(cell.value), let number = cell.value.numericValue
              else { continue }
              terms.append("{\(table.id).\(spec.id)#\(row)}=\(value)")
              total += number
              any = true
            }
            if any {
              columnSums.append("ROUND(SUM({\(table.id).\(spec.id)*}),2)=\(String(total))")
            }
          }
        default: continue
        }
      }
    }
    // Excel's formulas hold 8 192 characters: past that, each input table is checked by
    // its columns' totals.
    var condition = "AND(" + terms.joined(separator: ",") + ")"
    if condition.count > 7_500 {
      condition =
        "AND(" + (terms.filter { !$0.hasPrefix("{") } + columnSums).joined(separator: ",") + ")"
    }
    let fresh = t(
      "✔ à jour : les saisies sont celles de l’export", "✔ up to date: the inputs are as exported")
    let stale = t(
      "⚠ saisies modifiées depuis l’export : les chiffres en gris italique (trésorerie mensuelle, BFR, dettes, bilan) valent pour les saisies exportées — relancez essor finance plan",
      "⚠ inputs changed since the export: the grey italic figures (monthly cash, BFR, debts, balance sheet) hold for the exported inputs — run essor finance plan again"
    )
    var figure = KeyFigure(
      t("Cohérence avec les saisies", "Consistency with the inputs"),
      Cell(.text(fresh), formula: Formula("IF(\(condition),\"\(fresh)\",\"\(stale)\")")))
    figure.workbookOnly = true
    return figure
  }
}
