import EssorCore

/// Draws a document for a terminal: aligned tables, and colour only where it helps.
public struct TerminalRenderer: TextRenderer {
  /// Whether ANSI styles are used (only on a TTY, and never when `NO_COLOR` is set).
  public var usesColor: Bool
  /// The number of characters a line may hold (boards are drawn to fit it).
  public var width: Int
  /// Whether wide tables are narrowed (cells cut with “…”) to fit the width: for a screen
  /// of known width, not for a pipe or a file.
  public var fitsTables = true

  public init(usesColor: Bool = false, width: Int = 100) {
    self.usesColor = usesColor
    self.width = width
  }

  /// A renderer drawing with `options`.
  public init(options: RenderOptions) {
    self.init(usesColor: options.usesColor, width: options.width)
    fitsTables = options.fitsTables
  }

  public var format: String { "table" }
  public var fileExtensions: [String] { [] }
  public var summary: LocalizedText {
    LocalizedText(
      fr: "du texte aligné pour un terminal (par défaut).",
      en: "aligned text for a terminal (the default).")
  }

  /// The page drawn with `options` (this renderer's own settings are not used).
  public func text(_ document: Document, options: RenderOptions) throws -> String {
    try TerminalRenderer(options: options).render(document)
  }

  /// Decides colour the standard way: a TTY, and `NO_COLOR` absent or empty.
  public static func colorWanted(isTerminal: Bool, environment: [String: String]) -> Bool {
    isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
  }

  /// The page; a chart whose references do not resolve is an error.
  public func render(_ document: Document) throws -> String {
    var lines = wrapped(Self.printable(document.title)).map(bold) + [""]
    // Slides are for the slides format; the outline they come from is shown instead.
    var sections = document.sections.filter { !$0.isSlide }[...]
    while let section = sections.popFirst() {
      if section.isAppendix {
        // Consecutive appendices are named together, once.
        var titles = [section.title]
        while let next = sections.first, next.isAppendix {
          titles.append(next.title)
          sections.removeFirst()
        }
        let said =
          document.language == .fr
          ? (titles.count == 1 ? "Détail" : "Détails")
            + " dans les autres formats (--format md, json ou xlsx) : "
          : "Details in the other formats (--format md, json or xlsx): "
        lines += wrapped(
          said
            + titles.map(Self.printable).joined(
              separator: document.language == .fr ? " ; " : "; ") + "."
        ).map(dim)
        lines.append("")
        continue
      }
      lines += wrapped("■ " + Self.printable(section.title)).map(bold)
      for block in section.blocks {
        lines.append(contentsOf: try render(block, in: document))
        lines.append("")
      }
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  private func render(_ block: Block, in document: Document) throws -> [String] {
    let language = document.language
    switch block {
    case .paragraph(let text):
      // Wrapped to the width, every line keeping the paragraph's indent.
      let indent = String(text.prefix { $0 == " " })
      return wrapped(Self.printable(text), indent: indent.count).map { indent + $0 }
    case .keyFigures(let figures):
      let labelWidth = figures.map { TextWidth.of($0.label) }.max() ?? 0
      return figures.flatMap { figure -> [String] in
        let value = Self.printable(CellText.display(figure.cell.value, kind: figure.kind, language))
        let line = "  " + pad(Self.printable(figure.label), labelWidth) + "  " + bold(value)
        guard let note = figure.note.map({ "(" + Self.printable($0) + ")" }) else { return [line] }
        // A note that does not fit goes under the figure, wrapped.
        let inline = 2 + labelWidth + 2 + TextWidth.of(value) + 2 + TextWidth.of(note)
        if inline <= width { return [line + dim("  " + note)] }
        return [line] + wrapped(note, indent: 4).map { dim("    " + $0) }
      }
    case .table(let table):
      return render(table, language: language)
    case .chart(let chart):
      let drawing = TerminalChart(
        chart: try document.resolve(chart), language: language, width: width)
      return wrapped(drawing.title).map(bold) + drawing.body
    case .board(let board):
      return BoardText(width: width).lines(board)
    }
  }

  private func render(_ table: Table, language: Language) -> [String] {
    let texts = table.rows.map { row in
      row.cells.enumerated().map { index, cell in
        Self.printable(
          CellText.display(cell.value, kind: table.columns[safe: index]?.kind, language))
      }
    }
    let titles = table.columns.map { Self.printable($0.title) }
    var widths = titles.map { TextWidth.of($0) }
    for row in texts {
      for (index, text) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], TextWidth.of(text))
      }
    }
    let numeric = table.columns.map { $0.kind != .text && $0.kind != .date }
    // Numbers are never cut (a long header over them is); text keeps 10 characters.
    let minimums = widths.indices.map { index in
      numeric[safe: index] == true
        ? max(4, texts.map { TextWidth.of($0[safe: index] ?? "") }.max() ?? 0)
        : min(10, widths[index])
    }
    if fitsTables { Self.narrow(&widths, minimums: minimums, to: width) }
    func line(_ cells: [String]) -> String {
      trimmedTrailingSpaces(cellsLine(cells))
    }
    func cellsLine(_ cells: [String]) -> String {
      cells.enumerated().map { index, text in
        let text = Self.truncated(text, to: widths[safe: index] ?? TextWidth.of(text))
        return numeric[safe: index] == true
          ? padLeft(text, widths[safe: index] ?? 0) : pad(text, widths[safe: index] ?? 0)
      }.joined(separator: "  ")
    }
    var lines: [String] = []
    if let title = table.title { lines.append(Self.printable(title)) }
    lines.append(bold(line(titles)))
    lines.append(String(repeating: "─", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1)))
    for (row, cells) in zip(table.rows, texts) {
      lines.append(row.style == .total ? bold(line(cells)) : line(cells))
    }
    return lines
  }

  /// Narrows the widest columns, down to their minimums, until the table fits.
  ///
  /// The full text is in the other formats.
  static func narrow(_ widths: inout [Int], minimums: [Int], to width: Int) {
    let separators = 2 * max(0, widths.count - 1)
    while widths.reduce(0, +) + separators > width {
      guard
        let widest = widths.indices.filter({ widths[$0] > minimums[$0] })
          .max(by: { widths[$0] < widths[$1] })
      else { return }
      widths[widest] -= 1
    }
  }

  /// The text cut to `width` characters, ending with “…” when cut.
  static func truncated(_ text: String, to width: Int) -> String {
    TextWidth.of(text) <= width ? text : TextWidth.prefix(text, width: max(0, width - 1)) + "…"
  }

  /// Text from inputs with control characters made visible, so a label can neither move the
  /// cursor, change colours nor break a table row.
  static func printable(_ text: String) -> String { text.controlsEscaped }

  /// Text wrapped to the width (less an indent), never narrower than 20 columns.
  private func wrapped(_ text: String, indent: Int = 0) -> [String] {
    BoardText(width: width).wrap(text, width: max(20, width - indent))
  }

  private func trimmedTrailingSpaces(_ text: String) -> String {
    var text = text
    while text.last == " " { text.removeLast() }
    return text
  }

  private func bold(_ text: String) -> String { usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
  private func dim(_ text: String) -> String { usesColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
  private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - TextWidth.of(text)))
  }
  private func padLeft(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - TextWidth.of(text))) + text
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
