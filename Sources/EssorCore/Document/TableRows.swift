/// A table's rows: stored, or produced on demand by index.
///
/// On-demand rows let a very large table (a million cells exported in constant-memory
/// mode) be written without ever holding all its cells: the workbook renderer asks for
/// each row as it writes it. Either way the rows read like an array.
public struct TableRows: RandomAccessCollection, Sendable {
  private enum Storage: Sendable {
    case stored([Row])
    case produced(count: Int, row: @Sendable (Int) -> Row)
  }

  private let storage: Storage

  /// Rows held in memory.
  public init(_ rows: [Row]) { storage = .stored(rows) }

  /// `count` rows, row `i` being `row(i)`, computed each time it is read.
  public init(count: Int, row: @escaping @Sendable (Int) -> Row) {
    storage = .produced(count: Swift.max(0, count), row: row)
  }

  public var startIndex: Int { 0 }

  public var endIndex: Int {
    switch storage {
    case .stored(let rows): return rows.count
    case .produced(let count, _): return count
    }
  }

  public subscript(position: Int) -> Row {
    switch storage {
    case .stored(let rows): return rows[position]
    case .produced(_, let row): return row(position)
    }
  }

  /// Whether the rows are produced on demand (so scanning them has a cost).
  public var isProduced: Bool {
    if case .produced = storage { return true }
    return false
  }
}

extension TableRows: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: Row...) { self.init(elements) }
}
