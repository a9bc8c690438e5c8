import Canvas
import EssorCore
import TestSupport
import Testing

/// The facts the pitch will take from the canvases.
@Suite struct CanvasFactTests {
  @Test func sampleWorkspaceProvidesEveryCanvasFact() throws {
    let workspace = try Workspace(root: Repository.path("samples/scic-terres-communes"))
    let facts = try CanvasTool.facts(in: workspace)
    #expect(Set(facts.keys) == Set(CanvasTool.providedFacts))
    guard case .list(let segments)? = facts[.segments] else {
      Issue.record("no segments")
      return
    }
    #expect(!segments.isEmpty)
    guard case .list(let competitors)? = facts[.competitors] else {
      Issue.record("no competitors")
      return
    }
    #expect(competitors.count >= 2)
    guard case .text(let tagline)? = facts[.tagline] else {
      Issue.record("no tagline")
      return
    }
    #expect(!tagline.isEmpty)
  }

  @Test func aWorkspaceWithoutCanvasesProvidesNoFact() throws {
    let folder = try TemporaryFolder()
    let workspace = try Workspace.create(
      at: folder.file("coop"), profile: Profile(name: "Coop", legalForm: .scop))
    #expect(try CanvasTool.facts(in: workspace).isEmpty)
  }

  @Test func aRegistryWithoutTheFinancingToolRefusesTheCanvasTool() throws {
    // Canvas consumes a fact only the Financing tool provides: alone it is refused.
    #expect(throws: EssorError.self) { try ToolRegistry([CanvasTool.self]) }
  }
}
