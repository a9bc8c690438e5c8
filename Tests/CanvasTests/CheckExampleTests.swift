import Canvas
import EssorCore
import Testing

/// Runs every check's own examples: each triggering example gives exactly the findings it
/// declares, each passing example gives none (the way SwiftLint verifies its rules).
@Suite struct CheckExampleTests {
  static let checkIDs = CanvasChecks.all.map { $0.id }

  @Test func everyCheckHasAUniqueIDAndExamplesBothWays() {
    #expect(Set(Self.checkIDs).count == Self.checkIDs.count)
    for check in CanvasChecks.all {
      #expect(check.examples.contains { $0.findings > 0 }, "\(check.id) has no triggering example")
      #expect(check.examples.contains { $0.findings == 0 }, "\(check.id) has no passing example")
    }
  }

  @Test(arguments: checkIDs) func examplesGiveTheFindingsTheyDeclare(_ id: String) throws {
    let check = try #require(CanvasChecks.all.first { $0.id == id })
    for (index, example) in check.examples.enumerated() {
      let canvas = try ShippedKinds.canvas(
        example.fileText, path: "canvas/\(id)-example-\(index + 1).yaml")
      let applies = check.applies(to: canvas.kind)
      #expect(applies, "\(id) does not apply to \(example.kind)")
      let findings = check.findings(in: canvas, context: CheckContext(facts: example.facts))
      #expect(
        findings.count == example.findings,
        "\(id) example \(index + 1): \(findings.map { $0.message.en })")
      for finding in findings {
        #expect(finding.check == id)
        #expect(finding.severity == check.severity)
        #expect(!finding.message.fr.isEmpty && !finding.message.en.isEmpty)
        #expect(finding.message.fr != finding.message.en, "\(id) speaks one language only")
      }
    }
  }

  @Test func aCheckThatDoesNotApplyToAKindIsNotRun() throws {
    let canvas = try ShippedKinds.canvas(
      """
      schema: 1
      kind: bmc
      blocks:
        segments: ["Tout le monde"]
      """)
    let ran = Set(CanvasChecks.run(canvas, context: CheckContext()).map(\.check))
    #expect(ran.contains("vague-words"))
    #expect(ran.contains("required-blocks"))
    #expect(!ran.contains("no-focus") && !ran.contains("beneficiary-orphans"))
  }
}
