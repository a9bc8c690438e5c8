import EssorCore

/// Where every block of a document lands in a workbook, computed before anything is written
/// so formulas and charts can refer to cells of any sheet.
struct WorkbookLayout {
  /// Where a table landed.
  struct TablePlacement {
    var sheet: String
    var headerRow: Int
    /// The sheet row of each table row.
    var firstRow: Int
    var table: Table

    func row(of tableRow: Int) -> Int { firstRow + tableRow }
  }

  /// A block and the sheet row it starts at.
  struct PlacedBlock {
    var block: Block
    var row: Int
    /// A chart's data, resolved (and so checked) before anything is written.
    var chart: ResolvedChart?
  }

  /// A sheet and its blocks.
  struct Sheet {
    var name: String
    var section: Section
    var blocks: [PlacedBlock]
    /// The header row to freeze below, if any.
    var frozenHeaderRow: Int?
    /// The rows the sheet's content spans, title included.
    var rowCount = 0
  }

  /// How many rows a chart of standard size takes.
  static let chartHeight = 18

  /// How many rows a chart takes, at its scale.
  static func rows(of chart: Chart) -> Int { Int((Double(chartHeight) * chart.scale).rounded(.up)) }

  var sheets: [Sheet] = []
  var tables: [String: TablePlacement] = [:]
  /// The sheet of each section drawn, by the section's index in the document.
  var sectionSheets: [Int: String] = [:]

  /// The sheet a section is drawn on (nil for a slide, which has none).
  func sheetName(ofSection index: Int) -> String? { sectionSheets[index] }
  /// Defined names → absolute reference (`'Inputs'!$B$3`).
  var names: [(name: String, reference: String)] = []

  init(_ document: Document) throws {
    var usedNames: Set<String> = []
    var definedNames: Set<String> = []
    // Slides are for the slides format: the outline they come from is in the workbook.
    for (sectionIndex, section) in document.sections.enumerated() where !section.isSlide {
      let name = Self.uniqueSheetName(section.sheetName ?? section.title, used: &usedNames)
      sectionSheets[sectionIndex] = name
      var sheet = Sheet(name: name, section: section, blocks: [], frozenHeaderRow: nil)
      var row = 2
      for block in section.blocks {
        var placed = PlacedBlock(block: block, row: row)
        if case .chart(let chart) = block { placed.chart = try document.resolve(chart) }
        sheet.blocks.append(placed)
        switch block {
        case .paragraph:
          row += 1
        case .keyFigures(let figures):
          for (index, figure) in figures.enumerated() {
            if let cellName = figure.cell.name {
              try define(cellName, sheet: name, row: row + index, column: 1, into: &definedNames)
            }
          }
          row += figures.count
        case .table(let table):
          guard tables[table.id] == nil else {
            throw Self.failure("two tables share the id “\(table.id)”")
          }
          if table.title != nil { row += 1 }
          let placement = TablePlacement(
            sheet: name, headerRow: row, firstRow: row + 1, table: table)
          tables[table.id] = placement
          if table.freezesHeader && sheet.frozenHeaderRow == nil {
            sheet.frozenHeaderRow = row
          }
          for (rowIndex, tableRow) in table.rows.enumerated() {
            for (column, cell) in tableRow.cells.enumerated() {
              if let cellName = cell.name {
                try define(
                  cellName, sheet: name, row: placement.row(of: rowIndex), column: column,
                  into: &definedNames)
              }
            }
          }
          row += 1 + table.rows.count
        case .chart(let chart):
          row += Self.rows(of: chart)
        case .board(let board):
          row += board.rows * 2
        }
        row += 1
      }
      sheet.rowCount = row
      sheets.append(sheet)
    }
  }

  private mutating func define(
    _ name: String, sheet: String, row: Int, column: Int, into defined: inout Set<String>
  ) throws {
    guard Self.isValidName(name) else {
      throw Self.failure("“\(name)” is not a valid defined name")
    }
    guard defined.insert(name.lowercased()).inserted else {
      throw Self.failure("the defined name “\(name)” is used twice")
    }
    names.append(
      (
        name,
        CellAddress.quotedSheet(sheet) + "!"
          + CellAddress.a1(row: row, column: column, absolute: true)
      ))
  }

  /// A defined name must start with a letter or `_`, hold letters, digits, `_` and `.`, and
  /// must not read as a cell address (`A1`, `R1C1`) or exceed 255 characters.
  static func isValidName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, name.count <= 255,
      first.properties.isAlphabetic || first == "_"
    else { return false }
    let allowed = name.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "."
    }
    guard allowed else { return false }
    let upper = name.uppercased()
    let letters = upper.prefix { $0.isLetter }
    let digits = upper.dropFirst(letters.count)
    let looksLikeCell =
      (1...3).contains(letters.count) && !digits.isEmpty
      && digits.allSatisfy(\.isNumber)
    let looksLikeR1C1 =
      upper.first == "R" || upper.first == "C"
      ? upper.dropFirst().allSatisfy { $0.isNumber || $0 == "C" } : false
    return !looksLikeCell && !looksLikeR1C1
  }

  /// Cleans a sheet name (no `[]:*?/\`, ≤ 31 characters, not empty) and makes it unique.
  static func uniqueSheetName(_ wanted: String, used: inout Set<String>) -> String {
    let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    var base = String(wanted.controlsEscaped.filter { !forbidden.contains($0) })
    while base.hasPrefix("'") { base.removeFirst() }
    while base.hasSuffix("'") { base.removeLast() }
    base = base.trimmingCharacters(in: .whitespaces)
    // Excel reserves "History" (for its change tracking); an empty name is not allowed.
    if base.isEmpty || base.lowercased() == "history" {
      base = base.isEmpty ? "Sheet" : base + " 1"
    }
    // Excel counts a sheet name's length in UTF-16 units; a cut may bare an apostrophe
    // (or a space) at the end, which a sheet name must not end with either.
    base = trimmedEnd(base, to: 31)
    var name = base
    var counter = 2
    while used.contains(name.lowercased()) {
      let suffix = " (\(counter))"
      name = trimmedEnd(base, to: 31 - suffix.count) + suffix
      counter += 1
    }
    used.insert(name.lowercased())
    return name
  }

  /// `name` cut to `length` UTF-16 units, without a trailing apostrophe or space (a name
  /// cut to nothing becomes "Sheet").
  private static func trimmedEnd(_ name: String, to length: Int) -> String {
    var name = name
    while name.utf16.count > length { name.removeLast() }
    while let last = name.last, last == "'" || last == " " { name.removeLast() }
    return name.isEmpty ? "Sheet" : name
  }

  static func failure(_ reason: String) -> EssorError {
    EssorError(
      .internalFailure,
      LocalizedText(
        fr: "document impossible à écrire en classeur : \(reason).",
        en: "cannot lay the document out as a workbook: \(reason)."))
  }
}
