import EssorCore
import Testing

@testable import EssorReport

/// How the terminal lays out what does not fit: labels wrap (never cut), numeric tables split
/// into blocks under their labels, prose tables become records, a summary stands alone with
/// the other sections named, findings take their colour, `TERM=dumb` gets no escape codes.
@Suite struct TerminalLayoutTests {
  private func renderer(width: Int, color: Bool = false) -> TerminalRenderer {
    var renderer = TerminalRenderer(usesColor: color, width: width)
    renderer.fitsTables = true
    return renderer
  }

  private func statement() -> Table {
    let years = (2027...2031).map { Column("y\($0)", String($0), .money) }
    return Table(
      id: "pl", columns: [Column("line", "Line", .text)] + years,
      rows: [
        Row(
          [.text("Capacité d’autofinancement (CAF) — méthode soustractive depuis l’EBE")]
            + (0..<5).map { _ in .money(Money(euros: 1_234_567)) }),
        Row(
          [.text("Capacité d’autofinancement (CAF) — méthode additive depuis le résultat")]
            + (0..<5).map { _ in .money(Money(euros: 7_654_321)) }),
      ])
  }

  @Test func aWideStatementSplitsIntoBlocksAndNeverCutsItsLabels() throws {
    let document = Document(
      title: "T", language: .fr, sections: [Section(title: "S", blocks: [.table(statement())])])
    let text = try renderer(width: 80).render(document)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.allSatisfy { TextWidth.of(String($0)) <= 80 }, "\(text)")
    #expect(!text.contains("…"))
    // Both labels are whole (wrapped), and every year is there, in two blocks.
    let flat = text.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(
      separator: " ")
    #expect(flat.contains("méthode soustractive depuis l’EBE"))
    #expect(flat.contains("méthode additive depuis le résultat"))
    for year in 2027...2031 { #expect(text.contains(String(year))) }
    #expect(lines.filter { $0.hasPrefix("Line") }.count == 2)
  }

  @Test func aProseTableOnANarrowScreenReadsAsRecords() throws {
    let table = Table(
      id: "actions",
      columns: [
        Column("id", "id", .text), Column("action", "Action", .text),
        Column("owner", "Owner", .text), Column("due", "Due", .date),
      ],
      rows: [
        Row([
          .text("plan-succession"),
          .text(
            "Prepare the next generation of managers: terms of office, a transition pair, training of the future leaders."
          ), .text("Hélène Marty"), Cell(.date(CalendarDate(year: 2027, month: 1, day: 1)!)),
        ])
      ])
    let document = Document(
      title: "T", language: .en, sections: [Section(title: "S", blocks: [.table(table)])])
    let text = try renderer(width: 60).render(document)
    #expect(text.contains("plan-succession\n  Action"))
    #expect(text.contains("Owner   Hélène Marty") || text.contains("Owner  Hélène Marty"))
    #expect(!text.contains("…"))
  }

  @Test func aSummaryStandsAloneAndNamesTheOtherSections() throws {
    var summary = Section(title: "Verdict", blocks: [.paragraph("✔ FUNDABLE")])
    summary.isSummary = true
    let document = Document(
      title: "T", language: .en,
      sections: [
        summary, Section(title: "Profit and loss", sheetName: "P&L", blocks: [.paragraph("x")]),
        Section(title: "Cash", blocks: [.paragraph("y")], isAppendix: true),
      ])
    var options = RenderOptions(width: 80, fitsTables: true)
    options.sections = .summary
    let text = try TerminalRenderer(options: options).render(document)
    #expect(text.contains("■ Verdict") && !text.contains("■ Profit"))
    #expect(text.contains("Other sections: p-l.") && text.contains("--all"))
    options.sections = .named(["cash"])
    let cash = try TerminalRenderer(options: options).render(document)
    #expect(cash.contains("■ Cash\ny") && !cash.contains("■ Verdict"))
    options.sections = .named(["nope"])
    #expect(throws: EssorError.self) { try TerminalRenderer(options: options).render(document) }
    options.sections = .all
    let all = try TerminalRenderer(options: options).render(document)
    #expect(all.contains("■ Verdict") && all.contains("■ Profit"))
  }

  @Test func findingsTakeTheirColourAndADumbTerminalGetsNone() throws {
    let document = Document(
      title: "T", language: .en,
      sections: [Section(title: "S", blocks: [.paragraph("✘ broken"), .paragraph("✔ kept")])])
    let colored = try renderer(width: 80, color: true).render(document)
    #expect(colored.contains("\u{1B}[31m✘ broken") && colored.contains("\u{1B}[32m✔ kept"))
    #expect(
      !TerminalRenderer.colorWanted(isTerminal: true, environment: ["TERM": "dumb"]))
    #expect(TerminalRenderer.colorWanted(isTerminal: true, environment: ["TERM": "xterm"]))
    #expect(
      !TerminalRenderer.colorWanted(
        isTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": "1"]))
  }
}
