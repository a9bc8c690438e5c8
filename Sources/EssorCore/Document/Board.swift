/// A page of titled panels laid out on a grid, the way a canvas is drawn on paper.
///
/// A workbook draws each panel as merged cells (a title row, then a wrapped body); a
/// terminal draws boxes that fit the screen; Markdown gives each panel a heading.
public struct Board: Sendable {
  /// The grid's size, in panel units.
  public var columns: Int
  public var rows: Int
  /// The panels; they must fit the grid and must not overlap.
  public var panels: [Panel]

  public init(columns: Int, rows: Int, panels: [Panel]) {
    self.columns = columns
    self.rows = rows
    self.panels = panels
  }

  /// The panels in reading order: top to bottom, then left to right.
  public var readingOrder: [Panel] {
    panels.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
  }

  /// One titled panel: its place on the grid (0-based) and its lines of text.
  public struct Panel: Sendable {
    public var title: String
    /// A line under the title (a guiding question), shown where there is room.
    public var subtitle: String?
    /// The content, one entry per item.
    public var lines: [String]
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int

    public init(
      title: String, subtitle: String? = nil, lines: [String], row: Int, column: Int,
      width: Int = 1, height: Int = 1
    ) {
      self.title = title
      self.subtitle = subtitle
      self.lines = lines
      self.row = row
      self.column = column
      self.width = width
      self.height = height
    }
  }
}
