import EssorCore

/// One block of a canvas kind: what it asks, how many items it takes and where it sits.
public struct BlockSpec: Sendable {
  /// An allowed value of an item's `category:`.
  public struct Category: Sendable {
    public var id: String
    public var title: LocalizedText
    /// Whether items of this category count towards the block's limits.
    public var counted: Bool
  }

  /// The place of a block on the kind's grid (0-based).
  public struct Position: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int

    /// The grid cells the block covers.
    var cells: [GridCell] {
      (row..<(row + height)).flatMap { r in (column..<(column + width)).map { GridCell(r, $0) } }
    }
  }

  public var id: String
  public var role: Role?
  public var title: LocalizedText
  public var questions: [LocalizedText]
  public var required: Bool
  public var minimum: Int?
  public var maximum: Int?
  /// More items than this gives a complexity warning.
  public var adviseMaximum: Int?
  public var position: Position
  public var categories: [Category]
  /// Whether the items name factors of the value curve (the ERRC grid).
  public var refersToFactors: Bool
  /// The line of the block in the kind file.
  public var line: Int

  /// The category with this id.
  public func category(_ id: String) -> Category? { categories.first { $0.id == id } }

  /// Whether an item counts towards the limits (its category may say it does not).
  func counts(_ item: CanvasItem) -> Bool {
    guard let id = item.category, let category = category(id) else { return true }
    return category.counted
  }
}

/// A cell of a kind's grid.
struct GridCell: Hashable {
  var row: Int
  var column: Int
  init(_ row: Int, _ column: Int) {
    self.row = row
    self.column = column
  }
}
