import Foundation
import TestSupport
import Testing

/// `essor diagnose` run by a person at a real terminal, by a script, and on bad files.
@Suite(.serialized) struct DiagnoseCommandTests {
  /// A workspace whose own templates folder holds the small fixture questionnaire.
  private func workspace(_ folder: TemporaryFolder, language: String = "fr") throws -> String {
    let root = folder.file("coop")
    let created = try Repository.runEssor([
      "init", root, "--name", "La Fabrique", "--form", "scic", "--lang", language,
    ])
    #expect(created.status == 0, "\(created.stderr)")
    try FileManager.default.createDirectory(
      atPath: root + "/templates/diagnostic", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Repository.path("Tests/Fixtures/diagnostic/fixture.yaml"),
      toPath: root + "/templates/diagnostic/fixture.yaml")
    return root
  }

  private func answers(_ root: String) -> String {
    (try? String(contentsOfFile: root + "/diagnostic/fixture.answers.yaml", encoding: .utf8)) ?? ""
  }

  /// Runs the built essor in a pseudo-terminal through `steps` (expect → send or kill).
  private func terminal(_ steps: [[String: Any]], _ arguments: [String]) throws -> [String: Any] {
    let json = String(decoding: try JSONSerialization.data(withJSONObject: steps), as: UTF8.self)
    let result = try Subprocess.run(
      "/usr/bin/env",
      ["python3", Repository.path("Tests/Oracles/pty_session.py"), json, Repository.essor]
        + arguments, removing: ["LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS"])
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(try jsonObject(result.stdout) as? [String: Any])
  }

  @Test func aPersonAnswersGoesBackIsInterruptedResumesAndFinishes() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder)
    let run = ["diagnose", "--template", "fixture", "--workspace", root]
    let first = try terminal(
      [
        ["expect": "Bienvenue", "send": "\r"],
        ["expect": "Partie 1/2 · Première — 0 réponse(s)", "send": "?\r"],
        ["expect": "Celui des statuts.", "send": "9\r"],
        ["expect": "Réponse refusée : tapez un numéro de 1 à 3.", "send": "2\r"],
        ["expect": "1 réponse(s) sur 7 questions au plus", "send": "<\r"],
        ["expect": "Réponse enregistrée : 2 (SCIC)", "send": "\r"],
        ["expect": "Collèges ?", "send": "4\r"],
        ["expect": "Confiance ?", "send": "\u{3}"],
      ], run)
    #expect(first["timedOut"] is NSNull, "\(first)")
    #expect(first["status"] as? Int == 130, "Ctrl-C: \(first)")
    #expect(
      (first["transcript"] as? String)?.contains("Interrompu : vos réponses sont enregistrées")
        == true)
    let saved = answers(root)
    #expect(saved.contains("form: {value: scic"))
    #expect(saved.contains("colleges: {value: 4"))
    #expect(!saved.contains("confidence"))
    // The answers and the run's lock file (a flock, released by the kernel): no temporary.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: root + "/diagnostic").sorted()
        == ["fixture.answers.yaml", "fixture.answers.yaml.lock"], "no temporary file left behind")

    let second = try terminal(
      [
        ["expect": "Reprise : 2 réponse(s)", "send": ""],
        ["expect": "2 réponse(s) sur 7", "send": "4\r"],
        ["expect": "Outils ?", "send": "1,4\r"],
        ["expect": "exclut les autres choix", "send": "1,2\r"],
        ["expect": "Preuve (facultative) — Lequel ?", "send": "contrat de 2026\r"],
        ["expect": "Trésorerie ?", "send": "2,5\r"],
        ["expect": "Comptes certifiés ?", "send": "o\r"],
        ["expect": "Remarque ?", "send": "skip\r"],
        ["expect": "Rapport :", "send": ""],
      ], run)
    #expect(second["timedOut"] is NSNull, "\(second)")
    #expect(second["status"] as? Int == 0, "\(second)")
    let transcript = try #require(second["transcript"] as? String)
    #expect(transcript.contains("Niveau"))
    #expect(transcript.contains("Recommandations, par priorité"))
    let final = answers(root)
    #expect(final.contains("completed:"))
    #expect(final.contains("tools: {value: [a, b], at:"))
    #expect(final.contains("evidence: \"contrat de 2026\""))
    #expect(final.contains("note: {skipped: true"))
    #expect(FileManager.default.fileExists(atPath: root + "/exports/diagnostic-fixture.xlsx"))
    let history = try FileManager.default.contentsOfDirectory(atPath: root + "/diagnostic/history")
    #expect(history.count == 1)
  }

  @Test func anAnswerConfirmedBeforeSIGKILLIsInTheFile() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder)
    let result = try terminal(
      [
        ["expect": "Bienvenue", "send": "\r"],
        ["expect": "Partie 1/2", "send": "3\r"],
        ["expect": "1 réponse(s)", "kill": 9],
      ], ["diagnose", "--template", "fixture", "--workspace", root])
    #expect(result["status"] as? Int == -9, "\(result)")
    #expect(answers(root).contains("form: {value: asso"))
  }

  @Test func sigtermLeavesEveryAnswerSavedAndSaysSo() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder, language: "en")
    let result = try terminal(
      [
        ["expect": "Welcome", "send": "\r"],
        ["expect": "Part 1/2", "send": "1\r"],
        ["expect": "Confidence?", "send": "4\r"],
        ["expect": "Tools?", "kill": 15],
      ], ["diagnose", "--template", "fixture", "--workspace", root])
    #expect(result["status"] as? Int == 143, "\(result)")
    #expect(
      (result["transcript"] as? String)?.contains("Interrupted: your answers are saved") == true)
    let saved = answers(root)
    #expect(saved.contains("form: {value: scop") && saved.contains("confidence: {value: 4"))
  }

  /// A report on a run stopped early says so first, scores only what was answered and shows
  /// neither a level nor a failed condition for questions never asked.
  @Test func aPartialReportSaysSoFirstAndJudgesNothingUnasked() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder, language: "en")
    try """
    schema: 1
    template: fixture
    version: "1"
    language: en
    started: "2026-10-21T00:00:00Z"
    answers:
      form: {value: scop, at: "2026-10-21T00:00:00Z"}
    """.write(toFile: root + "/diagnostic/fixture.answers.yaml", atomically: true, encoding: .utf8)
    let result = try Repository.runEssor(
      ["diagnose", "report", "--template", "fixture", "--workspace", root, "--lang", "en"],
      environment: ["COLUMNS": "80"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let first = try #require(lines.first { $0.hasPrefix("■") }.flatMap { lines.firstIndex(of: $0) })
    #expect(lines[first + 1].hasPrefix("◐ Partial diagnostic"), "\(result.stdout)")
    #expect(result.stdout.contains("not yet (partial diagnostic)"))
    #expect(!result.stdout.contains("Conditions not met"))
    #expect(result.stdout.contains("Conditions not answered yet"))
  }

  @Test func aScriptAnswersOneLinePerQuestion() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder, language: "en")
    let script = ["", "1", "5", "1,2,3", "", "na", "y", "All good"].joined(separator: "\n") + "\n"
    let result = try Repository.runEssor(
      ["diagnose", "--template", "fixture", "--workspace", root],
      environment: ["ESSOR_NOW": "1790000000"],
      stdin: script)
    #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    #expect(result.stdout.contains("Report: "))
    #expect(answers(root).contains("completed: \"2026-09-21T"))
    let report = try Repository.runEssor([
      "diagnose", "report", "--template", "fixture", "--workspace", root, "--format", "json",
    ])
    let object = try #require(try jsonObject(report.stdout) as? [String: Any])
    #expect(object["level"] as? String == "high")
    #expect(object["total"] as? Double == 100)
    #expect(object["complete"] as? Bool == true)
    // The same file, scored without asking.
    let scored = try Repository.runEssor([
      "diagnose", "--answers", root + "/diagnostic/fixture.answers.yaml", "--workspace", root,
      "--format", "json",
    ])
    #expect(scored.status == 0, "\(scored.stderr)")
    #expect(try jsonObject(scored.stdout) as? NSDictionary == object as NSDictionary)
    // Running a completed questionnaire again says so and shows the summary.
    let again = try Repository.runEssor(
      ["diagnose", "--template", "fixture", "--workspace", root], stdin: "")
    #expect(again.status == 0)
    #expect(again.stdout.contains("This questionnaire is complete"))
  }

  @Test func aNewRunLaterIsComparedWithTheFirst() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder)
    let run = ["diagnose", "--template", "fixture", "--workspace", root]
    let early = ["", "3", "1", "4", "", "na", "n", "skip"].joined(separator: "\n") + "\n"
    #expect(
      try Repository.runEssor(run, environment: ["ESSOR_NOW": "1772438400"], stdin: early).status
        == 0)
    // Months later: everything again, Enter keeps an answer.
    let later = ["", "1", "5", "1,2", "", "4", "o", ""].joined(separator: "\n") + "\n"
    let second = try Repository.runEssor(
      run + ["--new-run"], environment: ["ESSOR_NOW": "1792540800"], stdin: later)
    #expect(second.status == 0, "\(second.stdout)\n\(second.stderr)")
    #expect(second.stdout.contains("Nouveau passage"))
    let history = try FileManager.default.contentsOfDirectory(atPath: root + "/diagnostic/history")
    #expect(history.count == 2)
    let compare = try Repository.runEssor([
      "diagnose", "compare", "--template", "fixture", "--workspace", root, "--format", "json",
    ])
    #expect(compare.status == 0, "\(compare.stderr)")
    let object = try #require(try jsonObject(compare.stdout) as? [String: Any])
    let before = try #require(object["before"] as? [String: Any])
    let after = try #require(object["after"] as? [String: Any])
    #expect(before["level"] as? String == "low")
    #expect(after["level"] as? String == "high")
    #expect((before["completed"] as? String)?.hasPrefix("2026-03-02") == true)
    let path = folder.file("progress.xlsx")
    let workbook = try Repository.runEssor([
      "diagnose", "compare", "--template", "fixture", "--workspace", root, "--format", "xlsx",
      "--output", path,
    ])
    #expect(workbook.status == 0)
    let inspected = try Repository.oracle("inspect_xlsx.py", [path])
    let book = try #require(try jsonObject(inspected.stdout) as? [String: Any])
    let charts = try #require(book["charts"] as? [[String: Any]])
    #expect(charts.first?["kinds"] as? [String] == ["radarChart"])
  }

  @Test func theReportWorkbookHasItsSheetsAndARadarChart() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder)
    let script = ["", "2", "4", "3", "1", "", "2", "o", "Rien"].joined(separator: "\n") + "\n"
    #expect(
      try Repository.runEssor(
        ["diagnose", "--template", "fixture", "--workspace", root], stdin: script
      )
      .status == 0)
    let path = folder.file("report.xlsx")
    let result = try Repository.runEssor([
      "diagnose", "report", "--template", "fixture", "--workspace", root, "--format", "xlsx",
      "--output", path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let inspected = try Repository.oracle("inspect_xlsx.py", [path])
    let book = try #require(try jsonObject(inspected.stdout) as? [String: Any])
    let sheets = try #require(book["sheets"] as? [String: [String: Any]])
    #expect(Set(sheets.keys) == ["Synthèse", "Réponses", "Recommandations"])
    let charts = try #require(book["charts"] as? [[String: Any]])
    #expect(charts.count == 1)
    #expect(charts.first?["kinds"] as? [String] == ["radarChart"])
    let answers = try #require(sheets["Réponses"]?["cells"] as? [String: [String: Any]])
    #expect(answers["A3"]?["value"] as? String == "Id")
    #expect(answers["A4"]?["value"] as? String == "form")
  }

  @Test func aSecondSessionIsRefusedWhileTheFirstRunsAndAStaleLockIsTakenOver() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder, language: "en")
    try FileManager.default.createDirectory(
      atPath: root + "/diagnostic", withIntermediateDirectories: true)
    let lock = root + "/diagnostic/fixture.answers.yaml.lock"
    // A live session (this test, standing in for one) holds the lock with flock.
    let descriptor = open(lock, O_RDWR | O_CREAT, 0o644)
    #expect(descriptor >= 0)
    #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
    _ = "4242\n".withCString { write(descriptor, $0, 5) }
    let refused = try Repository.runEssor(
      ["diagnose", "--template", "fixture", "--workspace", root, "--lang", "en"], stdin: "\n1\n")
    #expect(refused.status == 64, "\(refused.stderr)")
    #expect(refused.stderr.contains("another “essor diagnose” (process 4242) is already filling"))
    #expect(!FileManager.default.fileExists(atPath: root + "/diagnostic/fixture.answers.yaml"))
    // The holder ends (its descriptor closes, as at a crash or kill -9): the lock file left
    // behind, even naming a process, is no obstacle.
    close(descriptor)
    let taken = try Repository.runEssor(
      ["diagnose", "--template", "fixture", "--workspace", root], stdin: "\n1\nq\n")
    #expect(taken.status == 0, "\(taken.stderr)")
    #expect(answers(root).contains("form: {value: scop"))
    let again = try Repository.runEssor(
      ["diagnose", "--template", "fixture", "--workspace", root], stdin: "q\n")
    #expect(again.status == 0, "\(again.stderr)")
  }

  @Test func aNewTemplateVersionKeepsACopyOfTheEarlierAnswers() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder, language: "en")
    let run = ["diagnose", "--template", "fixture", "--workspace", root]
    #expect(try Repository.runEssor(run, stdin: "\n2\n4\nq\n").status == 0)
    let template = root + "/templates/diagnostic/fixture.yaml"
    let text = try String(contentsOfFile: template, encoding: .utf8)
      .replacingOccurrences(of: "version: \"1\"", with: "version: \"2\"")
      .replacingOccurrences(of: "max: 20", with: "max: 3")
    try text.write(toFile: template, atomically: true, encoding: .utf8)
    let upgraded = try Repository.runEssor(run, stdin: "q\n")
    #expect(upgraded.status == 0, "\(upgraded.stderr)")
    #expect(upgraded.stdout.contains("went from version 1 to 2"))
    #expect(upgraded.stdout.contains("These answers no longer apply:\n  - colleges: "))
    #expect(upgraded.stdout.contains("at most 3"))
    let kept = try String(
      contentsOfFile: root + "/diagnostic/fixture.v1.answers.yaml", encoding: .utf8)
    #expect(kept.contains("colleges: {value: 4"))
  }

  @Test func badFilesStopWithTheirLineAndOverwriteNothing() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder)
    // A template that fails the lint.
    let template = root + "/templates/diagnostic/fixture.yaml"
    let good = try String(contentsOfFile: template, encoding: .utf8)
    try good.replacingOccurrences(of: "when: \"form == 'scic'\"", with: "when: \"confidence > 2\"")
      .write(toFile: template, atomically: true, encoding: .utf8)
    let lint = try Repository.runEssor(["diagnose", "lint", template, "--lang", "en"])
    #expect(lint.status == 65)
    #expect(lint.stderr.contains("fixture.yaml:33:"), "\(lint.stderr)")
    #expect(lint.stderr.contains("not a question asked before this one"))
    let run = try Repository.runEssor(
      ["diagnose", "--template", "fixture", "--workspace", root], stdin: "1\n")
    #expect(run.status == 65)
    try good.write(toFile: template, atomically: true, encoding: .utf8)
    // Answers for another template, an unknown question, a wrong value: 65, file untouched.
    let path = root + "/diagnostic/fixture.answers.yaml"
    try FileManager.default.createDirectory(
      atPath: root + "/diagnostic", withIntermediateDirectories: true)
    let base = "schema: 1\ntemplate: fixture\nversion: \"1\"\nanswers:\n"
    for (text, words) in [
      ("schema: 1\ntemplate: other\nversion: \"1\"\n", "belong to the template “other”"),
      (base + "  forme: {value: scop}\n", "the question “forme” does not exist"),
      (base + "  form: {value: 12}\n", "“12” is not a choice of “form”"),
      (base + "  colleges: {value: many}\n", "a whole number"),
    ] {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      let result = try Repository.runEssor(
        ["diagnose", "--template", "fixture", "--workspace", root, "--lang", "en"], stdin: "1\n")
      #expect(result.status == 65, "\(text): \(result.stderr)")
      #expect(result.stderr.contains("fixture.answers.yaml:"), "\(result.stderr)")
      #expect(result.stderr.contains(words), "\(result.stderr)")
      #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "nothing overwritten")
    }
    let unknown = try Repository.runEssor(["diagnose", "--template", "nope", "--workspace", root])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("financing-readiness"))
  }
}

/// The sample enterprises' diagnostics: complete, consistent, and one with progress.
@Suite struct SampleDiagnosticTests {
  @Test(arguments: ["scop-lauragais", "scic-terres-communes", "sas-ess-recyclerie"])
  func sampleAnswersAreCompleteAndScored(_ sample: String) throws {
    let result = try Repository.runEssor([
      "diagnose", "report", "--workspace", Repository.path("samples/" + sample), "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let report = try #require(try jsonObject(result.stdout) as? [String: Any])
    #expect(report["complete"] as? Bool == true)
    #expect(report["level"] is String)
    let total = try #require(report["total"] as? Double)
    #expect((30...95).contains(total), "a realistic score, not all best or all worst: \(total)")
    let dimensions = try #require(report["dimensions"] as? [[String: Any]])
    #expect(dimensions.count == 6)
    #expect(dimensions.allSatisfy { $0["score"] is Double })
  }

  @Test func theSCOPProgressedOverTheProgramme() throws {
    let result = try Repository.runEssor([
      "diagnose", "compare", "--workspace", Repository.path("samples/scop-lauragais"), "--format",
      "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try jsonObject(result.stdout) as? [String: Any])
    let before = try #require((object["before"] as? [String: Any])?["total"] as? Double)
    let after = try #require((object["after"] as? [String: Any])?["total"] as? Double)
    #expect(after > before)
  }
}
