/// A table with typed columns; formulas in its cells may refer to its own columns.
public struct Table: Sendable {
  /// An id unique in the document, used by formulas and charts to refer to the table.
  public var id: String
  /// An optional caption.
  public var title: String?
  /// The columns.
  public var columns: [Column]
  /// The rows, one cell per column, stored or produced on demand.
  public var rows: TableRows
  /// Whether a workbook keeps the header visible when scrolling (first table of a sheet).
  public var freezesHeader: Bool
  /// A condition on a data row (a formula over its own columns, `{due}<TODAY()`) under
  /// which a workbook highlights the row; it follows edits of the cells.
  public var highlight: Formula?

  public init(
    id: String, title: String? = nil, columns: [Column], rows: [Row] = [],
    freezesHeader: Bool = true
  ) {
    self.id = id
    self.title = title
    self.columns = columns
    self.rows = TableRows(rows)
    self.freezesHeader = freezesHeader
  }

  /// A table whose `rowCount` rows are produced on demand by `row` (for very large exports).
  public init(
    id: String, title: String? = nil, columns: [Column], rowCount: Int,
    freezesHeader: Bool = true, row: @escaping @Sendable (Int) -> Row
  ) {
    self.id = id
    self.title = title
    self.columns = columns
    self.rows = TableRows(count: rowCount, row: row)
    self.freezesHeader = freezesHeader
  }

  /// The index of the column with this id.
  public func columnIndex(_ id: String) -> Int? {
    columns.firstIndex { $0.id == id }
  }
}

/// A table column: an id for references, a title for people and a kind for formats.
public struct Column: Sendable {
  public var id: String
  public var title: String
  public var kind: ColumnKind
  /// The values a person may choose from (a workbook offers them as a drop-down list).
  public var choices: [String]?

  public init(_ id: String, _ title: String, _ kind: ColumnKind, choices: [String]? = nil) {
    self.id = id
    self.title = title
    self.kind = kind
    self.choices = choices
  }
}

/// How a column's values are shown.
public enum ColumnKind: Sendable, Equatable {
  case text
  /// Euros with two decimals.
  case money
  /// A fraction shown as a percentage with the given decimals.
  case percent(decimals: Int)
  case integer
  /// A whole number without thousands separators: years, periods, ids.
  case plainInteger
  /// A plain number with the given decimals.
  case decimal(Int)
  case date
  /// A date shown as its month: `2027-01`.
  case month

  /// Whether the column holds numbers (shown right-aligned, and so is their header).
  public var isNumeric: Bool {
    switch self {
    case .money, .percent, .integer, .decimal: return true
    case .text, .plainInteger, .date, .month: return false
    }
  }
}

/// A table row.
public struct Row: Sendable {
  /// The row's role: ordinary data or a total.
  public enum Style: Sendable { case data, total }
  public var cells: [Cell]
  public var style: Style

  public init(_ cells: [Cell], style: Style = .data) {
    self.cells = cells
    self.style = style
  }
}

/// A cell: a value, possibly computed by a formula, possibly named.
public struct Cell: Sendable {
  /// The value (for a formula: the value Essor computed, cached in the file).
  public var value: CellValue
  /// The formula that computes `value` in a spreadsheet, if any.
  public var formula: Formula?
  /// A workbook-wide name for the cell (a "named input"), if any.
  public var name: String?
  /// The section of the same document it leads to (its index in ``Document/sections``), for
  /// a table of contents: a workbook makes it a link to that section's sheet.
  public var link: Int?
  /// A computed value written as it stands, true only for the inputs as exported: a workbook
  /// marks it (grey italic), since editing an input does not move it.
  public var snapshot = false
  /// An input the reader may change (a named cell without a formula is one too): a workbook
  /// gives it an input fill and leaves it unlocked when the sheet's formulas are protected.
  public var input = false

  /// Whether the cell is an input: marked so, or named without a formula.
  public var isInput: Bool { input || (name != nil && formula == nil) }

  public init(_ value: CellValue, formula: Formula? = nil, name: String? = nil, link: Int? = nil) {
    self.value = value
    self.formula = formula
    self.name = name
    self.link = link
  }

  public static func text(_ text: String) -> Cell { Cell(.text(text)) }
  /// An input cell (``input``).
  public static func input(_ value: CellValue) -> Cell {
    var cell = Cell(value)
    cell.input = true
    return cell
  }
  public static func money(_ money: Money) -> Cell { Cell(.money(money)) }
  public static let empty = Cell(.empty)
}

/// A cell's value.
public enum CellValue: Sendable, Equatable {
  case empty
  case text(String)
  case money(Money)
  /// A fraction (0.04 for 4 %), shown as a percentage.
  case percent(Double)
  case integer(Int64)
  case number(Double)
  /// A number with its unit (a ratio, days, years): never read as euros, whatever the
  /// column.
  case quantity(Double, QuantityUnit)
  case date(CalendarDate)
  case bool(Bool)

  /// The value as a binary float, for spreadsheets and charts (nil for text and empty).
  public var numericValue: Double? {
    switch self {
    case .money(let money): return money.doubleValue
    case .percent(let value), .number(let value), .quantity(let value, _): return value
    case .integer(let value): return Double(value)
    case .date(let date): return Double(date.serialNumber)
    case .bool(let value): return value ? 1 : 0
    case .empty, .text: return nil
    }
  }
}

/// The unit of a ``CellValue/quantity(_:_:)``: how people read the number.
public enum QuantityUnit: String, Sendable, Equatable, CaseIterable {
  /// A ratio (DSCR, gearing): two decimals, no unit.
  case ratio
  /// A number of days (BFR in days of revenue): whole days.
  case days
  /// A number of years (debt / CAF): one decimal.
  case years

  /// The decimals shown.
  public var decimals: Int {
    switch self {
    case .ratio: return 2
    case .days: return 0
    case .years: return 1
    }
  }

  /// The unit's word after `value` (empty for a ratio): French says `1,5 an`, `2,0 ans`.
  public func suffix(_ language: Language, value: Double = 2) -> String {
    switch (self, language) {
    case (.ratio, _): return ""
    case (.days, .fr): return "\u{00A0}j"
    case (.days, .en): return " days"
    case (.years, .fr): return abs(value) < 2 ? "\u{00A0}an" : "\u{00A0}ans"
    case (.years, .en): return value == 1 ? " year" : " years"
    }
  }
}
