import Canvas
import EssorCore
import TestSupport
import Testing

/// The facts the pitch will take from the canvases.
@Suite struct CanvasFactTests {
  @Test func sampleWorkspaceProvidesEveryCanvasFact() throws {
    let workspace = try Workspace(root: Repository.path("samples/scic-terres-communes"))
    let facts = try ToolFacts.store([CanvasTool.self], workspace: workspace)
    for key in CanvasTool.provides {
      #expect(facts.answer(key.name).value?.kind == key.kind, "\(key)")
    }
    let segments = try #require(facts.value(Facts.Canvas.segments).value)
    #expect(!segments.items.isEmpty)
    #expect(segments.items.allSatisfy { !$0.id.isEmpty && $0.label.fr == $0.label.en })
    let competitors = try #require(facts.value(Facts.Canvas.competitors).value)
    #expect(competitors.items.count >= 2)
    let tagline = try #require(facts.value(Facts.Canvas.tagline).value)
    #expect(!tagline.fr.isEmpty)
    #expect(facts.derivations == 1)
  }

  @Test func aWorkspaceWithoutCanvasesProvidesNoFact() throws {
    let folder = try TemporaryFolder()
    let workspace = try Workspace.create(
      at: folder.file("coop"), profile: Profile(name: "Coop", legalForm: .scop))
    let facts = try ToolFacts.store([CanvasTool.self], workspace: workspace)
    #expect(facts.values(CanvasTool.provides).isEmpty)
    #expect(facts.failures.isEmpty)
  }

  @Test func aRegistryWithoutTheFinancingToolRefusesTheCanvasTool() throws {
    // Canvas consumes a fact only the Financing tool provides: alone it is refused.
    #expect(throws: EssorError.self) { try ToolRegistry([CanvasTool.self]) }
  }
}
