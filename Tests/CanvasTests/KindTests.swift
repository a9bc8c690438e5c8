import Canvas
import EssorCore
import Foundation
import TestSupport
import Testing

/// The shipped canvas kinds load and lint cleanly; the kind lint catches what it must.
@Suite struct KindTests {
  static let shipped = ["bmc", "ess", "lean", "strategy"]

  @Test(arguments: shipped) func shippedKindLoadsWithoutWarningsAndTilesItsGrid(_ id: String)
    throws
  {
    let path = Repository.path("templates/canvas/\(id).yaml")
    let result = try CanvasKindReader.load(path: path)
    #expect(result.kind.id == id)
    #expect(result.warnings.isEmpty, "\(result.warnings.map(\.description))")
    var covered = 0
    for block in result.kind.blocks {
      #expect(!block.title.fr.isEmpty && !block.title.en.isEmpty)
      #expect((1...3).contains(block.questions.count), "\(id).\(block.id) questions")
      covered += block.position.width * block.position.height
    }
    #expect(covered == result.kind.columns * result.kind.rows, "\(id) leaves holes in its grid")
  }

  @Test func shippedKindsHaveTheBlocksTheIssueNames() throws {
    let catalog = ShippedKinds.catalog
    #expect(Set(catalog.ids).isSuperset(of: Self.shipped))
    let bmc = try #require(try catalog.kind("bmc"))
    #expect(bmc.blocks.count == 9)
    #expect(bmc.credit?.en.contains("CC BY-SA") == true)
    #expect(try #require(try catalog.kind("lean")).blocks.count == 9)
    let ess = try #require(try catalog.kind("ess"))
    for role in [
      Role.problem, .beneficiaries, .segments, .socialValue, .valuePropositions,
      .governance, .impactMeasures, .revenues, .costs, .surplus, .partners, .resources,
    ] {
      #expect(ess.block(role: role) != nil, "ess lacks \(role)")
    }
    #expect(
      ess.block(role: .impactMeasures)?.categories.map(\.id)
        == ["what", "who", "how-much", "contribution", "risk"])
    #expect(ess.block(role: .revenues)?.categories.map(\.id).contains("public-contracts") == true)
    let strategy = try #require(try catalog.kind("strategy"))
    #expect(strategy.curve?.factors == 6...12)
    #expect(strategy.curve?.levels == 0...10)
    #expect(strategy.curve?.minimumRivals == 2)
    #expect(Role.errc.allSatisfy { strategy.block(role: $0)?.refersToFactors == true })
  }

  static let valid = """
    schema: 1
    kind: swot
    default-language: fr
    title: {fr: "SWOT", en: "SWOT"}
    layout: {columns: 2, rows: 1}
    blocks:
      - id: strengths
        title: {fr: "Forces", en: "Strengths"}
        position: {row: 1, column: 1}
        questions: [{fr: "Sur quoi compter ?", en: "What can you rely on?"}]
      - id: weaknesses
        title: {fr: "Faiblesses", en: "Weaknesses"}
        position: {row: 1, column: 2}
        questions: [{fr: "Qu’est-ce qui manque ?", en: "What is missing?"}]
    """

  private func lint(_ text: String) -> (CanvasKindReader.Result?, EssorError?) {
    do {
      return (
        try CanvasKindReader.read(YAMLDocument.parse(text, path: "swot.yaml"), path: "swot.yaml"),
        nil
      )
    } catch let error as EssorError {
      return (nil, error)
    } catch {
      return (nil, nil)
    }
  }

  @Test func aValidKindLoads() throws {
    let (result, error) = lint(Self.valid)
    #expect(error == nil, "\(String(describing: error))")
    #expect(result?.kind.blocks.map(\.id) == ["strengths", "weaknesses"])
    #expect(result?.warnings.isEmpty == true)
  }

  @Test(arguments: [
    ("id: weaknesses", "id: strengths", "E207", 11, "already defined on line 7"),
    ("position: {row: 1, column: 2}", "position: {row: 1, column: 1}", "E204", 13, "overlaps"),
    ("position: {row: 1, column: 2}", "position: {row: 1, column: 3}", "E204", 13, "1 to 2"),
    (
      "position: {row: 1, column: 2}", "position: {row: 1, column: 2}\n    min: 3\n    max: 2",
      "E204", 14, "min (3) exceeds max (2)"
    ),
    (
      "position: {row: 1, column: 2}", "position: {row: 1, column: 2}\n    refers-to: factors",
      "E204", 14, "curve"
    ),
    ("{fr: \"Forces\", en: \"Strengths\"}", "{en: \"Strengths\"}", "E202", 8, "default language"),
    (
      "questions: [{fr: \"Qu’est-ce qui manque ?\", en: \"What is missing?\"}]", "questions: []",
      "E204", 14, "1 to 3 are needed"
    ),
    (
      "position: {row: 1, column: 2}", "position: {row: 1, column: 2}\n    role: segment", "E204",
      14,
      "segments"
    ),
  ])
  func kindLintStopsAtErrorsWithTheirLine(
    _ replaced: String, _ replacement: String, _ code: String, _ line: Int, _ words: String
  ) {
    let text = Self.valid.replacingOccurrences(of: replaced, with: replacement)
    let (_, error) = lint(text)
    #expect(error?.code.rawValue == code, "\(String(describing: error))")
    #expect(
      error?.location
        == .file(
          path: "swot.yaml", line: line,
          column: error.flatMap {
            if case .file(_, _, let column)? = $0.location { return column } else { return nil }
          }))
    #expect(error?.description.contains(words) == true, "\(String(describing: error))")
    #expect(error?.kind.exitCode == 65)
  }

  @Test func aRoleUsedTwiceIsAnError() {
    let text = Self.valid.replacingOccurrences(
      of: "id: strengths", with: "id: strengths\n    role: problem"
    ).replacingOccurrences(of: "id: weaknesses", with: "id: weaknesses\n    role: problem")
    let (_, error) = lint(text)
    #expect(error?.code == .duplicate)
    #expect(error?.description.contains("already belongs to the block “strengths”") == true)
  }

  @Test func aMissingOtherLanguageIsAWarningThatFallsBack() throws {
    let text = Self.valid.replacingOccurrences(
      of: "{fr: \"Forces\", en: \"Strengths\"}", with: "{fr: \"Forces\"}")
    let (result, error) = lint(text)
    #expect(error == nil)
    let loaded = try #require(result)
    #expect(loaded.warnings.count == 1)
    #expect(loaded.warnings.first?.line == 8)
    #expect(loaded.kind.blocks.first?.title.en == "Forces")
  }
}
