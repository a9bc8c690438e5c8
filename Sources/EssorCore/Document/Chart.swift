/// A chart drawn from table columns: a workbook renders it as a native chart.
public struct Chart: Sendable {
  /// The kinds of chart the renderers know.
  public enum Kind: String, Sendable, CaseIterable {
    case line, column
    case stackedColumn = "stacked-column"
    case pie, radar
  }

  public var kind: Kind
  public var title: String
  /// The categories (x axis): a column of a table.
  public var categories: ColumnReference
  /// The series, each a column of a table.
  public var series: [Series]
  /// The value axis title.
  public var valueAxisTitle: String?
  /// The category axis title.
  public var categoryAxisTitle: String?
  /// How much larger than the standard size (1) to draw it, for long labels or many series.
  public var scale: Double
  /// A fixed range for the value axis (scores out of 100), instead of one fitted to the data.
  public var valueRange: ClosedRange<Double>?

  public init(
    kind: Kind, title: String, categories: ColumnReference, series: [Series],
    valueAxisTitle: String? = nil, categoryAxisTitle: String? = nil, scale: Double = 1,
    valueRange: ClosedRange<Double>? = nil
  ) {
    self.valueRange = valueRange
    self.kind = kind
    self.title = title
    self.categories = categories
    self.series = series
    self.valueAxisTitle = valueAxisTitle
    self.categoryAxisTitle = categoryAxisTitle
    self.scale = min(4, max(1, scale))
  }

  /// One series of a chart.
  public struct Series: Sendable {
    public var name: String
    public var values: ColumnReference

    public init(_ name: String, _ values: ColumnReference) {
      self.name = name
      self.values = values
    }
  }
}

/// The data rows of one table column (all of them unless `rows` says which).
public struct ColumnReference: Sendable, Hashable {
  public var table: String
  public var column: String
  /// Data-row indices (0-based), or nil for every data row.
  public var rows: ClosedRange<Int>?

  public init(table: String, column: String, rows: ClosedRange<Int>? = nil) {
    self.table = table
    self.column = column
    self.rows = rows
  }
}
