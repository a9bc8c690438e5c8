import EssorCore
import Foundation
import TestSupport
import Testing

@testable import EssorReport

/// A format made up for the tests: one line of comma-separated section titles.
private struct TitlesRenderer: TextRenderer {
  var format: String { "titles" }
  var fileExtensions: [String] { ["titles", "csv"] }
  var summary: LocalizedText { LocalizedText(verbatim: "section titles") }

  func text(_ document: Document, options: RenderOptions) -> String {
    document.sections.map(\.title).joined(separator: ",") + "\n"
  }
}

/// How a command's --format and --output pick a renderer, and how it is sent.
@Suite struct FormatRegistryTests {
  let registry = FormatRegistry.standard

  @Test func theStandardFormatsAreListedInOrder() {
    #expect(registry.names == ["table", "md", "slides", "json", "xlsx"])
    #expect(
      registry.namesList
        == LocalizedText(
          fr: "table, md, slides, json ou xlsx", en: "table, md, slides, json or xlsx"))
    #expect(registry.renderer(named: "XLSX")?.needsFile == true)
    #expect(registry.renderer(named: "md")?.needsFile == false)
    #expect(registry.renderer(forExtension: "Markdown")?.format == "md")
    #expect(registry.renderer(forExtension: "txt") == nil)
  }

  @Test(
    arguments: [
      (nil, nil, "table"), (nil, "out.xlsx", "xlsx"), (nil, "out.md", "md"),
      (nil, "out.markdown", "md"), (nil, "OUT.JSON", "json"), (nil, "out.txt", "table"),
      (nil, "out", "table"), ("MD", nil, "md"), ("json", "out.txt", "json"),
      ("xlsx", "a/b.XLSX", "xlsx"), ("table", "out.txt", "table"),
    ] as [(String?, String?, String)])
  func formatThenExtensionThenTable(format: String?, output: String?, expected: String) throws {
    #expect(try registry.resolve(format: format, output: output).format == expected)
  }

  @Test func anUnknownFormatIsRefusedListingTheKnownOnes() {
    let error = #expect(throws: EssorError.self) {
      try registry.resolve(format: "pdf", output: nil)
    }
    #expect(error?.code == .invalidOption)
    #expect(error?.location == .flag("--format"))
    #expect(
      error?.message == LocalizedText(fr: "format « pdf » inconnu.", en: "unknown format “pdf”."))
    #expect(
      error?.hint
        == LocalizedText(
          fr: "table, md, slides, json ou xlsx.", en: "table, md, slides, json or xlsx."))
  }

  @Test func aFormatContradictingTheExtensionIsRefused() {
    let error = #expect(throws: EssorError.self) {
      try registry.resolve(format: "md", output: "plan.xlsx")
    }
    #expect(error?.code == .conflictingOptions)
    #expect(error?.location == .flag("--output"))
    #expect(
      error?.message.en
        == "--format md and --output plan.xlsx do not go together: the file would not open.")
    #expect(
      error?.message.fr
        == "--format md et --output plan.xlsx ne vont pas ensemble : le fichier ne s’ouvrirait pas."
    )
    #expect(error?.hint?.en == "give the file the format's extension, or drop --format.")
  }

  @Test func aNewFormatRegistersWithOneLine() throws {
    let registry = FormatRegistry.standard.registering(TitlesRenderer())
    #expect(registry.names == ["table", "md", "slides", "json", "xlsx", "titles"])
    #expect(try registry.resolve(format: nil, output: "x.csv").format == "titles")
    #expect(try registry.resolve(format: "Titles", output: "x.titles").format == "titles")
    #expect(throws: EssorError.self) { try registry.resolve(format: "titles", output: "x.json") }
    let error = #expect(throws: EssorError.self) { try registry.resolve(format: "x", output: nil) }
    #expect(error?.hint?.en == "table, md, slides, json, xlsx or titles.")
    // The standard registry is left as it was; registering the same format again replaces it.
    #expect(FormatRegistry.standard.names.count == 5)
    #expect(registry.registering(TitlesRenderer()).names.count == 6)
  }

  @Test func textGoesToStandardOutputOrAtomicallyToAFile() throws {
    let folder = try TemporaryFolder()
    let document = SampleDocument.make()
    let titles = try DocumentOutput.produce(
      document, renderer: TitlesRenderer(), path: nil, isTerminal: false, environment: [:])
    #expect(
      titles == "Inputs and results,Data [with] forbidden: chars? and a very long name indeed\n")
    let path = folder.file("out.titles")
    let said = try DocumentOutput.produce(
      document, renderer: TitlesRenderer(), path: path, isTerminal: true, environment: [:])
    #expect(said.isEmpty)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == titles)
    #expect(folder.contents == ["out.titles"])
  }

  @Test func aWorkbookNeedsAFile() throws {
    let error = #expect(throws: EssorError.self) {
      try DocumentOutput.produce(
        SampleDocument.make(), renderer: XLSXRenderer(), path: nil, isTerminal: true,
        environment: [:])
    }
    #expect(error?.code == .missingOption)
    #expect(error?.location == .flag("--output"))
    #expect(error?.message.en == "the xlsx format goes to a file.")
  }

  @Test func standardOutputOptionsFollowTheScreen() {
    #expect(
      RenderOptions.standardOutput(isTerminal: false, environment: [:])
        == RenderOptions(usesColor: false, width: 100, fitsTables: false))
    #expect(
      RenderOptions.standardOutput(isTerminal: false, environment: ["COLUMNS": "60"])
        == RenderOptions(usesColor: false, width: 60, fitsTables: true))
    #expect(
      RenderOptions.standardOutput(isTerminal: true, environment: ["COLUMNS": "80"])
        == RenderOptions(usesColor: true, width: 80, fitsTables: true))
    #expect(
      !RenderOptions.standardOutput(isTerminal: true, environment: ["NO_COLOR": "1"]).usesColor)
  }

  @Test func aTableForAFileIsPlainAndKeepsItsColumns() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("out.txt")
    let environment = ["COLUMNS": "30"]
    let screen = try DocumentOutput.produce(
      SampleDocument.make(), renderer: TerminalRenderer(), path: nil, isTerminal: true,
      environment: environment)
    _ = try DocumentOutput.produce(
      SampleDocument.make(), renderer: TerminalRenderer(), path: path, isTerminal: true,
      environment: environment)
    let file = try String(contentsOfFile: path, encoding: .utf8)
    #expect(screen.contains("\u{1B}[1m") && !file.contains("\u{1B}["))
    #expect(file == (try TerminalRenderer(options: .plain).render(SampleDocument.make())))
    // On a narrow screen cells wrap, they are never cut.
    #expect(!screen.contains("…"))
  }
}
