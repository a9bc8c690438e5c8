import Canvas
import EssorCore
import Testing

/// Running the checks on a canvas: only those that apply to its kind.
@Suite struct CheckRunTests {
  @Test func aCheckThatDoesNotApplyToAKindIsNotRun() throws {
    let canvas = try ShippedKinds.canvas(
      """
      schema: 1
      kind: bmc
      blocks:
        segments: ["Tout le monde"]
      """)
    let ran = Set(CanvasChecks.run(canvas, context: CheckContext()).map(\.diagnostic.source))
    #expect(ran.contains("vague-words"))
    #expect(ran.contains("required-blocks"))
    #expect(!ran.contains("no-focus") && !ran.contains("beneficiary-orphans"))
  }
}
