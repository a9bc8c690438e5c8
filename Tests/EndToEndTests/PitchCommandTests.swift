import Foundation
import TestSupport
import Testing

/// The pitch and the dossier as a mentor and the programme team use them: the outline from
/// the command line, the workbook they share, the slides, the dossier a committee receives.
@Suite struct PitchCommandTests {
  private func copy(_ sample: String, into folder: TemporaryFolder) throws -> String {
    let root = folder.file(sample)
    try FileManager.default.copyItem(atPath: Repository.path("samples/\(sample)"), toPath: root)
    try? FileManager.default.removeItem(atPath: root + "/pitch")
    return root
  }

  private func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func theOutlineWorkbookHasItsSheetsAChoiceListAndFormulasThatRecalculate() throws {
    let folder = try TemporaryFolder()
    let root = try copy("scic-terres-communes", into: folder)
    let outline = try Repository.runEssor(["pitch", "outline", "--workspace", root])
    #expect(outline.status == 0, "\(outline.stderr)")
    #expect(FileManager.default.fileExists(atPath: root + "/pitch/ess-financing.yaml"))
    let path = folder.file("pitch.xlsx")
    let export = try Repository.runEssor([
      "pitch", "export", "--workspace", root, "--output", path, "--lang", "en",
    ])
    #expect(export.status == 0, "\(export.stderr)")
    let book = try object(try Repository.oracle("inspect_xlsx.py", [path]).stdout)
    let sheets = try #require(book["sheets"] as? [String: Any])
    #expect(Set(sheets.keys) == ["Summary", "Outline", "Checklist", "Data"])
    let charts = try #require(book["charts"] as? [[String: Any]])
    #expect(charts.compactMap { ($0["kinds"] as? [String])?.first } == ["pieChart", "barChart"])
    // The status column offers todo, draft, ready as a list (read from the sheet's XML).
    let validation = try Repository.oracle(
      "xlsx_part.py", [path, "xl/worksheets/sheet2.xml"]
    ).stdout
    #expect(validation.contains("type=\"list\""))
    #expect(validation.contains("\"todo,draft,ready\""))
    let recalculated = try object(try Repository.oracle("lo_recalc.py", [path]).stdout)
    #expect(recalculated["planted"] as? Double == 2)
    let workbook = try #require((recalculated["workbooks"] as? [[String: Any]])?.first)
    #expect((workbook["formulas"] as? Int ?? 0) >= 5)
    #expect(workbook["mismatchCount"] as? Int == 0, "\(workbook)")
  }

  @Test func theSlidesHaveOneSlidePerOutlineSlide() throws {
    let folder = try TemporaryFolder()
    let root = try copy("sas-ess-recyclerie", into: folder)
    for (template, count) in [("ess-financing", 12), ("demo-day-3", 6), ("sequoia", 11)] {
      let result = try Repository.runEssor([
        "pitch", "export", "--workspace", root, "--template", template, "--format", "slides",
      ])
      #expect(result.status == 0, "\(result.stderr)")
      let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      // The front matter's two rules, the title slide's rule excluded: one rule per slide.
      #expect(lines.filter { $0 == "---" }.count == 2 + count, "\(template)")
      #expect(result.stdout.hasPrefix("---\nmarp: true\n"))
      #expect(result.stdout.components(separatedBy: "<!--").count - 1 == count)
    }
    let conflict = try Repository.runEssor([
      "pitch", "export", "--workspace", root, "--format", "slides", "--output",
      folder.file("deck.md"),
    ])
    #expect(conflict.status == 0, "\(conflict.stderr)")
  }

  @Test func checkNamesStaleFiguresAndExitsWith1() throws {
    let folder = try TemporaryFolder()
    let root = try copy("scop-lauragais", into: folder)
    #expect(try Repository.runEssor(["pitch", "outline", "--workspace", root]).status == 0)
    let path = root + "/pitch/ess-financing.yaml"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "  - id: \"ask\"\n    status: todo\n",
      with: "  - id: \"ask\"\n    status: draft\n    message: \"Nous cherchons 200 000 €.\"\n")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    // The message is recorded against today's figures; then the plan changes.
    #expect(try Repository.runEssor(["pitch", "outline", "--workspace", root]).status == 0)
    let scenario = root + "/financing/base.yaml"
    let plan = try String(contentsOfFile: scenario, encoding: .utf8)
    try plan.replacingOccurrences(of: "amount: 120000", with: "amount: 130000").write(
      toFile: scenario, atomically: true, encoding: .utf8)
    // Read in English, the figures compare in the workspace's language: only the change counts.
    let check = try Repository.runEssor(["pitch", "check", "--workspace", root, "--lang", "en"])
    #expect(check.status == 1, "\(check.stdout)\n\(check.stderr)")
    #expect(check.stdout.contains("financing.ask.total"))
    #expect(
      check.stdout.contains("245\u{202F}000\u{A0}€")
        && check.stdout.contains("255\u{202F}000\u{A0}€"), "\(check.stdout)")
    // The ask and the sources both changed: two stale figures.
    #expect(check.stdout.components(separatedBy: "stale-figures").count == 3)
    let bad = try Repository.runEssor([
      "pitch", "outline", "--workspace", root, "--minutes", "0", "--lang", "en",
    ])
    #expect(bad.status == 64 && bad.stderr.contains("--minutes"))
  }

  @Test func theDossierGathersEveryToolAndSurvivesABrokenCanvas() throws {
    let folder = try TemporaryFolder()
    let root = try copy("scop-lauragais", into: folder)
    let dossier = try Repository.runEssor(["export", "--workspace", root])
    #expect(dossier.status == 0, "\(dossier.stderr)")
    let path = root + "/exports/dossier.xlsx"
    let book = try object(try Repository.oracle("inspect_xlsx.py", [path]).stdout)
    let sheets = try #require(book["sheets"] as? [String: [String: Any]])
    for sheet in ["Sommaire", "Profil", "Verdict", "Plan", "ess", "Réponses"] {
      #expect(sheets[sheet] != nil, "\(sheet): \(sheets.keys.sorted())")
    }
    let recalculated = try object(try Repository.oracle("lo_recalc.py", [path]).stdout)
    let workbook = try #require((recalculated["workbooks"] as? [[String: Any]])?.first)
    #expect((workbook["formulas"] as? Int ?? 0) > 2000)
    #expect(workbook["mismatchCount"] as? Int == 0, "\(workbook)")
    // A canvas broken: the dossier still builds, the part is a warning.
    try "schema: 1\nkind: nope\n".write(
      toFile: root + "/canvas/ess.yaml", atomically: true, encoding: .utf8)
    let degraded = try Repository.runEssor([
      "export", "--workspace", root, "--format", "json", "--lang", "en",
    ])
    #expect(degraded.status == 0, "\(degraded.stderr)")
    #expect(degraded.stderr.contains("warning"))
    #expect(degraded.stderr.contains("ess.yaml"))
    let contents = try object(degraded.stdout)
    #expect(degraded.stdout.contains("Verdict"))
    #expect(contents["document"] != nil || contents["sections"] != nil || contents["title"] != nil)
  }

  @Test(arguments: ["scop-lauragais", "scic-terres-communes", "sas-ess-recyclerie"])
  func everySampleHasItsDossierAndAnOutlineWithItsOwnFigures(sample: String) throws {
    let folder = try TemporaryFolder()
    let root = try copy(sample, into: folder)
    let dossier = try Repository.runEssor(["export", "--workspace", root, "--format", "json"])
    #expect(dossier.status == 0, "\(dossier.stderr)")
    let outline = try object(
      try Repository.runEssor(["pitch", "export", "--workspace", root, "--format", "json"]).stdout)
    let slides = try #require(outline["slides"] as? [[String: Any]])
    let ask = try #require(slides.first { $0["id"] as? String == "ask" })
    let figures = try #require(ask["figures"] as? [[String: Any]])
    // The ask quotes this enterprise's own figure, from its own scenario.
    let plan = try object(
      try Repository.runEssor(["finance", "plan", "--workspace", root, "--format", "json"]).stdout)
    let summary = try #require(plan["plan"] as? [String: Any])
    let asked = try #require(summary["askTotal"] as? Double)
    let figure = try #require(figures.first { $0["fact"] as? String == "financing.ask.total" })
    let digits = String(Int(asked.rounded()))
    #expect(
      (figure["value"] as? String)?.filter(\.isNumber) == digits, "\(figure) vs \(asked)")
    #expect((ask["missing"] as? [Any])?.isEmpty == true)
  }
}
