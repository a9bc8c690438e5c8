import EssorCore
import EssorReport
import TestSupport

/// A small document exercising every block, column kind and chart kind, in neutral words.
enum SampleDocument {
  static func make(language: Language = .en) -> Document {
    let columns = [
      Column("label", "Label", .text), Column("day", "Day", .date),
      Column("amount", "Amount", .money), Column("share", "Share", .percent(decimals: 1)),
      Column("count", "Count", .integer), Column("ratio", "Ratio", .decimal(3)),
      Column("double", "Double", .money),
    ]
    let labels = ["=1+1", "+33 6 12", "-minus", "@SUM(A1)", "Plain | pipe *star*"]
    var rows: [Row] = []
    for (index, label) in labels.enumerated() {
      let amount = Money(cents: Int64(10_000 * (index + 1) + 5))
      rows.append(
        Row([
          .text(label),
          Cell(.date(CalendarDate(year: 2027, month: index + 1, day: 15) ?? fallbackDate)),
          .money(amount), Cell(.percent(Double(index) / 10)), Cell(.integer(Int64(index * 1000))),
          Cell(.number(Double(index) / 3)),
          Cell(.money(amount + amount), formula: "{amount}*2"),
        ]))
    }
    rows.append(
      Row(
        [
          .text("Total"), .empty, Cell(.money(Money(cents: 150_025)), formula: "SUM({amount*})"),
          .empty, .empty, .empty, Cell(.money(Money(cents: 300_050)), formula: "SUM({double*})"),
        ], style: .total))
    let figures = [
      KeyFigure("Base", Cell(.money(Money(cents: 1000)), name: "Base")),
      KeyFigure(
        "Doubled base", Cell(.money(Money(cents: 2000)), formula: "Base*2", name: "DoubledBase")),
      KeyFigure("Rate", Cell(.percent(0.0412345)), kind: .percent(decimals: 4), note: "a note"),
      KeyFigure("First amount", Cell(.money(Money(cents: 10_005)), formula: "{data.amount#0}")),
    ]
    let reference = { (column: String) in ColumnReference(table: "data", column: column) }
    let charts: [Block] = Chart.Kind.allCases.map { kind in
      .chart(
        Chart(
          kind: kind, title: "Chart \(kind.rawValue)", categories: reference("label"),
          series: [.init("Amount", reference("amount"))]))
    }
    return Document(
      title: "Sample", language: language,
      properties: DocumentProperties(
        subject: "Subject", company: "La Fabrique", keywords: "k", comments: "c",
        created: 1_800_000_000),
      sections: [
        Section(
          title: "Inputs and results", sheetName: "Inputs",
          blocks: [.paragraph("A paragraph."), .keyFigures(figures)]),
        Section(
          title: "Data [with] forbidden: chars? and a very long name indeed",
          blocks: [.table(Table(id: "data", columns: columns, rows: rows))] + charts),
      ])
  }

  private static let fallbackDate = CalendarDate.testStart
}
