import EssorCore

/// Writes a document as GitHub-flavoured Markdown: one heading per section, pipe tables.
public struct MarkdownRenderer: Sendable {
  public init() {}

  public func render(_ document: Document) -> String {
    var out = "# \(escape(document.title))\n"
    let language = document.language
    for section in document.sections {
      out += "\n## \(escape(section.title))\n"
      for block in section.blocks {
        out += "\n"
        switch block {
        case .paragraph(let text):
          out += escape(text) + "\n"
        case .keyFigures(let figures):
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
          let word = language == .fr ? "Graphique" : "Chart"
          let series = chart.series.map(\.name).joined(separator: ", ")
          let colon = language == .fr ? " :" : ":"
          out += "*\(word)\(colon) \(escape(chart.title)) (\(escape(series)))*\n"
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
