import EssorCore
import EssorReport
import Financing
import Foundation
import TestSupport
import Testing

/// Any two documents render together in every format: the plan and the loans, the same
/// plan twice, with formulas that still compute in LibreOffice.
@Suite struct DocumentCompositionTests {
  private func plan(_ sample: String) throws -> Document {
    let workspace = try Workspace(root: Repository.path("samples/\(sample)"))
    let result = try FinancingTool.run(
      "plan", input: ToolInput(),
      context: ToolContext(language: .fr, workspace: workspace, clock: FixedClock.test))
    return try #require(result.document)
  }

  private func loans(_ sample: String) throws -> Document {
    let workspace = try Workspace(root: Repository.path("samples/\(sample)"))
    let result = try FinancingTool.run(
      "loan", input: ToolInput(),
      context: ToolContext(language: .fr, workspace: workspace, clock: FixedClock.test))
    return try #require(result.document)
  }

  @Test func aDocumentAppendedToItselfClashesOnlyWithoutANamespace() throws {
    let plan = try plan("scop-lauragais")
    try plan.validate()
    var doubled = plan
    doubled.sections += plan.sections
    let clash = #expect(throws: EssorError.self) { try doubled.validate() }
    #expect(clash?.message.en.contains("two tables share the id") == true)
    let twice = try plan.appending(plan, namespace: "again")
    #expect(twice.sections.count == 2 * plan.sections.count)
    #expect(twice.tables.count == 2 * plan.tables.count)
    #expect(twice.definedNames.count == 2 * plan.definedNames.count)
    #expect(twice.definedNames.contains("again_PurchasesRate"))
    #expect(twice.payload?.last?.0 == "again")
  }

  @Test func formulasFollowTheirTablesAndNamesIntoTheNamespace() throws {
    let document = Document(
      title: "T", language: .en,
      sections: [
        Section(
          title: "Inputs",
          blocks: [
            .keyFigures([KeyFigure("Rate", Cell(.percent(0.04), name: "Rate"))]),
            .table(
              Table(
                id: "t", columns: [Column("a", "A", .money), Column("b", "B", .money)],
                rows: [
                  Row([
                    .money(Money(euros: 10)),
                    Cell(.money(Money(cents: 1040)), formula: "ROUND({a}*(1+Rate),2)"),
                  ]),
                  Row([
                    .empty,
                    Cell(
                      .money(Money(cents: 1040)),
                      formula: "SUM({t.b#0..0})+IF(\"Rate\"=\"x\",1,0)+RATE(1,-1,1)*0"),
                  ]),
                ])),
          ])
      ])
    let renamed = try document.namespaced("plan-b")
    let table = try #require(renamed.tables.first?.table)
    #expect(table.id == "plan-b/t")
    #expect(table.rows[0].cells[1].formula?.template == "ROUND({a}*(1+plan_b_Rate),2)")
    // A string and a function that look like the name are left alone.
    #expect(
      table.rows[1].cells[1].formula?.template
        == "SUM({plan-b/t.b#0..0})+IF(\"Rate\"=\"x\",1,0)+RATE(1,-1,1)*0")
    #expect(renamed.definedNames == ["plan_b_Rate"])
    #expect(throws: EssorError.self) { try document.namespaced("Plan B") }
  }

  @Test func aBrokenReferenceIsFoundWhenTheDocumentIsBuilt() throws {
    let document = Document(
      title: "T", language: .en,
      sections: [
        Section(
          title: "S",
          blocks: [
            .table(
              Table(
                id: "t", columns: [Column("a", "A", .money)],
                rows: [Row([Cell(.money(.zero), formula: "{t.nope#0}")])]))
          ])
      ])
    let error = #expect(throws: EssorError.self) { try document.validate() }
    #expect(error?.message.en.contains("{t.nope#0}") == true)
    #expect(error?.message.en.contains("names no column of the table “t”") == true)
  }

  @Test func thePlanAndItsLoansRenderTogetherInEveryFormat() throws {
    let combined = try plan("scic-terres-communes").appending(
      loans("scic-terres-communes"), namespace: "loans"
    ).appending(plan("sas-ess-recyclerie"), namespace: "other-plan")
    let folder = try TemporaryFolder()
    for renderer in FormatRegistry.standard.renderers {
      let path = folder.file("combined." + (renderer.fileExtensions.first ?? renderer.format))
      _ = try renderer.write(combined, to: .file(path))
      let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      #expect(size > 1000, "\(renderer.format)")
    }
    let workbook = folder.file("combined.xlsx")
    let check = try Repository.oracle("lo_recalc.py", [workbook])
    #expect(check.status == 0, "\(check.stderr)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
    #expect(report["planted"] as? Double == 2, "LibreOffice did not recalculate")
    let book = try #require((report["workbooks"] as? [[String: Any]])?.first)
    #expect((book["formulas"] as? Int ?? 0) > 3000)
    #expect(book["mismatchCount"] as? Int == 0, "\(book)")
  }
}
