import Foundation
import TestSupport
import Testing

/// The programme from the command line: the action tracker and the cohort workbook open in
/// an independent reader and recalculate in LibreOffice to the values Essor wrote.
@Suite struct ProgrammeCommandTests {
  /// 2 December 2026, noon UTC.
  static let now = ["ESSOR_NOW": "1796212800"]

  private func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func theTrackerHighlightsOverdueRowsAndCountsByFormula() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("actions.xlsx")
    let result = try Repository.runEssor(
      [
        "actions", "--workspace", Repository.path("samples/scop-lauragais"), "--output", path,
        "--lang", "en",
      ], environment: Self.now)
    #expect(result.status == 0, "\(result.stderr)")
    let book = try object(try Repository.oracle("inspect_xlsx.py", [path]).stdout)
    let sheets = try #require(book["sheets"] as? [String: Any])
    #expect(Set(sheets.keys) == ["Actions", "Milestones"])
    let sheet = try Repository.oracle("xlsx_part.py", [path, "xl/worksheets/sheet1.xml"]).stdout
    #expect(sheet.contains("<conditionalFormatting"))
    #expect(sheet.contains("TODAY()"))
    #expect(sheet.contains("\"todo,doing,done,dropped\""))
    let recalculated = try object(try Repository.oracle("lo_recalc.py", [path]).stdout)
    #expect(recalculated["planted"] as? Double == 2)
    let workbook = try #require((recalculated["workbooks"] as? [[String: Any]])?.first)
    #expect((workbook["formulas"] as? Int ?? 0) == 15)
    #expect(workbook["mismatchCount"] as? Int == 0, "\(workbook)")
    let overdue = try Repository.runEssor(
      [
        "actions", "--workspace", Repository.path("samples/scop-lauragais"), "--overdue",
        "--format", "json",
      ], environment: Self.now)
    let actions = try #require(try object(overdue.stdout)["actions"] as? [[String: Any]])
    #expect(actions.compactMap { $0["id"] as? String } == ["rdv-socoden"])
  }

  @Test func theCohortReportOpensAndRecalculates() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("cohort.xlsx")
    let result = try Repository.runEssor(
      [
        "cohort", "report", "--cohort", Repository.path("samples/cohort-2027"), "--output", path,
        "--lang", "en",
      ], environment: Self.now)
    #expect(result.status == 0, "\(result.stderr)")
    let book = try object(try Repository.oracle("inspect_xlsx.py", [path]).stdout)
    let sheets = try #require(book["sheets"] as? [String: Any])
    for sheet in ["Summary", "Programme", "Readiness", "Financing", "La Fabrique du Lauragais"] {
      #expect(sheets[sheet] != nil, "\(sheet): \(sheets.keys.sorted())")
    }
    let charts = try #require(book["charts"] as? [[String: Any]])
    #expect(
      Set(charts.compactMap { ($0["kinds"] as? [String])?.first }) == [
        "pieChart", "radarChart", "barChart",
      ])
    let recalculated = try object(try Repository.oracle("lo_recalc.py", [path]).stdout)
    let workbook = try #require((recalculated["workbooks"] as? [[String: Any]])?.first)
    #expect(workbook["mismatchCount"] as? Int == 0, "\(workbook)")
    let status = try Repository.runEssor(
      ["cohort", "status", "--cohort", Repository.path("samples/cohort-2027"), "--format", "json"],
      environment: Self.now)
    let rows = try #require(try object(status.stdout)["enterprises"] as? [[String: Any]])
    #expect(rows.count == 3)
    #expect(rows.allSatisfy { $0["error"] is NSNull })
  }

  @Test func badCohortAndActionInputIsAClearErrorAndWritesNothing() throws {
    let folder = try TemporaryFolder()
    let created = try Repository.runEssor([
      "cohort", "init", folder.file("promo"), "--name", "Promo", "--start", "2027-01-04",
    ])
    #expect(created.status == 0, "\(created.stderr)")
    let text = try String(contentsOfFile: folder.file("promo/cohort.yaml"), encoding: .utf8)
    #expect(text.contains("diagnostic: 2027-02-04") && text.contains("committee: 2027-08-04"))
    let again = try Repository.runEssor(["cohort", "init", folder.file("promo")])
    #expect(again.status == 64)
    try text.replacingOccurrences(of: "workspaces: []", with: "workspaces: [../nowhere]").write(
      toFile: folder.file("promo/cohort.yaml"), atomically: true, encoding: .utf8)
    let missing = try Repository.runEssor([
      "cohort", "status", "--cohort", folder.file("promo"), "--lang", "en",
    ])
    #expect(missing.status == 65)
    #expect(missing.stderr.contains("cohort.yaml:11:14"))
    let root = folder.file("coop")
    try FileManager.default.copyItem(
      atPath: Repository.path("samples/scop-lauragais"), toPath: root)
    let before = try String(contentsOfFile: root + "/actions/plan.yaml", encoding: .utf8)
    let bad = try Repository.runEssor([
      "actions", "move", "rdv-socoden", "--due", "demain", "--workspace", root, "--lang", "en",
    ])
    #expect(bad.status == 64 && bad.stderr.contains("--due"))
    #expect(try String(contentsOfFile: root + "/actions/plan.yaml", encoding: .utf8) == before)
  }
}
