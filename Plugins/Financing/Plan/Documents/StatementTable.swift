import EssorCore
import EssorReport

/// Builds a statement table with one row per line item and one column per plan year
/// (`y1`, `y2`…), whose formulas name other lines rather than cells.
///
/// In a line's formula, `[ebe]` is line `ebe` of the same year, `[ebe<]` the previous
/// year's (the line's `firstYear` formula is used for year 1 when given), and `%Y%` the
/// year number and `%I%` the year's 0-based index, `%P%` the previous year's number. Other tables are referred to with the document's `{table.column#row}`.
struct StatementTable {
  struct Line {
    var id: String
    var label: String
    var values: [CellValue]
    var formula: String?
    var firstYear: String?
    /// A formula per year, when they differ by more than the year (overrides `formula`).
    var perYear: [String?]?
    var style: Row.Style
    var kind: ColumnKind?
  }

  let id: String
  let title: String?
  let years: Int
  let yearLabels: [String]
  let labelTitle: String
  private(set) var lines: [Line] = []

  init(id: String, title: String? = nil, labelTitle: String, yearLabels: [String]) {
    self.id = id
    self.title = title
    self.years = yearLabels.count
    self.yearLabels = yearLabels
    self.labelTitle = labelTitle
  }

  /// Adds a money line.
  mutating func add(
    _ id: String, _ label: String, _ values: [Money], _ formula: String? = nil,
    firstYear: String? = nil, style: Row.Style = .data
  ) {
    lines.append(
      Line(
        id: id, label: label, values: values.map { .money($0) }, formula: formula,
        firstYear: firstYear, perYear: nil, style: style, kind: nil))
  }

  /// Adds a line of any values.
  mutating func add(
    _ id: String, _ label: String, cells values: [CellValue], _ formula: String? = nil,
    firstYear: String? = nil, style: Row.Style = .data
  ) {
    lines.append(
      Line(
        id: id, label: label, values: values, formula: formula, firstYear: firstYear,
        perYear: nil, style: style, kind: nil))
  }

  /// Adds a money line whose formula differs from year to year.
  mutating func add(_ id: String, _ label: String, _ values: [Money], perYear: [String?]) {
    lines.append(
      Line(
        id: id, label: label, values: values.map { .money($0) }, formula: nil, firstYear: nil,
        perYear: perYear, style: .data, kind: nil))
  }

  /// The row index of line `id`.
  func index(_ id: String) -> Int? { lines.firstIndex { $0.id == id } }

  /// A reference to line `line` of year `year` (1-based), for other tables' formulas.
  func reference(_ line: String, year: Int) -> String {
    "{\(id).y\(year)#\(index(line) ?? -1)}"
  }

  func table(freezesHeader: Bool = true) -> Table {
    var columns = [Column("line", labelTitle, .text)]
    for (year, label) in yearLabels.enumerated() {
      columns.append(Column("y\(year + 1)", label, .money))
    }
    let rows = lines.map { line -> Row in
      var cells = [Cell.text(line.label)]
      for year in 1...years {
        let value = line.values[year - 1]
        var template =
          line.perYear.map { $0[year - 1] }
          ?? (year == 1 ? (line.firstYear ?? line.formula) : line.formula)
        switch value {
        case .empty, .text: template = nil
        default: break
        }
        var cell = Cell(value, formula: template.map { Formula(resolve($0, year: year)) })
        // Computed outside the workbook: true for the inputs as exported only.
        if case .money = value { cell.snapshot = template == nil }
        cells.append(cell)
      }
      return Row(cells, style: line.style)
    }
    return Table(id: id, title: title, columns: columns, rows: rows, freezesHeader: freezesHeader)
  }

  private func resolve(_ template: String, year: Int) -> String {
    var output = ""
    var rest = Substring(
      template.replacingOccurrences(of: "%Y%", with: String(year)).replacingOccurrences(
        of: "%I%", with: String(year - 1)
      ).replacingOccurrences(of: "%P%", with: String(year - 1)))
    while let open = rest.firstIndex(of: "[") {
      output += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "]") else { break }
      var name = String(rest[rest.index(after: open)..<close])
      var column = year
      if name.hasSuffix("<") {
        name.removeLast()
        column = year - 1
      }
      output += "{\(id).y\(column)#\(index(name) ?? -1)}"
      rest = rest[rest.index(after: close)...]
    }
    return output + rest
  }
}
