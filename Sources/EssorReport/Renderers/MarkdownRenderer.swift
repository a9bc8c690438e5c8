import EssorCore

/// Writes a document as GitHub-flavoured Markdown: one heading per section, pipe tables.
public struct MarkdownRenderer: TextRenderer {
  public init() {}

  public var format: String { "md" }
  public var fileExtensions: [String] { ["md", "markdown"] }
  public var summary: LocalizedText {
    LocalizedText(fr: "du Markdown (GitHub).", en: "Markdown (GitHub).")
  }

  /// The Markdown text; `options` do not change it.
  public func text(_ document: Document, options: RenderOptions) throws -> String {
    try render(document)
  }

  /// The Markdown text; a chart whose references do not resolve is an error.
  public func render(_ document: Document) throws -> String {
    var out = "# \(escape(document.title))\n"
    let language = document.language
    // Slides are for the slides format; the outline they come from is written instead.
    for section in document.sections where !section.isSlide {
      out += "\n## \(escape(section.title))\n"
      for block in section.blocks {
        out += "\n"
        switch block {
        case .paragraph(let text):
          out += escape(text) + "\n"
        case .keyFigures(let all):
          let figures = all.filter { !$0.workbookOnly }
          guard !figures.isEmpty else { continue }
          out += "| | |\n|---|---:|\n"
          for figure in figures {
            let value = CellText.display(figure.cell.value, kind: figure.kind, language)
            let note = figure.note.map { " (\(escape($0)))" } ?? ""
            out += "| \(escape(figure.label)) | **\(escape(value))**\(note) |\n"
          }
        case .table(let table):
          if let title = table.title { out += "**\(escape(title))**\n\n" }
          out += "| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
          out +=
            "|" + table.columns.map { isRight($0.kind) ? "---:" : "---" }.joined(separator: "|")
          out += "|\n"
          for row in table.rows {
            let cells = row.cells.enumerated().map { index, cell in
              let text = escape(
                CellText.display(cell.value, kind: table.columns[safe: index]?.kind, language))
              return row.style == .total && !text.isEmpty ? "**\(text)**" : text
            }
            out += "| " + cells.joined(separator: " | ") + " |\n"
          }
        case .chart(let chart):
          out += try seriesTable(document.resolve(chart), language)
        case .board(let board):
          out += board.readingOrder.map { panel in
            var text = "### \(escape(panel.title))\n\n"
            if panel.lines.isEmpty {
              text += panel.subtitle.map { "*\(escape($0))*\n" } ?? "—\n"
            }
            text += panel.lines.map { "- \(escape($0))\n" }.joined()
            return text
          }.joined(separator: "\n")
        }
      }
    }
    return out
  }

  /// A chart as the table of its data: a caption, then one row per category and one column
  /// per series, each value as its column shows it.
  private func seriesTable(_ chart: ResolvedChart, _ language: Language) -> String {
    let word = language == .fr ? "Graphique" : "Chart"
    let colon = language == .fr ? " :" : ":"
    var out = "*\(word)\(colon) \(escape(chart.chart.title))"
    if let axis = chart.chart.valueAxisTitle, !axis.isEmpty { out += " (\(escape(axis)))" }
    out += "*\n\n"
    let categories = chart.categories.column
    let heading = chart.chart.categoryAxisTitle ?? categories.title
    out +=
      "| "
      + ([escape(heading)] + chart.series.map { escape($0.name) })
      .joined(separator: " | ") + " |\n"
    out +=
      "|"
      + ([isRight(categories.kind) ? "---:" : "---"]
      + chart.series.map { isRight($0.column.column.kind) ? "---:" : "---" })
      .joined(separator: "|") + "|\n"
    for (point, category) in chart.categories.values.enumerated() {
      let cells =
        [CellText.display(category, kind: categories.kind, language)]
        + chart.series.map { series in
          CellText.display(series.column.values[point], kind: series.column.column.kind, language)
        }
      out += "| " + cells.map(escape).joined(separator: " | ") + " |\n"
    }
    return out
  }

  private func isRight(_ kind: ColumnKind) -> Bool { kind != .text && kind != .date }

  /// Escapes the characters that would break a table cell or start markup.
  private func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "|", "\\", "*", "_", "`", "[", "]", "<", ">": out += "\\\(character)"
      case "\n", "\r\n": out += " "
      default:
        out += TerminalRenderer.printable(String(character))
      }
    }
    return out
  }
}
