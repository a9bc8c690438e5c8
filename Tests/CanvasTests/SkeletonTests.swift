import Canvas
import EssorCore
import Testing

/// The skeletons `essor canvas new` writes read back as canvases of their kind.
@Suite struct SkeletonTests {
  @Test func namesWithLineBreaksAndControlsStayInsideTheirComment() throws {
    let kind = try #require(try ShippedKinds.catalog.kind("strategy"))
    let text = CanvasSkeleton.text(
      kind, language: .fr, enterprise: "Ligne1\nkind: evil\u{1B}[31m\u{9B}")
    #expect(!text.contains("\nkind: evil"))
    let canvas = try ShippedKinds.canvas(text, path: "canvas/strategy.yaml")
    #expect(canvas.kind.id == "strategy")
    #expect(canvas.curve?.us?.name == "Ligne1\nkind: evil\u{1B}[31m\u{9B}")
  }

  @Test(arguments: KindTests.shipped) func skeletonReadsBackInBothLanguages(_ id: String) throws {
    let kind = try #require(try ShippedKinds.catalog.kind(id))
    for language in Language.allCases {
      let text = CanvasSkeleton.text(kind, language: language, enterprise: "La Fabrique")
      #expect(text.contains("schema: 1\nkind: \(id)\n"))
      for block in kind.blocks {
        #expect(text.contains("  \(block.id): []"))
        #expect(text.contains(block.title(language)))
      }
      let canvas = try ShippedKinds.canvas(text, path: "canvas/\(id).yaml")
      #expect(canvas.kind.id == id)
      let empty = canvas.blocks.values.allSatisfy { $0.isEmpty }
      #expect(empty)
      let required = CanvasChecks.run(canvas, context: CheckContext()).filter {
        $0.diagnostic.source == "required-blocks"
      }
      #expect(required.count == kind.blocks.filter(\.required).count)
      if kind.curve != nil { #expect(canvas.curve?.us?.name == "La Fabrique") }
    }
  }
}
