import EssorCore
import Foundation
import TestSupport
import Testing

@testable import EssorReport

/// Charts resolved against their document, and drawn by the text renderers.
@Suite struct ChartTests {
  /// A document holding `table` and one chart built by `chart`.
  static func document(_ table: Table, _ chart: Chart, language: Language = .en) -> Document {
    Document(
      title: "T", language: language,
      sections: [Section(title: "S", blocks: [.table(table), .chart(chart)])])
  }

  /// A yearly table: a year, an amount and a share, with a total row.
  static let years = Table(
    id: "years",
    columns: [
      Column("year", "Year", .plainInteger), Column("amount", "Amount", .money),
      Column("share", "Share", .percent(decimals: 0)),
    ],
    rows: [
      Row([Cell(.integer(2027)), .money(Money(cents: 100_000)), Cell(.percent(0.25))]),
      Row([Cell(.integer(2028)), .money(Money(cents: 250_050)), Cell(.percent(0.5))]),
      Row([Cell(.integer(2029)), .empty, Cell(.percent(0.25))]),
      Row([.text("Total"), .money(Money(cents: 350_050)), .empty], style: .total),
    ])

  static func chart(
    _ kind: Chart.Kind = .column,
    categories: ColumnReference = .init(table: "years", column: "year"),
    series: [Chart.Series] = [.init("Amount", .init(table: "years", column: "amount"))]
  ) -> Chart {
    Chart(kind: kind, title: "Per year", categories: categories, series: series)
  }

  // MARK: Resolution

  @Test func dataRowsAreResolvedWithTheirColumnsAndValues() throws {
    let resolved = try Self.document(Self.years, Self.chart()).resolve(Self.chart())
    #expect(resolved.count == 3)
    #expect(resolved.categories.rows == 0...2)
    #expect(resolved.categories.column.kind == .plainInteger)
    #expect(resolved.categories.values == [.integer(2027), .integer(2028), .integer(2029)])
    #expect(resolved.series.map(\.name) == ["Amount"])
    #expect(resolved.series[0].column.index == 1)
    #expect(resolved.series[0].values == [1000, 2500.5, nil])
  }

  @Test func explicitRowsMayIncludeTheTotal() throws {
    let chart = Self.chart(
      categories: .init(table: "years", column: "year", rows: 1...3),
      series: [.init("Amount", .init(table: "years", column: "amount", rows: 1...3))])
    let resolved = try Self.document(Self.years, chart).resolve(chart)
    #expect(resolved.categories.values == [.integer(2028), .integer(2029), .text("Total")])
    #expect(resolved.series[0].values == [2500.5, nil, 3500.5])
  }

  @Test(
    arguments: [
      (
        ColumnReference(table: "months", column: "year"),
        "the chart “Per year” refers to the table “months”, which the document does not hold.",
        "its tables: years."
      ),
      (
        ColumnReference(table: "years", column: "month"),
        "the chart “Per year” refers to the column “month” of the table “years”, which has no such column.",
        "its columns: year, amount, share."
      ),
      (
        ColumnReference(table: "years", column: "amount", rows: 2...4),
        "the chart “Per year” draws rows 2 to 4 of the column “amount” of the table “years”, which has 4 rows (0 to 3).",
        nil
      ),
      (
        ColumnReference(table: "years", column: "amount", rows: -1...1),
        "the chart “Per year” draws rows -1 to 1 of the column “amount” of the table “years”, which has 4 rows (0 to 3).",
        nil
      ),
    ] as [(ColumnReference, String, String?)])
  func aBadReferenceIsAnErrorNamingTheChartTableAndColumn(
    reference: ColumnReference, message: String, hint: String?
  ) throws {
    let chart = Self.chart(series: [.init("Amount", reference)])
    let document = Self.document(Self.years, chart)
    let error = #expect(throws: EssorError.self) { try document.resolve(chart) }
    #expect(error?.code == .invalidValue)
    #expect(error?.message.en == message)
    #expect(error?.message.fr.hasPrefix("le graphique « Per year » ") == true)
    #expect(error?.hint?.en == hint)
    // Every renderer that draws charts refuses it; JSON keeps the document as it is.
    #expect(throws: EssorError.self) { try TerminalRenderer().render(document) }
    #expect(throws: EssorError.self) { try MarkdownRenderer().render(document) }
    #expect(JSONRenderer().render(document).contains("\"chart\""))
  }

  @Test func aTableWithoutDataRowsOrSeriesOfAnotherLengthAreErrors() throws {
    let totals = Table(
      id: "years", columns: Self.years.columns,
      rows: [Row([.text("Total"), .money(Money(cents: 1)), .empty], style: .total)])
    let document = Self.document(totals, Self.chart())
    let empty = #expect(throws: EssorError.self) { try document.resolve(Self.chart()) }
    #expect(
      empty?.message.en
        == "the chart “Per year” draws the column “year” of the table “years”, which has no data row."
    )
    let uneven = Self.chart(series: [
      .init("Amount", .init(table: "years", column: "amount", rows: 0...1))
    ])
    let error = #expect(throws: EssorError.self) {
      try Self.document(Self.years, uneven).resolve(uneven)
    }
    #expect(
      error?.message.en
        == "the chart “Per year” has 3 categories but its series “Amount” has 2 values.")
  }

  @Test func aWorkbookWithABadChartIsRefusedBeforeAnyFileIsMade() throws {
    let folder = try TemporaryFolder()
    let chart = Self.chart(series: [.init("Amount", .init(table: "years", column: "nope"))])
    let error = #expect(throws: EssorError.self) {
      try XLSXRenderer().write(Self.document(Self.years, chart), to: folder.file("book.xlsx"))
    }
    #expect(error?.message.en.contains("“nope”") == true)
    #expect(folder.contents.isEmpty)
  }

  // MARK: Terminal

  @Test func aFewCategoriesAreDrawnAsBarsWithTheirValues() throws {
    let text = try TerminalRenderer(width: 60).render(Self.document(Self.years, Self.chart()))
    let lines = text.split(separator: "\n").map(String.init)
    let start = try #require(lines.firstIndex(of: "Per year"))
    let bars = Array(lines[(start + 1)...(start + 3)])
    #expect(bars[0].hasPrefix("  2027  ████") && bars[0].hasSuffix("€1,000.00"), "\(bars[0])")
    #expect(bars[1].hasPrefix("  2028  ████") && bars[1].hasSuffix("€2,500.50"), "\(bars[1])")
    #expect(bars[2].hasPrefix("  2029  ") && bars[2].hasSuffix("—"), "\(bars[2])")
    // The largest value fills the bar; every line fits and the values end in one column.
    #expect(bars.allSatisfy { TextWidth.of($0) == 60 })
    #expect(bars[1].filter { $0 == "█" }.count > 2 * bars[0].filter { $0 == "█" }.count)
    #expect(!text.contains("workbook"))
  }

  @Test func severalSeriesAndAPieShowNamesAndShares() throws {
    let chart = Self.chart(
      .pie,
      series: [
        .init("Amount", .init(table: "years", column: "amount")),
        .init("Share", .init(table: "years", column: "share")),
      ])
    let text = try TerminalRenderer(width: 80).render(
      Self.document(Self.years, chart, language: .fr))
    let lines = text.split(separator: "\n").map(String.init)
    #expect(
      lines.contains {
        $0.hasPrefix("  2027  Amount  █") && $0.hasSuffix("1\u{202F}000,00\u{00A0}€ (29\u{00A0}%)")
      })
    #expect(
      lines.contains {
        $0.hasPrefix("        Share   █") && $0.hasSuffix("25\u{00A0}% (25\u{00A0}%)")
      })
  }

  @Test func manyCategoriesAreDrawnAsSparklinesWithTheirBounds() throws {
    let months = Table(
      id: "cash",
      columns: [Column("month", "Month", .date), Column("cash", "Cash", .money)],
      rows: (0..<60).map { month in
        Row([
          Cell(
            .date(
              CalendarDate(year: 2027 + month / 12, month: month % 12 + 1, day: 1)
                ?? .testStart)),
          .money(Money(cents: Int64(month * month) * 10_000 - 50_000)),
        ])
      })
    let chart = Chart(
      kind: .line, title: "Cash at month end",
      categories: .init(table: "cash", column: "month"),
      series: [.init("Cash", .init(table: "cash", column: "cash"))], valueAxisTitle: "€")
    for width in [40, 100] {
      let text = try TerminalRenderer(width: width).render(Self.document(months, chart))
      let lines = text.split(separator: "\n").map(String.init)
      let start = try #require(lines.firstIndex(of: "Cash at month end (€)"))
      let span = width < 50 ? 2 : 1
      let words = lines[(start + 1)...(start + span)].joined(separator: " ").split(separator: " ")
      #expect(words.joined(separator: " ") == "from 2027-01-01 to 2031-12-01, 60 points")
      let spark = lines[start + span + 1]
      #expect(spark.hasPrefix("  Cash  ▁"), "\(spark)")
      #expect(spark.contains("█"))
      #expect(lines[(start + 1)...].prefix(4).joined().contains("min -€500.00 · max €347,600.00"))
      #expect(lines.allSatisfy { TextWidth.of($0) <= width }, "\(width)")
    }
  }

  // MARK: Markdown

  @Test func markdownWritesTheSeriesAsATable() throws {
    let chart = Self.chart(series: [
      .init("Amount", .init(table: "years", column: "amount")),
      .init("Share", .init(table: "years", column: "share")),
    ])
    let text = try MarkdownRenderer().render(Self.document(Self.years, chart))
    #expect(
      text.contains(
        """
        *Chart: Per year*

        | Year | Amount | Share |
        |---:|---:|---:|
        | 2027 | €1,000.00 | 25% |
        | 2028 | €2,500.50 | 50% |
        | 2029 |  | 25% |

        """))
  }
}
