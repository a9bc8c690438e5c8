import EssorCore
import Foundation
import TestSupport
import Testing

@testable import EssorReport

@Suite struct TextRendererTests {
  @Test func terminalAlignsColumnsAndUsesNoEscapesWithoutColour() throws {
    let text = try TerminalRenderer(usesColor: false).render(SampleDocument.make())
    #expect(!text.contains("\u{1B}["))
    let lines = text.split(separator: "\n")
    let header = lines.first { $0.hasPrefix("Label") }
    let first = lines.first { $0.hasPrefix("=1+1") }
    #expect(header != nil && first != nil)
    // Right-aligned money: the amount ends where its header ends.
    if let header, let first, let end = header.range(of: "Amount")?.upperBound {
      let offset = header.distance(from: header.startIndex, to: end)
      let cell = first.prefix(offset)
      #expect(cell.hasSuffix("€100.05"), "\(cell)")
    }
    #expect(text.contains("4.1235%"))
  }

  @Test func controlCharactersFromInputsAreMadeVisible() {
    #expect(TerminalRenderer.printable("a\u{1B}[31mb\nc") == "a\\u{1b}[31mb\\u{a}c")
    #expect(TerminalRenderer.printable("Prêt à 4 %") == "Prêt à 4 %")
  }

  @Test func terminalUsesColourOnlyWhenWanted() throws {
    #expect(
      try TerminalRenderer(usesColor: true).render(SampleDocument.make()).contains("\u{1B}[1m"))
    #expect(TerminalRenderer.colorWanted(isTerminal: true, environment: [:]))
    #expect(!TerminalRenderer.colorWanted(isTerminal: true, environment: ["NO_COLOR": "1"]))
    #expect(!TerminalRenderer.colorWanted(isTerminal: false, environment: [:]))
  }

  @Test func frenchNumbersUseFrenchSeparators() throws {
    let text = try TerminalRenderer(usesColor: false).render(SampleDocument.make(language: .fr))
    #expect(text.contains("100,05\u{00A0}€"))
    #expect(text.contains("4,1235\u{00A0}%"))
  }

  @Test func markdownEscapesAndAlignsNumbers() throws {
    let text = try MarkdownRenderer().render(SampleDocument.make())
    #expect(text.hasPrefix("# Sample\n"))
    #expect(text.contains("## Inputs and results"))
    #expect(text.contains("|---|---|---:|---:|---:|---:|---:|"))
    #expect(text.contains("Plain \\| pipe \\*star\\*"))
    #expect(text.contains("| **Total** |"))
  }

  @Test func jsonCarriesTheSchemaAndThePayloadWhenThereIsOne() throws {
    var document = SampleDocument.make()
    let generic = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONRenderer().render(document).utf8))
        as? [String: Any])
    #expect(generic["schema"] as? Int == 1)
    #expect(((generic["document"] as? [String: Any])?["sections"] as? [Any])?.count == 2)
    document.payload = [("answer", .integer(42))]
    let payload = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONRenderer().render(document).utf8))
        as? [String: Any])
    #expect(payload["schema"] as? Int == 1)
    #expect(payload["answer"] as? Int == 42)
    #expect(payload["sections"] == nil, "the document is under “document”")
    #expect(payload["document"] is [String: Any])
  }
}

@Suite struct WorkbookLayoutTests {
  @Test func resolvesEveryKindOfReference() throws {
    let layout = try WorkbookLayout(SampleDocument.make())
    let resolver = FormulaResolver(layout: layout)
    let sheet = layout.sheets[1].name
    #expect(sheet == "Data with forbidden chars and a")
    // Table header on row 3 (A1 numbering), data from row 4.
    #expect(try resolver.resolve("{amount}*2", sheet: sheet, table: "data", tableRow: 0) == "=C4*2")
    #expect(
      try resolver.resolve("{amount@-1}+{amount@1}", sheet: sheet, table: "data", tableRow: 1)
        == "=C4+C6")
    #expect(
      try resolver.resolve("SUM({amount*})", sheet: sheet, table: "data", tableRow: 5)
        == "=SUM($C$4:$C$8)")
    #expect(
      try resolver.resolve("{data.amount#0}", sheet: "Inputs", table: nil, tableRow: nil)
        == "='Data with forbidden chars and a'!$C$4")
    #expect(
      try resolver.resolve("SUM({data.double#1..2})", sheet: "Inputs", table: nil, tableRow: nil)
        == "=SUM('Data with forbidden chars and a'!$G$5:$G$6)")
    #expect(layout.names.map(\.name) == ["Base", "DoubledBase"])
    #expect(layout.names.first?.reference == "'Inputs'!$B$5")
  }

  @Test(arguments: [
    "{nope}", "{data.nope#0}", "{amount@-1}", "{amount#99}", "{amount", "{other.x#0}",
  ])
  func refusesBrokenReferences(template: String) throws {
    let layout = try WorkbookLayout(SampleDocument.make())
    #expect(throws: EssorError.self) {
      try FormulaResolver(layout: layout).resolve(
        Formula(template), sheet: "Inputs", table: "data", tableRow: 0)
    }
  }

  @Test(arguments: [
    ("Amount", true), ("Loan1_Amount", true), ("_x", true), ("TEG", true), ("A1", false),
    ("XFD100", false), ("R1C1", false), ("R", false), ("1abc", false), ("has space", false),
  ])
  func validatesDefinedNames(name: String, valid: Bool) {
    #expect(WorkbookLayout.isValidName(name) == valid)
  }

  @Test func sheetNamesAreCleanedShortenedAndUnique() {
    var used: Set<String> = []
    #expect(WorkbookLayout.uniqueSheetName("Schedule", used: &used) == "Schedule")
    #expect(WorkbookLayout.uniqueSheetName("schedule", used: &used) == "schedule (2)")
    #expect(WorkbookLayout.uniqueSheetName("a/b:c*?[d]", used: &used) == "abcd")
    #expect(
      WorkbookLayout.uniqueSheetName(String(repeating: "é", count: 40), used: &used).count == 31)
    #expect(WorkbookLayout.uniqueSheetName("''", used: &used) == "Sheet")
  }
}

@Suite struct CellTextTests {
  /// The workbook renderer sizes columns with `width`, which must agree with `display`.
  @Test func widthAgreesWithTheDisplayedText() {
    var random = SeededGenerator(seed: 99)
    let doubles: [Double] = [0, -0.0, 0.005, -0.005, 1e17, -1e17, .nan, .infinity, 999.995, 1234.5]
    var values: [CellValue] = doubles.flatMap { [.number($0), .percent($0)] }
    values += [
      .money(Money(cents: .min + 1)), .money(.zero), .integer(.min), .integer(0), .bool(true),
      .bool(false), .empty, .text("été"), .date(CalendarDate.testStart),
    ]
    for _ in 0..<5000 {
      let scale = Double(Int.random(in: -6...12, using: &random))
      let number = Double.random(in: -1...1, using: &random) * pow(10, scale)
      values += [
        .number(number), .percent(number),
        .money(
          Money(cents: Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &random))),
        .integer(Int64.random(in: .min...(.max), using: &random)),
      ]
    }
    let kinds: [ColumnKind?] = [
      nil, .decimal(0), .decimal(3), .percent(decimals: 1), .percent(decimals: 4), .money,
      .plainInteger,
    ]
    for value in values {
      for kind in kinds {
        for language in Language.allCases {
          #expect(
            CellText.width(value, kind: kind, language)
              == CellText.display(value, kind: kind, language).count,
            "\(value) \(String(describing: kind)) \(language)")
        }
      }
    }
  }
}
