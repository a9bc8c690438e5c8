import CXlsxWriter
import EssorCore
import Foundation

/// One workbook being written; confined to the call that creates it (the C pointers are
/// not Sendable).
final class WorkbookWriter {
  let document: Document
  let layout: WorkbookLayout
  let path: String
  /// The file the user asked for, named in messages (`path` is its temporary).
  let shownPath: String
  let constantMemory: Bool
  let resolver: FormulaResolver
  var workbook: UnsafeMutablePointer<lxw_workbook>?
  var formats: [FormatKey: UnsafeMutablePointer<lxw_format>] = [:]
  var widths: [Int: Double] = [:]
  /// Whether the sheet being written has a formula (its formulas are then protected).
  var sheetHasFormulas = false
  /// The lines of the tallest wrapped text of each row of the sheet being written.
  var wrappedLines: [Int: Int] = [:]
  /// The rows of the sheet being written given a height of their own, in points.
  var rowHeights: [Int: Double] = [:]
  /// The long paragraphs of the sheet being written, merged across `span` columns.
  var mergedNotes: [(row: Int, text: String, span: Int)] = []

  init(
    document: Document, layout: WorkbookLayout, path: String, shownPath: String? = nil,
    constantMemory: Bool
  ) {
    self.document = document
    self.layout = layout
    self.path = path
    self.shownPath = shownPath ?? path
    self.constantMemory = constantMemory
    self.resolver = FormulaResolver(layout: layout)
  }

  func write() throws {
    var options = lxw_workbook_options()
    options.constant_memory = constantMemory ? 1 : 0
    options.use_zip64 = 0
    let temporaryFolder = strdup((path as NSString).deletingLastPathComponent)
    defer { free(temporaryFolder) }
    options.tmpdir = temporaryFolder
    guard let workbook = workbook_new_opt(path, &options) else {
      throw failure("libxlsxwriter could not create the workbook")
    }
    self.workbook = workbook
    var closed = false
    defer { if !closed { workbook_close(workbook) } }

    try setProperties(workbook)
    for sheet in layout.sheets {
      try write(sheet, in: workbook)
    }
    for (name, reference) in layout.names {
      try check(workbook_define_name(workbook, name, "=" + reference), "defining \(name)")
    }
    closed = true
    let status = workbook_close(workbook)
    guard status == LXW_NO_ERROR else {
      // Closing is where the file is zipped and written: a full disk or a vanished folder
      // shows here, and is the place's fault, not Essor's.
      let reason = String(cString: lxw_strerror(status))
      throw EssorError(
        .outputNotWritable,
        at: .file(
          path: (shownPath as NSString).deletingLastPathComponent, line: nil, column: nil),
        LocalizedText(
          fr: "le classeur n’a pas pu être écrit ici (\(reason)) ; rien n’a été remplacé.",
          en: "the workbook could not be written here (\(reason)); nothing was replaced."),
        hint: LocalizedText(
          fr: "vérifiez la place libre et les droits du dossier.",
          en: "check the free space and the folder's permissions."))
    }
  }

  // MARK: Sheets

  private func write(_ sheet: WorkbookLayout.Sheet, in workbook: UnsafeMutablePointer<lxw_workbook>)
    throws
  {
    guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
      throw failure("adding the sheet “\(sheet.name)”")
    }
    widths = [:]
    if let header = sheet.frozenHeaderRow {
      worksheet_freeze_panes(worksheet, lxw_row_t(header + 1), 0)
      // On paper too, the header row heads every page — when the sheet has that one table
      // (over another table, it would name the wrong columns).
      let tables = sheet.blocks.filter {
        if case .table = $0.block { return true }
        return false
      }.count
      if tables == 1 {
        _ = worksheet_repeat_rows(worksheet, lxw_row_t(header), lxw_row_t(header))
      }
    }
    try check(
      worksheet_write_string(
        worksheet, 0, 0, Self.cellText(sheet.section.title), format(FormatKey(style: .title))),
      "writing the title")
    sheetHasFormulas = false
    wrappedLines = [:]
    rowHeights = [:]
    mergedNotes = []
    for placed in sheet.blocks {
      try write(placed, sheet: sheet, worksheet: worksheet, workbook: workbook)
    }
    sizeMergedNotes(worksheet)
    for (row, lines) in wrappedLines where !constantMemory {
      setHeight(of: row, Double(lines) * 12.75 + 2, worksheet)
    }
    setUpPage(sheet, worksheet)
    if sheetHasFormulas && !constantMemory {
      // Formulas are protected, inputs (unlocked) stay editable; no password: anyone may
      // lift it (Review › Unprotect) to change a formula on purpose.
      var protection = lxw_protection()
      protection.format_cells = 1
      protection.format_columns = 1
      protection.format_rows = 1
      worksheet_protect(worksheet, nil, &protection)
    }
    for (column, width) in widths {
      worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil)
    }
  }

  private func write(
    _ placed: WorkbookLayout.PlacedBlock, sheet: WorkbookLayout.Sheet,
    worksheet: UnsafeMutablePointer<lxw_worksheet>, workbook: UnsafeMutablePointer<lxw_workbook>
  ) throws {
    let row = placed.row
    switch placed.block {
    case .paragraph(let text):
      try writeParagraph(text, sheet: sheet, worksheet: worksheet, row: row)
    case .keyFigures(let figures):
      for (index, figure) in figures.enumerated() {
        let line = row + index
        try writeText(figure.label, worksheet, line, 0, FormatKey(style: .label))
        var memo: FormatMemo?
        track(
          1,
          try writeCell(
            figure.cell, kind: figure.kind, worksheet, line, 1, FormatKey(style: .plain),
            sheet: sheet.name, table: nil, tableRow: nil, memo: &memo))
        if let note = figure.note {
          try check(
            worksheet_write_string(worksheet, lxw_row_t(line), 2, Self.cellText(note), nil),
            "writing a note")
        }
      }
    case .table(let table):
      guard let placement = layout.tables[table.id] else { return }
      if let title = table.title {
        try writeText(title, worksheet, placement.headerRow - 1, 0, FormatKey(style: .label))
      }
      for (column, spec) in table.columns.enumerated() {
        // Numbers and dates are right-aligned: so is their header, so "2028" sits over
        // 2028's figures.
        let style: FormatKey.Style = spec.kind == .text ? .header : .numberHeader
        try check(
          worksheet_write_string(
            worksheet, lxw_row_t(placement.headerRow), lxw_col_t(column),
            Self.cellText(spec.title), format(FormatKey(style: style))),
          "writing a header")
        // A long header wraps over its column rather than widening it.
        track(column, Self.headerWidth(spec.title))
      }
      // Per-column state kept local to the loop: the widest text and the last format used.
      var widest = [Int](repeating: 0, count: table.columns.count)
      var lastFormats = [FormatMemo?](repeating: nil, count: table.columns.count)
      for (index, tableRow) in table.rows.enumerated() {
        let style: FormatKey.Style = tableRow.style == .total ? .total : .plain
        for (column, cell) in tableRow.cells.enumerated() {
          if column >= widest.count {
            widest.append(0)
            lastFormats.append(nil)
          }
          let characters = try writeCell(
            cell, kind: table.columns[safe: column]?.kind, worksheet, placement.row(of: index),
            column, FormatKey(style: style, snapshot: cell.snapshot), sheet: sheet.name,
            table: table.id, tableRow: index,
            memo: &lastFormats[column])
          widest[column] = max(widest[column], characters)
        }
      }
      for (column, characters) in widest.enumerated() where characters > 0 {
        track(column, characters)
      }
      // The header row is as tall as its most wrapped header.
      let headerLines =
        table.columns.enumerated().map { column, spec in
          Self.lines(of: spec.title, width: widths[column] ?? 8)
        }.max() ?? 1
      if headerLines > 1 && !constantMemory {
        setHeight(of: placement.headerRow, Double(headerLines) * 12.75 + 3, worksheet)
      }
      try offerChoices(table, placement: placement, worksheet: worksheet)
      try highlight(table, placement: placement, sheet: sheet.name, worksheet: worksheet)
    case .chart(let chart):
      let resolved = try placed.chart ?? document.resolve(chart)
      try insert(resolved, at: row, worksheet: worksheet, workbook: workbook)
    case .board(let board):
      try draw(board, at: row, worksheet: worksheet)
    }
  }

  /// The rows of a table whose condition holds are highlighted, by a conditional format
  /// that follows edits (its formula written for the first data row, relative below).
  private func highlight(
    _ table: Table, placement: WorkbookLayout.TablePlacement, sheet: String,
    worksheet: UnsafeMutablePointer<lxw_worksheet>
  ) throws {
    guard let condition = table.highlight, let last = table.rows.indices.last,
      !table.columns.isEmpty
    else { return }
    // The condition as the first row's formula, without its "=" (conditional formats take
    // the expression alone).
    let formula = String(
      try resolver.resolve(condition, sheet: sheet, table: table.id, tableRow: 0).dropFirst())
    var rule = lxw_conditional_format()
    rule.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
    let status = formula.withCString { text -> lxw_error in
      rule.value_string = UnsafeMutablePointer(mutating: text)
      rule.format = format(FormatKey(style: .highlight))
      return worksheet_conditional_format_range(
        worksheet, lxw_row_t(placement.row(of: 0)), 0, lxw_row_t(placement.row(of: last)),
        lxw_col_t(table.columns.count - 1), &rule)
    }
    try check(status, "highlighting the rows of “\(table.id)”")
  }

  /// Gives a row its height, remembered for the page setup.
  private func setHeight(
    of row: Int, _ points: Double, _ worksheet: UnsafeMutablePointer<lxw_worksheet>
  ) {
    rowHeights[row] = points
    worksheet_set_row(worksheet, lxw_row_t(row), points, nil)
  }

  /// Sets up a sheet for A4 paper, once its cells are written.
  ///
  /// One page wide, turned and fitted by `PageFit` from its size (column widths and row
  /// heights as written), with the document and the page number in the footer.
  private func setUpPage(
    _ sheet: WorkbookLayout.Sheet, _ worksheet: UnsafeMutablePointer<lxw_worksheet>
  ) {
    worksheet_set_paper(worksheet, 9)
    worksheet_set_margins(worksheet, 0.5, 0.5, 0.6, 0.6)
    // A column of w characters is 7w + 5 pixels, ¾ of a point each; 8.43 when untouched.
    func points(_ column: Int) -> Double { ((widths[column] ?? 8.43) * 7 + 5) * 0.75 }
    // The columns a chart covers (480 pixels wide at scale 1, from column A).
    let chartWidth =
      sheet.blocks.compactMap { placed -> Double? in
        if case .chart(let chart) = placed.block { return 480 * 0.75 * chart.scale }
        return nil
      }.max() ?? 0
    var lastColumn = widths.keys.max() ?? 0
    var covered = (0...lastColumn).reduce(0.0) { $0 + points($1) }
    while covered < chartWidth {
      lastColumn += 1
      covered += points(lastColumn)
    }
    let width = covered
    let height = (0..<sheet.rowCount).reduce(0.0) { $0 + (rowHeights[$1] ?? 15) }
    // The print area spans the charts too: readers fit a page to the cells they print, and
    // a chart below the last cell would be left to a page of its own.
    worksheet_print_area(
      worksheet, 0, 0, lxw_row_t(max(0, sheet.rowCount - 1)), lxw_col_t(lastColumn))
    let tableRows = sheet.blocks.reduce(0) { total, placed in
      if case .table(let table) = placed.block { return total + table.rows.count }
      return total
    }
    let fit = PageFit.choose(
      width: width, height: height,
      appendixRows: sheet.section.isAppendix ? tableRows : nil)
    if fit.landscape { worksheet_set_landscape(worksheet) }
    worksheet_fit_to_pages(worksheet, 1, UInt16(fit.pagesTall))
    // Header and footer codes treat & as a command: a title's & is doubled.
    let title = Self.cellText(document.title).replacingOccurrences(of: "&", with: "&&")
    let page = document.language == .fr ? "Page &P sur &N" : "Page &P of &N"
    _ = worksheet_set_footer(worksheet, String(("&L" + title).prefix(200)) + "&R" + page)
  }

  /// A column with choices gets a drop-down list over its data rows (totals excluded).
  private func offerChoices(
    _ table: Table, placement: WorkbookLayout.TablePlacement,
    worksheet: UnsafeMutablePointer<lxw_worksheet>
  ) throws {
    let dataRows = table.rows.indices.filter { table.rows[$0].style == .data }
    guard let first = dataRows.first, let last = dataRows.last else { return }
    for (column, spec) in table.columns.enumerated() {
      guard let choices = spec.choices, !choices.isEmpty else { continue }
      // The list is written inline ("a,b,c"), which spreadsheets cap at 255 characters.
      guard choices.joined(separator: ",").utf8.count <= 255,
        choices.allSatisfy({ !$0.contains(",") })
      else { throw failure("the choices of the column “\(spec.id)”: over 255 characters") }
      var pointers = choices.map { strdup($0) }
      defer {
        for pointer in pointers { free(pointer) }
      }
      pointers.append(nil)
      let status = pointers.withUnsafeMutableBufferPointer { buffer -> lxw_error in
        guard let list = buffer.baseAddress else { return LXW_ERROR_MEMORY_MALLOC_FAILED }
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        validation.value_list = list
        return worksheet_data_validation_range(
          worksheet, lxw_row_t(placement.row(of: first)), lxw_col_t(column),
          lxw_row_t(placement.row(of: last)), lxw_col_t(column), &validation)
      }
      try check(status, "adding the choices of “\(spec.id)”")
    }
  }

  // MARK: Boards

  /// The width of a board's grid column, in characters: at least 18, and a board at least
  /// 90 characters wide, so a 2 × 2 grid gets columns as wide as a 10-column canvas.
  static func boardColumnWidth(_ board: Board) -> Double {
    max(18, 90 / Double(max(1, board.columns)))
  }

  /// Draws each panel as merged cells: a title row, then a wrapped body down to the panel's
  /// last grid row; each grid row is two sheet rows (titles, bodies).
  private func draw(_ board: Board, at start: Int, worksheet: UnsafeMutablePointer<lxw_worksheet>)
    throws
  {
    guard !constantMemory else {
      throw failure("a canvas cannot be drawn in constant-memory mode (it needs merged cells)")
    }
    var bodyLines = [Int](repeating: 1, count: board.rows)
    for panel in board.panels.sorted(by: { $0.height < $1.height }) {
      let characters = Int(Self.boardColumnWidth(board)) * panel.width
      let lines = max(1, panel.lines.reduce(0) { $0 + 1 + ($1.count + 2) / characters })
      // A panel over several grid rows also covers the title rows between them.
      let rows = panel.row..<(panel.row + panel.height)
      let available = rows.reduce(0) { $0 + bodyLines[$1] } + (panel.height - 1)
      if lines > available { bodyLines[rows.upperBound - 1] += lines - available }
    }
    for (gridRow, lines) in bodyLines.enumerated() {
      setHeight(of: start + gridRow * 2, 20, worksheet)
      setHeight(of: start + gridRow * 2 + 1, max(45, Double(lines) * 15 + 6), worksheet)
    }
    for column in 0..<board.columns {
      widths[column] = max(widths[column] ?? 0, Self.boardColumnWidth(board))
    }
    for panel in board.panels {
      let top = start + panel.row * 2
      let bottom = start + (panel.row + panel.height) * 2 - 1
      let left = panel.column
      let right = panel.column + panel.width - 1
      try place(panel.title, FormatKey(style: .panelTitle), top, left, top, right, worksheet)
      let body =
        panel.lines.isEmpty
        ? (panel.subtitle ?? "") : panel.lines.map { "• " + $0 }.joined(separator: "\n")
      try place(body, FormatKey(style: .panelBody), top + 1, left, bottom, right, worksheet)
    }
  }

  /// Writes text over a range, merging it when it is more than one cell.
  private func place(
    _ text: String, _ key: FormatKey, _ top: Int, _ left: Int, _ bottom: Int, _ right: Int,
    _ worksheet: UnsafeMutablePointer<lxw_worksheet>
  ) throws {
    if top == bottom && left == right {
      try check(
        worksheet_write_string(
          worksheet, lxw_row_t(top), lxw_col_t(left), Self.cellText(text), format(key)),
        "writing a panel")
    } else {
      try check(
        worksheet_merge_range(
          worksheet, lxw_row_t(top), lxw_col_t(left), lxw_row_t(bottom), lxw_col_t(right),
          Self.cellText(text),
          format(key)),
        "merging a panel")
    }
  }

  // MARK: Cells

  private func writeText(
    _ text: String, _ worksheet: UnsafeMutablePointer<lxw_worksheet>, _ row: Int, _ column: Int,
    _ key: FormatKey
  ) throws {
    try check(
      worksheet_write_string(
        worksheet, lxw_row_t(row), lxw_col_t(column), Self.cellText(text), format(key)),
      "writing text")
    track(column, Self.textWidth(text.count))
  }

  private func writeCell(
    _ cell: Cell, kind: ColumnKind?, _ worksheet: UnsafeMutablePointer<lxw_worksheet>,
    _ row: Int, _ column: Int, _ base: FormatKey, sheet: String, table: String?, tableRow: Int?,
    memo: inout FormatMemo?
  ) throws -> Int {
    var key = base
    key.number = NumberFormat(cell.value, kind: kind, language: document.language)
    key.snapshot = key.snapshot || cell.snapshot
    key.input = cell.isInput
    // A key figure's text value is narrower than a table's text: its column is shared with
    // the figures of the tables below.
    let widest = table == nil ? Self.widestKeyFigure : Self.widestColumn
    var characters = CellText.width(cell.value, kind: kind, document.language) + 1
    if case .text(let text) = cell.value, text.count > widest {
      key.wrap = true
      // Readers do not grow a row for wrapped text on their own: give it its lines.
      wrappedLines[row] = max(
        wrappedLines[row] ?? 1, Self.lines(of: text, width: Double(widest) * 1.1 + 2))
      characters = min(characters, widest)
    }
    // Letters are narrower than the digits a column width counts in (about 0.85 of one).
    if case .text = cell.value { characters = Self.textWidth(characters) }
    let cellFormat: UnsafeMutablePointer<lxw_format>?
    if let memo, memo.key == key {
      cellFormat = memo.format
    } else {
      cellFormat = format(key)
      memo = FormatMemo(key: key, format: cellFormat)
    }
    let r = lxw_row_t(row)
    let c = lxw_col_t(column)
    if let formula = cell.formula {
      sheetHasFormulas = true
      let text = try resolver.resolve(formula, sheet: sheet, table: table, tableRow: tableRow)
      let status: lxw_error
      if case .text(let cached) = cell.value {
        status = worksheet_write_formula_str(
          worksheet, r, c, text, cellFormat, Self.cellText(cached))
      } else {
        status = worksheet_write_formula_num(
          worksheet, r, c, text, cellFormat, cell.value.numericValue ?? 0)
      }
      try check(status, "writing the formula \(text)")
      return characters
    }
    if let link = cell.link, case .text(let text) = cell.value,
      let target = layout.sheetName(ofSection: link)
    {
      let url = "internal:" + CellAddress.quotedSheet(target) + "!A1"
      try check(
        worksheet_write_url_opt(worksheet, r, c, url, cellFormat, Self.cellText(text), nil),
        "writing a link")
      return characters
    }
    let status: lxw_error
    switch cell.value {
    case .empty:
      status =
        base.style == .plain ? LXW_NO_ERROR : worksheet_write_blank(worksheet, r, c, cellFormat)
    case .text(let text):
      // Always a string: text that starts with = + - @ is never turned into a formula.
      status = worksheet_write_string(worksheet, r, c, Self.cellText(text), cellFormat)
    case .bool(let value):
      status = worksheet_write_boolean(worksheet, r, c, value ? 1 : 0, cellFormat)
    default:
      status = worksheet_write_number(worksheet, r, c, cell.value.numericValue ?? 0, cellFormat)
    }
    try check(status, "writing a cell")
    return characters
  }

  /// The widest a column is made, in characters: longer texts wrap.
  static let widestColumn = 60
  /// The widest a key figure's text value makes its column; longer ones wrap.
  static let widestKeyFigure = 32

  /// The width of `characters` letters in digit widths (a column's unit): about 0.85 each
  /// in the sheets' Calibri.
  static func textWidth(_ characters: Int) -> Int { (characters * 85 + 99) / 100 }

  /// The characters a header asks of its column: its longest word, and at most 16 for
  /// the whole header, which wraps beyond.
  static func headerWidth(_ title: String) -> Int {
    let longestWord = title.split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0
    return max(longestWord, min(title.count, 16))
  }

  /// The lines a text wraps to in a column `width` characters wide (words kept whole).
  static func lines(of text: String, width: Double) -> Int {
    // A column `width` digits wide holds about that many letters (letters are narrower,
    // bold ones about as wide).
    let room = max(1, Int(width) - 1)
    var lines = 1
    var used = 0
    for word in text.split(whereSeparator: \.isWhitespace) {
      let needed = used == 0 ? word.count : used + 1 + word.count
      if needed > room && used > 0 {
        lines += 1
        used = word.count
      } else {
        used = needed
      }
    }
    return lines
  }

  private func track(_ column: Int, _ characters: Int) {
    let width = min(Double(Self.widestColumn), max(8, Double(characters) * 1.1 + 2))
    widths[column] = max(widths[column] ?? 0, width)
  }

  // MARK: Charts

  private func insert(
    _ resolved: ResolvedChart, at row: Int, worksheet: UnsafeMutablePointer<lxw_worksheet>,
    workbook: UnsafeMutablePointer<lxw_workbook>
  ) throws {
    let chart = resolved.chart
    let type: lxw_chart_type
    switch chart.kind {
    case .line: type = LXW_CHART_LINE
    case .column: type = LXW_CHART_COLUMN
    case .stackedColumn: type = LXW_CHART_COLUMN_STACKED
    case .pie: type = LXW_CHART_PIE
    case .radar: type = LXW_CHART_RADAR
    }
    guard let handle = workbook_add_chart(workbook, UInt8(type.rawValue)) else {
      throw failure("adding the chart “\(chart.title)”")
    }
    let categories = try range(resolved.categories)
    for series in resolved.series {
      guard let added = chart_add_series(handle, categories, try range(series.column)) else {
        throw failure("adding the series “\(series.name)”")
      }
      chart_series_set_name(added, series.name.controlsEscaped)
      // libxlsxwriter caches only plain numbers in a chart; a column of formulas would be
      // cached as zeros and drawn flat by readers that trust the cache. Without a cache,
      // readers draw the cells' (cached) values.
      if try hasFormulas(resolved.categories) {
        added.pointee.categories?.pointee.ignore_cache = 1
      }
      if try hasFormulas(series.column) { added.pointee.values?.pointee.ignore_cache = 1 }
      if chart.kind == .pie {
        // Each slice says its share.
        chart_series_set_labels(added)
        chart_series_set_labels_options(added, 0, 0, 0)
        chart_series_set_labels_percentage(added)
      }
    }
    chart_title_set_name(handle, chart.title.controlsEscaped)
    if chart.kind != .pie {
      if let title = chart.valueAxisTitle {
        chart_axis_set_name(handle.pointee.y_axis, title.controlsEscaped)
      }
      if let title = chart.categoryAxisTitle {
        chart_axis_set_name(handle.pointee.x_axis, title.controlsEscaped)
      }
    }
    if [.line, .column, .stackedColumn].contains(chart.kind) {
      // Amounts read with thousands separators, not 150000.
      chart_axis_set_num_format(handle.pointee.y_axis, "#,##0")
    }
    if let range = chart.valueRange, chart.kind != .pie {
      chart_axis_set_min(handle.pointee.y_axis, range.lowerBound)
      chart_axis_set_max(handle.pointee.y_axis, range.upperBound)
    }
    chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
    var options = lxw_chart_options()
    options.x_scale = chart.scale
    options.y_scale = chart.scale
    try check(
      worksheet_insert_chart_opt(worksheet, lxw_row_t(row), 0, handle, &options),
      "inserting a chart")
  }

  /// Whether a chart's column holds formulas.
  ///
  /// Without explicit rows every row of the column counts, a total included (as the files
  /// Essor has always written have it).
  private func hasFormulas(_ column: ChartColumn) throws -> Bool {
    let table = try placement(of: column).table
    let reference = column.reference
    return table.rows.indices.contains {
      (reference.rows?.contains($0) ?? true)
        && table.rows[$0].cells[safe: column.index]?.formula != nil
    }
  }

  /// The absolute range of the column's rows, on its table's sheet.
  private func range(_ column: ChartColumn) throws -> String {
    let placement = try placement(of: column)
    return "=" + CellAddress.quotedSheet(placement.sheet) + "!"
      + CellAddress.a1(
        row: placement.row(of: column.rows.lowerBound), column: column.index, absolute: true)
      + ":"
      + CellAddress.a1(
        row: placement.row(of: column.rows.upperBound), column: column.index, absolute: true)
  }

  /// Where the column's table landed; the layout places every table of the document.
  private func placement(of column: ChartColumn) throws -> WorkbookLayout.TablePlacement {
    guard let placement = layout.tables[column.reference.table] else {
      throw failure("the table “\(column.reference.table)” has no place in the workbook")
    }
    return placement
  }

  /// A paragraph: on one line when short; a long one wraps in cells merged across the
  /// sheet's widest table, its row as tall as its lines, so the page keeps its width.
  private func writeParagraph(
    _ text: String, sheet: WorkbookLayout.Sheet, worksheet: UnsafeMutablePointer<lxw_worksheet>,
    row: Int
  ) throws {
    let columns = sheet.blocks.reduce(4) { widest, placed in
      guard case .table(let table) = placed.block else { return widest }
      return max(widest, table.columns.count)
    }
    let span = min(columns, 12)
    // About 13 characters a column (the widths Essor fits to money and labels).
    let perLine = 13 * span
    guard !constantMemory, text.count > perLine else {
      try check(
        worksheet_write_string(worksheet, lxw_row_t(row), 0, Self.cellText(text), nil),
        "writing text")
      return
    }
    try check(
      worksheet_merge_range(
        worksheet, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(span - 1), Self.cellText(text),
        format(FormatKey(style: .note))),
      "writing text")
    // Its height waits for the columns' widths, known once the sheet is written.
    mergedNotes.append((row, text, span))
  }

  /// Gives each merged note the lines it takes across its columns as they were made.
  private func sizeMergedNotes(_ worksheet: UnsafeMutablePointer<lxw_worksheet>) {
    for note in mergedNotes {
      let width = (0..<note.span).reduce(0.0) { $0 + (widths[$1] ?? 8.43) }
      // Letters are narrower than the digits widths count in.
      let lines = Self.lines(of: note.text, width: width / 0.85)
      setHeight(of: note.row, Double(lines) * 12.75 + 4, worksheet)
    }
  }

  // MARK: Formats and properties

  private func format(_ key: FormatKey) -> UnsafeMutablePointer<lxw_format>? {
    if let existing = formats[key] { return existing }
    guard let workbook, let created = workbook_add_format(workbook) else { return nil }
    switch key.style {
    case .title:
      format_set_bold(created)
      format_set_font_size(created, 14)
    case .header, .numberHeader:
      format_set_bold(created)
      format_set_bottom(created, UInt8(LXW_BORDER_THIN.rawValue))
      format_set_bg_color(created, 0xE8EEF4)
      format_set_text_wrap(created)
      if key.style == .numberHeader {
        format_set_align(created, UInt8(LXW_ALIGN_RIGHT.rawValue))
      }
    case .total:
      format_set_bold(created)
      format_set_top(created, UInt8(LXW_BORDER_THIN.rawValue))
    case .label:
      format_set_bold(created)
    case .panelTitle:
      format_set_bold(created)
      format_set_bg_color(created, 0xE8EEF4)
      format_set_border(created, UInt8(LXW_BORDER_THIN.rawValue))
      format_set_align(created, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
    case .panelBody:
      format_set_text_wrap(created)
      format_set_border(created, UInt8(LXW_BORDER_THIN.rawValue))
      format_set_align(created, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
    case .highlight:
      // A warm fill for rows that need attention (overdue actions…).
      format_set_bg_color(created, 0xFCE4D6)
      format_set_font_color(created, 0x9C2A00)
    case .note:
      format_set_text_wrap(created)
      format_set_align(created, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
    case .plain:
      break
    }
    if key.wrap { format_set_text_wrap(created) }
    if key.style == .plain || key.style == .total {
      // A row grown for a wrapped text reads from its top, every cell alike.
      format_set_align(created, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
    }
    if key.input {
      format_set_bg_color(created, 0xFFF2CC)
      format_set_unlocked(created)
    }
    if key.snapshot {
      format_set_italic(created)
      format_set_font_color(created, 0x6B6B6B)
    }
    if let code = key.number.code { format_set_num_format(created, code) }
    formats[key] = created
    return created
  }

  private func setProperties(_ workbook: UnsafeMutablePointer<lxw_workbook>) throws {
    let properties = document.properties
    var owned: [UnsafeMutablePointer<CChar>?] = []
    func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
      // Properties go into XML as they are: control characters would make it invalid.
      guard let text = text?.controlsEscaped else { return nil }
      let pointer = strdup(text)
      owned.append(pointer)
      return pointer
    }
    defer { for pointer in owned { free(pointer) } }
    var values = lxw_doc_properties()
    values.title = copy(document.title)
    values.subject = copy(properties.subject)
    values.author = copy(properties.author)
    values.company = copy(properties.company)
    values.keywords = copy(properties.keywords)
    values.comments = copy(properties.comments)
    values.created = time_t(
      properties.created ?? SystemClock(environment: ProcessInfo.processInfo.environment).now)
    try check(workbook_set_properties(workbook, &values), "setting the properties")
  }

  /// The longest text a cell holds, in Unicode code points (Excel's limit is 32,767; the
  /// library counts code points, so "e" + a combining accent counts two).
  static let longestCellText = 32_000

  /// Text as a cell can hold it: a NUL (which would end the C string) shown as `\u{0}`,
  /// and text beyond the cell limit cut with “…” (the full text is in the other formats).
  ///
  /// The limit is counted in code points, as libxlsxwriter counts it, and the cut falls
  /// between two characters, never inside one.
  static func cellText(_ text: String) -> String {
    let text = text.contains("\0") ? text.replacingOccurrences(of: "\0", with: "\\u{0}") : text
    guard text.unicodeScalars.count > longestCellText else { return text }
    var kept = ""
    var count = 0
    for character in text {
      let size = character.unicodeScalars.count
      guard count + size <= longestCellText - 1 else { break }
      kept.append(character)
      count += size
    }
    return kept + "…"
  }

  private func check(_ status: lxw_error, _ what: String) throws {
    guard status == LXW_NO_ERROR else {
      throw failure(what + ": " + String(cString: lxw_strerror(status)))
    }
  }

  private func failure(_ reason: String) -> EssorError {
    EssorError(
      .internalFailure, at: .file(path: shownPath, line: nil, column: nil),
      LocalizedText(
        fr: "écriture du classeur impossible : \(reason).",
        en: "cannot write the workbook: \(reason)."))
  }
}

/// The format last used in a column, so runs of alike cells skip the dictionary.
struct FormatMemo {
  var key: FormatKey
  var format: UnsafeMutablePointer<lxw_format>?
}
