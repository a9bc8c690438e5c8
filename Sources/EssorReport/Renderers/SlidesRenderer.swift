import EssorCore

/// Writes a document as a slide deck in Markdown that Marp renders: one slide per `---`,
/// the slide's headline as its title, its figures as bullets, its notes as presenter notes.
///
/// A document with slides (``Section/isSlide``) gives those; any other gives one slide per
/// section, so every document can be shown.
public struct SlidesRenderer: TextRenderer {
  public init() {}

  public var format: String { "slides" }
  public var fileExtensions: [String] { [] }
  public var alsoWrites: [String] { ["md", "markdown"] }
  public var summary: LocalizedText {
    LocalizedText(
      fr: "des diapositives en Markdown pour Marp.", en: "slides in Markdown for Marp.")
  }

  public func text(_ document: Document, options: RenderOptions) throws -> String {
    let language = document.language
    let slides =
      document.sections.contains { $0.isSlide }
      ? document.sections.filter(\.isSlide) : document.sections
    var out = "---\nmarp: true\npaginate: true\n---\n\n# " + line(document.title) + "\n"
    for section in slides {
      out += "\n---\n\n## " + line(section.title) + "\n"
      var bullets: [String] = []
      for block in section.blocks {
        switch block {
        case .paragraph(let text):
          bullets.append(line(text))
        case .keyFigures(let figures):
          for figure in figures where !figure.workbookOnly {
            let value = CellText.display(figure.cell.value, kind: figure.kind, language)
            bullets.append(line(figure.label) + " : **" + line(value) + "**")
          }
        case .table(let table):
          for row in table.rows.prefix(8) {
            bullets.append(
              row.cells.enumerated().map { index, cell in
                line(CellText.display(cell.value, kind: table.columns[safe: index]?.kind, language))
              }.filter { !$0.isEmpty }.joined(separator: " · "))
          }
        case .chart, .board:
          break
        }
      }
      if !bullets.isEmpty { out += "\n" + bullets.map { "- " + $0 }.joined(separator: "\n") + "\n" }
      if let notes = section.notes, !notes.isEmpty {
        out += "\n<!--\n" + notes.replacingOccurrences(of: "-->", with: "—>") + "\n-->\n"
      }
    }
    return out
  }

  /// One line of Markdown: no line breaks, no markup characters taken as markup.
  private func line(_ text: String) -> String {
    var out = ""
    for character in TerminalRenderer.printable(text) {
      switch character {
      case "\n", "\r\n": out += " "
      case "*", "_", "`", "#", "<", ">", "[", "]", "|", "\\": out += "\\\(character)"
      default: out.append(character)
      }
    }
    return out
  }
}
