/// A reference inside a ``Formula`` template, read once into its parts: which table (nil
/// for the cell's own table), which column, and which rows.
///
/// The workbook renderer resolves it to an address, composition renames its table, and
/// ``Document/validate()`` checks it against the document's tables when the document is
/// built, so a misspelt column is an error that names it rather than a cell of row 0.
public struct FormulaReference: Sendable, Hashable {
  /// Which rows of the column.
  public enum Rows: Sendable, Hashable {
    /// The cell's own row, moved by an offset (`{balance}`, `{balance@-1}`).
    case relative(Int)
    /// One data row, 0-based (`{schedule.balance#4}`).
    case row(Int)
    /// A range of data rows (`{schedule.interest#0..11}`).
    case range(ClosedRange<Int>)
    /// Every data row that is not a total (`{schedule.interest*}`).
    case allData
  }

  /// The table's id, or nil for the table of the cell that holds the formula.
  public var table: String?
  public var column: String
  public var rows: Rows

  public init(table: String?, column: String, rows: Rows) {
    self.table = table
    self.column = column
    self.rows = rows
  }

  /// Reads the text between braces; nil when it is not a reference.
  public init?(_ text: String) {
    var body = Substring(text)
    var selector = Substring("")
    if let index = body.firstIndex(where: { $0 == "@" || $0 == "#" || $0 == "*" }) {
      selector = body[index...]
      body = body[..<index]
    }
    // Table ids hold no dot (a namespace joins with a slash: `loans/schedule`).
    if let dot = body.firstIndex(of: ".") {
      table = String(body[..<dot])
      column = String(body[body.index(after: dot)...])
    } else {
      table = nil
      column = String(body)
    }
    guard !column.isEmpty, table.map({ !$0.isEmpty }) ?? true else { return nil }
    switch selector.first {
    case nil:
      rows = .relative(0)
    case "@":
      guard let offset = Int(selector.dropFirst()) else { return nil }
      rows = .relative(offset)
    case "*":
      guard selector.count == 1 else { return nil }
      rows = .allData
    default:
      let bounds = selector.dropFirst().components(separatedBy: "..")
      guard let first = Int(bounds[0]), bounds.count <= 2 else { return nil }
      if bounds.count == 2 {
        guard let last = Int(bounds[1]), first <= last else { return nil }
        rows = .range(first...last)
      } else {
        rows = .row(first)
      }
    }
  }

  /// The reference as written in a template, without its braces.
  public var text: String {
    var text = table.map { $0 + "." } ?? ""
    text += column
    switch rows {
    case .relative(0): break
    case .relative(let offset): text += "@\(offset)"
    case .row(let row): text += "#\(row)"
    case .range(let range): text += "#\(range.lowerBound)..\(range.upperBound)"
    case .allData: text += "*"
    }
    return text
  }
}

extension Formula {
  /// A piece of a template: plain formula text, or a reference.
  public enum Piece: Sendable, Hashable {
    case text(String)
    case reference(FormulaReference)
  }

  /// The template read into text and references; an unclosed brace or a malformed
  /// reference is an error naming the formula.
  public func pieces() throws -> [Piece] {
    var pieces: [Piece] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
      guard let close = rest[open...].firstIndex(of: "}") else {
        throw Self.malformed(template, "an unclosed “{”")
      }
      let inside = String(rest[rest.index(after: open)..<close])
      guard let reference = FormulaReference(inside) else {
        throw Self.malformed(template, "the reference {\(inside)}")
      }
      pieces.append(.reference(reference))
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { pieces.append(.text(String(rest))) }
    return pieces
  }

  /// The formula written back from pieces.
  public init(pieces: [Piece]) {
    self.init(
      pieces.map { piece in
        switch piece {
        case .text(let text): return text
        case .reference(let reference): return "{" + reference.text + "}"
        }
      }.joined())
  }

  static func malformed(_ template: String, _ what: String) -> EssorError {
    EssorError(
      .invalidValue,
      LocalizedText(
        fr: "formule « \(template.prefix(80)) » : \(what) ne se lit pas.",
        en: "formula “\(template.prefix(80))”: \(what) cannot be read."))
  }
}
