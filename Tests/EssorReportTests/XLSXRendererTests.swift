import EssorCore
import EssorReport
import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct XLSXRendererTests {
  private func inspect(_ path: String) throws -> [String: Any] {
    let result = try Repository.oracle("inspect_xlsx.py", [path])
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(try jsonObject(result.stdout) as? [String: Any])
  }

  @Test func openpyxlReadsTypesFormatsNamesAndProperties() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("sample.xlsx")
    try XLSXRenderer().write(SampleDocument.make(), to: path)
    let book = try inspect(path)
    let sheets = try #require(book["sheets"] as? [String: [String: Any]])
    #expect(Set(sheets.keys) == ["Inputs", "Data with forbidden chars and a"])
    let data = try #require(sheets["Data with forbidden chars and a"])
    let cells = try #require(data["cells"] as? [String: [String: Any]])
    // Text that looks like a formula stays text.
    for (ref, text) in [("A4", "=1+1"), ("A5", "+33 6 12"), ("A6", "-minus"), ("A7", "@SUM(A1)")] {
      #expect(cells[ref]?["type"] as? String == "s", "\(ref)")
      #expect(cells[ref]?["value"] as? String == text)
      #expect(cells[ref]?["formula"] as? Bool == false)
    }
    // Money, percent, date, integer and decimal formats.
    #expect((cells["C4"]?["format"] as? String)?.contains("€") == true)
    #expect(cells["C4"]?["value"] as? Double == 100.05)
    #expect(cells["D5"]?["format"] as? String == "0.0%")
    #expect(cells["B4"]?["format"] as? String == "yyyy\\-mm\\-dd")
    #expect(cells["B4"]?["cached"] as? String == "2027-01-15T00:00:00")
    #expect(cells["E5"]?["format"] as? String == "#,##0")
    #expect(cells["F5"]?["format"] as? String == "#,##0.000")
    // Formulas carry Essor's value as their cached result.
    #expect(cells["G4"]?["formula"] as? Bool == true)
    #expect(cells["G4"]?["value"] as? String == "=C4*2")
    #expect(cells["G4"]?["cached"] as? Double == 200.1)
    #expect(cells["C9"]?["value"] as? String == "=SUM($C$4:$C$8)")
    #expect(cells["C9"]?["cached"] as? Double == 1500.25)
    // Frozen header, widths from content.
    #expect(data["freeze"] as? String == "A4")
    let widths = try #require(data["widths"] as? [String: Double])
    #expect((widths["A"] ?? 0) > (widths["E"] ?? 0))
    // Named cells.
    let names = try #require(book["names"] as? [String: [String: Any]])
    #expect(names["Base"]?["ref"] as? String == "'Inputs'!$B$5")
    #expect(names["DoubledBase"]?["value"] as? Double == 20)
    // Properties, and one native chart per chart block.
    let properties = try #require(book["properties"] as? [String: Any])
    #expect(properties["title"] as? String == "Sample")
    #expect(properties["creator"] as? String == "Essor")
    #expect(properties["created"] as? String == "2027-01-15T08:00:00")
    #expect(book["company"] as? String == "La Fabrique")
    let charts = try #require(book["charts"] as? [[String: Any]])
    let kinds = charts.flatMap { ($0["kinds"] as? [String]) ?? [] }
    #expect(kinds.sorted() == ["barChart", "barChart", "lineChart", "pieChart", "radarChart"])
    #expect(charts.contains { ($0["grouping"] as? [String])?.contains("stacked") == true })
  }

  @Test func libreOfficeRecalculatesToTheCachedValues() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("sample.xlsx")
    try XLSXRenderer().write(SampleDocument.make(), to: path)
    let result = try Repository.oracle("lo_recalc.py", [path])
    #expect(result.status == 0, "\(result.stderr)")
    let report = try #require(try jsonObject(result.stdout) as? [String: Any])
    #expect(report["planted"] as? Double == 2, "recalculation was not forced")
    let book = try #require((report["workbooks"] as? [[String: Any]])?.first)
    #expect(book["formulas"] as? Int == 9)
    #expect(book["mismatchCount"] as? Int == 0, "\(book)")
  }

  @Test func constantMemoryModeWritesTheSameCells() throws {
    let folder = try TemporaryFolder()
    try XLSXRenderer().write(SampleDocument.make(), to: folder.file("a.xlsx"))
    try XLSXRenderer(constantMemory: true).write(SampleDocument.make(), to: folder.file("b.xlsx"))
    let normal = try inspect(folder.file("a.xlsx"))["sheets"] as? [String: [String: Any]]
    let constant = try inspect(folder.file("b.xlsx"))["sheets"] as? [String: [String: Any]]
    for name in normal?.keys.sorted() ?? [] {
      let a = normal?[name]?["cells"] as? [String: [String: Any]]
      let b = constant?[name]?["cells"] as? [String: [String: Any]]
      #expect(a?.keys.sorted() == b?.keys.sorted())
      for key in a?.keys.sorted() ?? [] {
        #expect("\(a?[key]?["cached"] ?? "")" == "\(b?[key]?["cached"] ?? "")", "\(name)!\(key)")
      }
    }
  }

  @Test func rowsProducedOnDemandWriteTheSameWorkbookAsStoredRows() throws {
    let make = { @Sendable (index: Int) in
      Row([Cell(.integer(Int64(index))), Cell(.money(Money(cents: Int64(index) * 101)))])
    }
    let columns = [Column("n", "N", .integer), Column("amount", "Amount", .money)]
    let stored = Table(id: "t", columns: columns, rows: (0..<300).map(make))
    let produced = Table(id: "t", columns: columns, rowCount: 300, row: make)
    #expect(produced.rows.isProduced && !stored.rows.isProduced)
    let folder = try TemporaryFolder()
    for (name, table) in [("stored", stored), ("produced", produced)] {
      let document = Document(
        title: "T", language: .en, properties: DocumentProperties(created: 1_800_000_000),
        sections: [Section(title: "S", blocks: [.table(table)])])
      try XLSXRenderer(constantMemory: true).write(document, to: folder.file(name + ".xlsx"))
    }
    let a = try Data(contentsOf: URL(fileURLWithPath: folder.file("stored.xlsx")))
    let b = try Data(contentsOf: URL(fileURLWithPath: folder.file("produced.xlsx")))
    #expect(a == b)
  }

  @Test func workbookBytesDoNotDependOnTheLocale() throws {
    let folder = try TemporaryFolder()
    try XLSXRenderer().write(SampleDocument.make(), to: folder.file("c.xlsx"))
    let french = setlocale(LC_ALL, "fr_FR.UTF-8")
    #expect(french != nil, "the fr_FR.UTF-8 locale must be installed (make test does it)")
    defer { setlocale(LC_ALL, "C") }
    // The C library now formats numbers the French way: the renderer must not follow it.
    #expect(localeconv().map { String(cString: $0.pointee.decimal_point) } == ",")
    try XLSXRenderer().write(SampleDocument.make(), to: folder.file("fr.xlsx"))
    setlocale(LC_ALL, "C")
    let c = try Data(contentsOf: URL(fileURLWithPath: folder.file("c.xlsx")))
    let fr = try Data(contentsOf: URL(fileURLWithPath: folder.file("fr.xlsx")))
    #expect(c == fr)
  }

  @Test func aFailedRenderLeavesThePreviousFileAndNoDebris() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("book.xlsx")
    try "previous".write(toFile: path, atomically: true, encoding: .utf8)
    var broken = SampleDocument.make()
    broken.sections[0].blocks.append(
      .keyFigures([KeyFigure("bad", Cell(.integer(1), formula: "{data.missing#0}"))]))
    #expect(throws: EssorError.self) { try XLSXRenderer().write(broken, to: path) }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous")
    #expect(folder.contents == ["book.xlsx"])
  }

  @Test func anImpossibleDestinationWritesNothing() throws {
    let folder = try TemporaryFolder()
    try "file".write(toFile: folder.file("plain"), atomically: true, encoding: .utf8)
    let error = #expect(throws: EssorError.self) {
      try XLSXRenderer().write(SampleDocument.make(), to: folder.file("plain/book.xlsx"))
    }
    #expect(error?.kind.exitCode == 64)
    #expect(folder.contents == ["plain"])
  }

  @Test func textBeyondTheCellLimitOrWithANulIsKeptReadable() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("long.xlsx")
    let long = String(repeating: "é", count: 40_000)
    let document = Document(
      title: "T", language: .en,
      sections: [
        Section(
          title: "S",
          blocks: [.paragraph(long), .paragraph("before\0after")])
      ])
    try XLSXRenderer().write(document, to: path)
    let result = try Repository.oracle("inspect_xlsx.py", [path])
    let book = try #require(try jsonObject(result.stdout) as? [String: Any])
    let cells = try #require(
      (book["sheets"] as? [String: [String: Any]])?["S"]?["cells"] as? [String: [String: Any]])
    let cut = try #require(cells["A3"]?["value"] as? String)
    #expect(cut.count == 32_000 && cut.hasSuffix("…"))
    #expect(cells["A5"]?["value"] as? String == "before\\u{0}after")
  }
}
