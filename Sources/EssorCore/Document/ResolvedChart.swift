/// A chart with its data read from the document's tables: what every renderer draws.
///
/// ``Document/resolve(_:)`` builds it, checking every reference, so a renderer never guesses
/// a table, a column or a row: a terminal draws bars, Markdown a table of the series, a
/// workbook a native chart over the same rows.
public struct ResolvedChart: Sendable {
  /// The chart as the document declares it (kind, titles, scale, value range).
  public var chart: Chart
  /// The categories (x axis), one per point: labels, years, months.
  public var categories: ChartColumn
  /// The series, each with one value per category.
  public var series: [Series]

  public init(chart: Chart, categories: ChartColumn, series: [Series]) {
    self.chart = chart
    self.categories = categories
    self.series = series
  }

  /// How many points (categories) the chart has.
  public var count: Int { categories.values.count }

  /// One series: its name and the column it draws.
  public struct Series: Sendable {
    public var name: String
    public var column: ChartColumn

    public init(name: String, column: ChartColumn) {
      self.name = name
      self.column = column
    }

    /// The values as numbers, one per category; nil for an empty or a text cell.
    public var values: [Double?] { column.values.map(\.numericValue) }
  }
}

/// The rows of one table column that a chart draws, read from its table.
public struct ChartColumn: Sendable {
  /// The reference the chart holds.
  public var reference: ColumnReference
  /// The column's place among its table's columns (0-based).
  public var index: Int
  /// The column itself: its title and its kind (how its values read).
  public var column: Column
  /// The table rows drawn (0-based data-row indices).
  public var rows: ClosedRange<Int>
  /// The cells' values, one per row of `rows`.
  public var values: [CellValue]

  public init(
    reference: ColumnReference, index: Int, column: Column, rows: ClosedRange<Int>,
    values: [CellValue]
  ) {
    self.reference = reference
    self.index = index
    self.column = column
    self.rows = rows
    self.values = values
  }
}
