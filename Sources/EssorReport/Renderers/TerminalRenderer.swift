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
  /// Which sections are drawn.
  public var sections: RenderOptions.Sections = .all

  public init(usesColor: Bool = false, width: Int = 100) {
    self.usesColor = usesColor
    self.width = width
  }

  /// A renderer drawing with `options`.
  public init(options: RenderOptions) {
    self.init(usesColor: options.usesColor, width: options.width)
    fitsTables = options.fitsTables
    sections = options.sections
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

  /// Decides colour the standard way: a TTY that is not `TERM=dumb`, and `NO_COLOR` absent
  /// or empty.
  public static func colorWanted(isTerminal: Bool, environment: [String: String]) -> Bool {
    isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }

  /// The page; a chart whose references do not resolve is an error.
  public func render(_ document: Document) throws -> String {
    var lines = wrapped(Self.printable(document.title)).map(bold) + [""]
    // Slides are for the slides format; the outline they come from is shown instead.
    let shownSections = try Self.chosen(document, sections)
    var sections = shownSections[...]
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
        let drawn = try render(block, in: document)
        guard !drawn.isEmpty else { continue }
        lines.append(contentsOf: drawn)
        lines.append("")
      }
    }
    while lines.last == "" { lines.removeLast() }
    lines += othersLine(document, shown: shownSections)
    return lines.joined(separator: "\n") + "\n"
  }

  private func render(_ block: Block, in document: Document) throws -> [String] {
    let language = document.language
    switch block {
    case .paragraph(let text):
      // Wrapped to the width, every line keeping the paragraph's indent.
      let indent = String(text.prefix { $0 == " " })
      let lines = wrapped(Self.printable(text), indent: indent.count).map { indent + $0 }
      // A finding's first line carries its colour.
      return lines.enumerated().map { $0 == 0 ? colored($1) : $1 }
    case .keyFigures(let all):
      let figures = all.filter { !$0.workbookOnly }
      let values = figures.map {
        Self.printable(CellText.display($0.cell.value, kind: $0.kind, language))
      }
      let valueWidth = values.map { TextWidth.of($0) }.max() ?? 0
      // Labels take what the values leave; a longer one wraps, its value on its first line.
      let labelWidth = min(
        figures.map { TextWidth.of($0.label) }.max() ?? 0, max(16, width - 4 - valueWidth))
      return zip(figures, values).flatMap { figure, value -> [String] in
        let label = Self.printable(figure.label)
        let labelLines =
          TextWidth.of(label) <= labelWidth
          ? [label] : BoardText(width: labelWidth).wrap(label, width: labelWidth)
        let more = labelLines.dropFirst().map { "  " + $0 }
        let line = "  " + pad(labelLines[0], labelWidth) + "  " + bold(value)
        guard let note = figure.note.map({ "(" + Self.printable($0) + ")" }) else {
          return [line] + more
        }
        // A note that does not fit goes under the figure, wrapped.
        let inline = 2 + labelWidth + 2 + TextWidth.of(value) + 2 + TextWidth.of(note)
        if inline <= width { return [line + dim("  " + note)] + more }
        return [line] + more + wrapped(note, indent: 4).map { dim("    " + $0) }
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
    let numeric = table.columns.map { $0.kind != .text }
    // Numbers are never cut nor wrapped; a text column wraps its cells on words, down to
    // its longest word (at most 16 columns), never cut so that two rows look alike.
    // A number column is as wide as its figures, or its title's longest word (the title
    // wraps over it).
    var widths = titles.indices.map { index in
      texts.reduce(
        numeric[index]
          ? max(4, min(TextWidth.of(titles[index]), TextWidth.longestWord(titles[index])))
          : TextWidth.of(titles[index])
      ) {
        max($0, TextWidth.of($1[safe: index] ?? ""))
      }
    }
    let minimums = widths.indices.map { index -> Int in
      guard !numeric[index] else { return widths[index] }
      let longestWord = texts.reduce(TextWidth.longestWord(titles[index])) {
        max($0, TextWidth.longestWord($1[safe: index] ?? ""))
      }
      return min(widths[index], max(8, min(24, longestWord)))
    }
    var lines: [String] = []
    if let title = table.title { lines += wrapped(Self.printable(title)) }
    guard fitsTables else {
      return lines + block(Array(widths.indices), table, titles, texts, widths, numeric)
    }
    let natural = widths
    Self.narrow(&widths, minimums: minimums, to: width)
    // A prose column squeezed under 24 columns reads badly: each row becomes a record, its
    // fields one under the other, the first one heading it.
    let squeezed = widths.indices.contains { index in
      !numeric[index] && natural[index] > 40 && widths[index] < 24
    }
    if squeezed && numeric.filter({ $0 }).count <= 2 {
      return lines + records(titles, texts)
    }
    // Still too wide: the leading text columns (the row labels) are repeated over blocks of
    // the other columns, each block as wide as the screen.
    var blocks: [[Int]] = [Array(widths.indices)]
    let leading = numeric.first == false ? [0] : []
    let rest = widths.indices.filter { !leading.contains($0) }
    if Self.width(of: widths.indices.map { widths[$0] }) > width, !rest.isEmpty {
      // The labels get back room to breathe: the blocks take what is left.
      for index in leading {
        let natural = texts.reduce(TextWidth.of(titles[index])) {
          max($0, TextWidth.of($1[safe: index] ?? ""))
        }
        widths[index] = max(widths[index], min(natural, 30, width / 2))
      }
      blocks = []
      var current: [Int] = []
      for index in rest {
        let candidate = leading + current + [index]
        if !current.isEmpty && Self.width(of: candidate.map { widths[$0] }) > width {
          blocks.append(leading + current)
          current = []
        }
        current.append(index)
      }
      blocks.append(leading + current)
    }
    for (number, columns) in blocks.enumerated() {
      if number > 0 { lines.append("") }
      lines += block(columns, table, titles, texts, widths, numeric)
    }
    return lines
  }

  /// Each row as a record: its first cell as a heading, then each other field, its title
  /// before it, its text wrapped to the width.
  private func records(_ titles: [String], _ texts: [[String]]) -> [String] {
    let titleWidth = min(
      titles.dropFirst().map { TextWidth.of($0) }.max() ?? 0, max(8, width / 3))
    var out: [String] = []
    for cells in texts {
      let heading = cells.first ?? ""
      out += wrapped(heading).map(bold)
      for (index, text) in cells.enumerated().dropFirst() where !text.isEmpty {
        let title = titles[safe: index] ?? ""
        let room = max(20, width - 4 - titleWidth)
        let parts = BoardText(width: room).wrap(text, width: room)
        let titleLines =
          TextWidth.of(title) <= titleWidth
          ? [title] : BoardText(width: titleWidth).wrap(title, width: titleWidth)
        for line in 0..<max(parts.count, titleLines.count) {
          out.append(
            trimmedTrailingSpaces(
              "  " + dim(pad(titleLines[safe: line] ?? "", titleWidth)) + "  "
                + colored(parts[safe: line] ?? "")))
        }
      }
      out.append("")
    }
    if out.last == "" { out.removeLast() }
    return out
  }

  /// The total width of columns side by side, two spaces apart.
  private static func width(of columns: [Int]) -> Int {
    columns.reduce(0, +) + 2 * max(0, columns.count - 1)
  }

  /// The table's `columns`: the header, a rule, then each row, its text cells wrapped.
  private func block(
    _ columns: [Int], _ table: Table, _ titles: [String], _ texts: [[String]], _ widths: [Int],
    _ numeric: [Bool]
  ) -> [String] {
    func lines(_ cells: [String], header: Bool = false) -> [String] {
      let wrappedCells = columns.map { index -> [String] in
        let text = cells[safe: index] ?? ""
        guard header || !numeric[index], TextWidth.of(text) > widths[index] else { return [text] }
        return BoardText(width: widths[index]).wrap(text, width: widths[index])
      }
      let height = wrappedCells.map(\.count).max() ?? 1
      return (0..<height).map { line in
        trimmedTrailingSpaces(
          zip(columns, wrappedCells).map { index, parts in
            let text = parts[safe: line] ?? ""
            return numeric[index]
              ? padLeft(colored(text), widths[index], text)
              : pad(colored(text), widths[index], text)
          }.joined(separator: "  "))
      }
    }
    var out = lines(titles, header: true).map(bold)
    out.append(String(repeating: "─", count: Self.width(of: columns.map { widths[$0] })))
    for (row, cells) in zip(table.rows, texts) {
      out += row.style == .total ? lines(cells).map(bold) : lines(cells)
    }
    return out
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

  /// The sections to draw: slides never (their outline is there); then the summary, the
  /// sections named, or all.
  static func chosen(_ document: Document, _ choice: RenderOptions.Sections) throws -> [Section] {
    let sections = document.sections.filter { !$0.isSlide }
    switch choice {
    case .all: return sections
    case .summary:
      let summary = sections.filter(\.isSummary)
      return summary.isEmpty ? sections : summary
    case .named(let names):
      // A name is a section's short name, else the start of some; a section asked for by
      // name is drawn in full, even an appendix.
      let chosen = sections.filter { section in
        names.contains { name in
          let exact = sections.contains { $0.shortName == Section(title: name).shortName }
          return exact ? section.shortName == Section(title: name).shortName : section.matches(name)
        }
      }.map { section -> Section in
        var section = section
        section.isAppendix = false
        return section
      }
      if let unknown = names.first(where: { name in !sections.contains { $0.matches(name) } }) {
        throw EssorError(
          .invalidOption, at: .flag("--section"),
          LocalizedText(
            fr: "aucune section « \(unknown) » dans ce document.",
            en: "no section “\(unknown)” in this document."),
          hint: LocalizedText(
            fr: "sections : " + sections.map(\.shortName).joined(separator: ", ") + ".",
            en: "sections: " + sections.map(\.shortName).joined(separator: ", ") + "."))
      }
      return chosen
    }
  }

  /// Under a summary: the other sections by name, and how to see them.
  private func othersLine(_ document: Document, shown: [Section]) -> [String] {
    guard case .summary = sections else { return [] }
    // Appendices (detail for files) are not offered: the other formats have them.
    let others = document.sections.filter { section in
      !section.isSlide && !section.isAppendix && !shown.contains { $0.title == section.title }
    }
    guard !others.isEmpty else { return [] }
    let names = others.map(\.shortName).joined(separator: ", ")
    let text =
      document.language == .fr
      ? "Autres sections : \(names). Pour en voir une : --section NOM ; tout : --all."
      : "Other sections: \(names). To see one: --section NAME; everything: --all."
    return [""] + wrapped(text).map(dim)
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

  /// A finding in its colour: ✘ red, ✔ green, ◐ and ⚠ yellow (on a colour terminal).
  private func colored(_ text: String) -> String {
    guard usesColor, let first = text.first else { return text }
    let code: String
    switch first {
    case "✘": code = "31"
    case "✔": code = "32"
    case "◐", "⚠": code = "33"
    default: return text
    }
    return "\u{1B}[\(code)m\(text)\u{1B}[39m"
  }
  private func dim(_ text: String) -> String { usesColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
  /// `text` padded to `width`, measured on `plain` (the text without its colour codes).
  private func pad(_ text: String, _ width: Int, _ plain: String? = nil) -> String {
    text + String(repeating: " ", count: max(0, width - TextWidth.of(plain ?? text)))
  }
  private func padLeft(_ text: String, _ width: Int, _ plain: String? = nil) -> String {
    String(repeating: " ", count: max(0, width - TextWidth.of(plain ?? text))) + text
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
