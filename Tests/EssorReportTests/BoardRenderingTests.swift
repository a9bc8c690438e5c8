import EssorCore
import Foundation
import TestSupport
import Testing

@testable import EssorReport

/// A board (a canvas's page of panels) drawn by every renderer.
@Suite(.serialized) struct BoardRenderingTests {
  /// The Business Model Canvas's layout: 10 × 3, panels over one or two rows.
  static let board = Board(
    columns: 10, rows: 3,
    panels: [
      .init(
        title: "Partners", lines: ["Municipal social-action centres"], row: 0, column: 0,
        width: 2, height: 2),
      .init(
        title: "Activities", lines: ["Data erasure of 6,000 devices a year"], row: 0,
        column: 2, width: 2),
      .init(
        title: "Resources", subtitle: "Which key resources?", lines: [], row: 1, column: 2,
        width: 2),
      .init(
        title: "Value propositions",
        lines: ["Refurbished laptops from €149 with a 12-month warranty", "Ten-hour courses"],
        row: 0, column: 4, width: 2, height: 2),
      .init(
        title: "Relationships", lines: ["Setup session at handover"], row: 0, column: 6,
        width: 2),
      .init(title: "Channels", lines: ["Shop in Vénissieux"], row: 1, column: 6, width: 2),
      .init(
        title: "Segments", lines: ["Low-income households referred by social workers"],
        row: 0, column: 8, width: 2, height: 2),
      .init(title: "Costs", lines: ["Salaries of 11 staff"], row: 2, column: 0, width: 5),
      .init(
        title: "Revenues", lines: ["Laptop sales\u{1B}[31m (63%)"], row: 2, column: 5,
        width: 5),
    ])

  static let document = Document(
    title: "Canvas", language: .en,
    sections: [Section(title: "Business model", sheetName: "bmc", blocks: [.board(board)])])

  @Test(arguments: [40, 80, 100, 160, 240])
  func terminalGridFitsTheWidthAndKeepsEveryWord(_ width: Int) throws {
    let text = try TerminalRenderer(usesColor: false, width: width).render(Self.document)
    for line in text.split(separator: "\n") {
      #expect(line.count <= width, "\(width): \(line)")
    }
    // Side by side, panels interleave line by line: every word must still be there.
    let words = Set(
      text.replacingOccurrences(of: "│", with: " ").split(whereSeparator: \.isWhitespace))
    for panel in Self.board.panels {
      for word in (panel.title.uppercased() + " " + panel.lines.joined(separator: " "))
        .split(separator: " ") where !word.contains("\u{1B}")
      {
        #expect(words.contains(word), "\(width): \(word)")
      }
    }
    #expect(!text.contains("\u{1B}"), "a control character reached the terminal")
    // An empty panel shows its question (wrapped inside a narrow box).
    #expect(
      text.contains("(Which key resources?)")
        || (text.contains("(Which key") && text.contains("resources?)")))
  }

  @Test(arguments: [60, 100, 160])
  func wideCharactersAndEmojiAreCountedAsTwoColumns(_ width: Int) throws {
    var board = Self.board
    board.panels[0].lines = ["中文字符全角测试 宽字符 🧑‍🌾 🇫🇷 cooperative farmers"]
    board.panels[3].title = "Propositions de valeur ?"
    let document = Document(
      title: "Canvas", language: .fr, sections: [Section(title: "BMC", blocks: [.board(board)])])
    let text = try TerminalRenderer(usesColor: false, width: width).render(document)
    for line in text.split(separator: "\n") {
      #expect(TextWidth.of(String(line)) <= width, "\(width): \(line)")
    }
    // The line under a box's top border has its right border where the top border ends.
    let lines = text.split(separator: "\n").map(String.init)
    let top = lines.first { $0.hasPrefix("┌") }.map(TextWidth.of) ?? 0
    for line in lines where line.hasPrefix("│") && line.hasSuffix("│") {
      #expect(TextWidth.of(line) == top, "\(width): \(line)")
    }
    #expect(!text.contains("\n?"), "a French ? must not start a line")
  }

  @Test func markdownAndJSONEscapeControlCharacters() throws {
    var board = Self.board
    board.panels[0].lines = ["bell\u{7}csi\u{9B}31m rlo\u{202E}x"]
    let document = Document(
      title: "T\u{1B}]0;x", language: .en, sections: [Section(title: "S", blocks: [.board(board)])])
    for text in [try MarkdownRenderer().render(document), JSONRenderer().render(document)] {
      #expect(
        !text.unicodeScalars.contains { $0.isControlOrFormatting && $0 != "\n" },
        "\(text.debugDescription)")
    }
  }

  @Test func wideTerminalDrawsTheCanvasLayoutWithJoinedBorders() throws {
    let text = try TerminalRenderer(usesColor: false, width: 160).render(Self.document)
    let lines = text.split(separator: "\n").map(String.init)
    let top = lines.first { $0.hasPrefix("┌") }
    // Five panels side by side on the first row: four junctions on the top border.
    #expect(top?.filter { $0 == "┬" }.count == 4)
    #expect(lines.contains { $0.contains("├") && $0.contains("┤") })
    #expect(lines.contains { $0.hasPrefix("└") && $0.contains("┴") })
    // Partners and Activities share a line: the layout is kept, not stacked.
    #expect(lines.contains { $0.contains("PARTNERS") && $0.contains("ACTIVITIES") })
  }

  @Test func narrowTerminalStacksThePanels() throws {
    let text = try TerminalRenderer(usesColor: false, width: 60).render(Self.document)
    #expect(!text.contains("┬"))
    let titles = text.split(separator: "\n").filter {
      $0.hasPrefix("│ ") && $0.dropFirst(2).first?.isUppercase == true
        && $0.uppercased() == String($0)
    }
    #expect(titles.count >= 9)
  }

  @Test func markdownGivesEachPanelAHeadingInReadingOrder() throws {
    let markdown = try MarkdownRenderer().render(Self.document)
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("### ") }
    #expect(
      headings == [
        "### Partners", "### Activities", "### Value propositions", "### Relationships",
        "### Segments", "### Resources", "### Channels", "### Costs", "### Revenues",
      ])
    #expect(markdown.contains("- Refurbished laptops from €149 with a 12-month warranty\n"))
    #expect(markdown.contains("*Which key resources?*"))
  }

  @Test func workbookMergesEachPanelAndWrapsItsText() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("board.xlsx")
    try XLSXRenderer().write(Self.document, to: path)
    let result = try Repository.oracle("inspect_xlsx.py", [path])
    #expect(result.status == 0, "\(result.stderr)")
    let book = try #require(try jsonObject(result.stdout) as? [String: Any])
    let sheet = try #require((book["sheets"] as? [String: [String: Any]])?["bmc"])
    let merged = Set(try #require(sheet["merged"] as? [String]))
    // Blocks start on row 3; each grid row is a title row and a body row.
    #expect(
      merged.isSuperset(of: [
        "A3:B3", "A4:B6",  // partners: title, body down over two grid rows
        "C3:D3", "C4:D4", "C5:D5", "C6:D6",  // activities, then resources
        "E3:F3", "E4:F6", "I3:J3", "I4:J6",  // value propositions, segments
        "A7:E7", "A8:E8", "F7:J7", "F8:J8",  // costs, revenues
      ]), "\(merged.sorted())")
    let cells = try #require(sheet["cells"] as? [String: [String: Any]])
    #expect(cells["A3"]?["value"] as? String == "Partners")
    #expect(
      cells["E4"]?["value"] as? String
        == "• Refurbished laptops from €149 with a 12-month warranty\n• Ten-hour courses")
    #expect(cells["C6"]?["value"] as? String == "Which key resources?")
    let wrapped = Set(try #require(sheet["wrapped"] as? [String]))
    #expect(wrapped.isSuperset(of: ["A4", "E4", "C6", "F8"]))
  }

  @Test func jsonListsThePanels() throws {
    let json = JSONRenderer().render(Self.document)
    let object = try #require(try jsonObject(json) as? [String: Any])
    let sections = try #require(
      (object["document"] as? [String: Any])?["sections"] as? [[String: Any]])
    let block = try #require((sections.first?["blocks"] as? [[String: Any]])?.first)
    #expect(block["type"] as? String == "board")
    #expect((block["panels"] as? [[String: Any]])?.count == 9)
  }
}
