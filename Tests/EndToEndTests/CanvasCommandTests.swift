import Foundation
import TestSupport
import Testing

/// `essor canvas …` run as a user would: new, check, show in every format, kinds as data.
@Suite(.serialized) struct CanvasCommandTests {
  static let samples = [
    ("scop-lauragais", ["ess", "strategy"]), ("scic-terres-communes", ["ess", "strategy"]),
    ("sas-ess-recyclerie", ["bmc", "strategy"]),
  ]

  /// A fresh workspace in a temporary folder.
  private func workspace(_ folder: TemporaryFolder, language: String = "fr") throws -> String {
    let path = folder.file("coop")
    let result = try Repository.runEssor([
      "init", path, "--name", "La Fabrique", "--form", "scop", "--lang", language,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    return path
  }

  @Test func sampleCanvasesPassTheirChecks() throws {
    for (sample, names) in Self.samples {
      let result = try Repository.runEssor([
        "canvas", "check", "--strict", "--format", "json", "--workspace",
        Repository.path("samples/" + sample),
      ])
      #expect(result.status == 0, "\(sample): \(result.stdout) \(result.stderr)")
      let report = try #require(try jsonObject(result.stdout) as? [String: Any])
      #expect(report["errors"] as? Int == 0)
      #expect(report["warnings"] as? Int == 0)
      let canvases = try #require(report["canvases"] as? [[String: Any]])
      #expect(canvases.map { $0["name"] as? String } == names)
      // The financing cross-check ran: the samples have loans.
      for canvas in canvases where canvas["kind"] as? String != "strategy" {
        #expect((canvas["checks"] as? [String])?.contains("financing-costs") == true)
      }
    }
  }

  @Test func newWritesASkeletonThatChecksAsEmptyAndIsNeverOverwritten() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder)
    let created = try Repository.runEssor(["canvas", "new", "ess", "--workspace", root])
    #expect(created.status == 0, "\(created.stderr)")
    let path = root + "/canvas/ess.yaml"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("schema: 1\nkind: ess\n"))
    #expect(text.contains("# ── Gouvernance"))
    let check = try Repository.runEssor([
      "canvas", "check", "ess", "--workspace", root, "--format", "json",
    ])
    #expect(check.status == 1, "\(check.stderr)")
    let report = try #require(try jsonObject(check.stdout) as? [String: Any])
    #expect(report["errors"] as? Int == 14)
    // Again: refused, the file untouched.
    try "# my work\n".write(toFile: path, atomically: true, encoding: .utf8)
    let again = try Repository.runEssor(["canvas", "new", "ess", "--workspace", root])
    #expect(again.status == 64)
    #expect(again.stderr.contains("E106"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "# my work\n")
    // Another name works; an unknown kind lists the kinds.
    let named = try Repository.runEssor([
      "canvas", "new", "strategy", "--name", "strategie-2027", "--workspace", root, "--lang", "en",
    ])
    #expect(named.status == 0)
    #expect(FileManager.default.fileExists(atPath: root + "/canvas/strategie-2027.yaml"))
    let unknown = try Repository.runEssor(["canvas", "new", "swot", "--workspace", root])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("bmc, ess, lean, strategy"))
    let badName = try Repository.runEssor([
      "canvas", "new", "bmc", "--name", "../escape", "--workspace", root,
    ])
    #expect(badName.status == 64)
    #expect(!FileManager.default.fileExists(atPath: folder.file("escape.yaml")))
  }

  @Test func badCanvasFilesNameTheLineAndExitWith65() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder)
    let cases: [(String, String, String)] = [
      ("schema: 1\nkind: swot\n", "bad.yaml:2", "bmc, ess, lean, strategy"),
      ("schema: 1\nkind: bmc\nblocks:\n  partner: [x]\n", "bad.yaml:4", "“partners”"),
      (
        "schema: 1\nkind: strategy\nfactors: [price, price]\n", "bad.yaml:3",
        "already defined on line 3"
      ),
      (
        "schema: 1\nkind: strategy\nfactors: [price]\nplayers:\n  - {name: Us, us: true, levels: {price: 12}}\n",
        "bad.yaml:5", "0 to 10"
      ),
      (
        "schema: 1\nkind: strategy\nfactors: [price, speed]\nplayers:\n  - name: Us\n    us: true\n    levels: {price: 2}\n",
        "bad.yaml:7", "no level for the factor “speed”"
      ),
    ]
    for (text, place, words) in cases {
      try text.write(toFile: root + "/canvas/bad.yaml", atomically: true, encoding: .utf8)
      for command in ["check", "show"] {
        let result = try Repository.runEssor([
          "canvas", command, "bad", "--workspace", root, "--lang", "en",
        ])
        #expect(result.status == 65, "\(text) → \(result.stderr)")
        #expect(result.stderr.contains(place), "\(result.stderr)")
        #expect(result.stderr.contains(words), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
      }
    }
    let missing = try Repository.runEssor(["canvas", "show", "nothing", "--workspace", root])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("bad"), "the available canvases are listed")
  }

  @Test func workbookDrawsTheCanvasWithMergedCellsAndTheValueCurveChart() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("canvases.xlsx")
    let result = try Repository.runEssor([
      "canvas", "show", "--workspace", Repository.path("samples/sas-ess-recyclerie"), "--format",
      "xlsx", "--output", path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let inspected = try Repository.oracle("inspect_xlsx.py", [path])
    #expect(inspected.status == 0, "\(inspected.stderr)")
    let book = try #require(try jsonObject(inspected.stdout) as? [String: Any])
    let sheets = try #require(book["sheets"] as? [String: [String: Any]])
    // The strategy canvas's items carry no status or links: no items sheet for it.
    #expect(Set(sheets.keys) == ["bmc", "Items bmc", "strategy"])
    // The BMC laid out as on paper: below the title and description, from row 5, two sheet
    // rows (title, body) per grid row.
    let bmc = try #require(sheets["bmc"])
    let merged = Set(try #require(bmc["merged"] as? [String]))
    #expect(
      merged.isSuperset(of: ["A5:B5", "A6:B8", "I5:J5", "I6:J8", "A9:E9", "A10:E10", "F10:J10"]),
      "\(merged.sorted())")
    let cells = try #require(bmc["cells"] as? [String: [String: Any]])
    #expect(cells["I5"]?["value"] as? String == "Customer segments")
    #expect((cells["I6"]?["value"] as? String)?.hasPrefix("• ") == true)
    #expect((bmc["wrapped"] as? [String])?.contains("I6") == true)
    // The strategy sheet: levels table, a line chart over it, the ERRC grid.
    let strategy = try #require(sheets["strategy"])
    let levels = try #require(strategy["cells"] as? [String: [String: Any]])
    #expect(levels["A6"]?["value"] as? String == "Factor")
    #expect(levels["B7"]?["type"] as? String == "n")
    let charts = try #require(book["charts"] as? [[String: Any]])
    #expect(charts.count == 1)
    #expect((charts.first?["kinds"] as? [String]) == ["lineChart"])
    let strategyMerged = try #require(strategy["merged"] as? [String])
    #expect(!strategyMerged.isEmpty, "the tagline spans the ERRC grid")
  }

  @Test func terminalGridFitsARealTerminal() throws {
    for columns in [80, 132] {
      let command = [
        "python3", Repository.path("Tests/Oracles/run_in_pty.py"), Repository.essor, "canvas",
        "show", "--workspace", Repository.path("samples/sas-ess-recyclerie"),
      ]
      let result = try Subprocess.run(
        "/usr/bin/env", command, environment: ["PTY_COLUMNS": "\(columns)"],
        removing: ["COLUMNS", "NO_COLOR"])
      #expect(result.status == 0, "\(result.stderr)")
      let plain = result.stdout.replacingOccurrences(
        of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
      let lines = plain.components(separatedBy: "\r\n")
      let boxes = lines.filter { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("└") }
      #expect(boxes.count > 10)
      for line in lines { #expect(line.count <= columns, "\(columns): \(line)") }
    }
  }

  @Test func markdownAndJSONCarryEveryBlock() throws {
    let root = Repository.path("samples/scop-lauragais")
    let markdown = try Repository.runEssor([
      "canvas", "show", "ess", "--workspace", root, "--format", "md",
    ])
    #expect(markdown.status == 0)
    let headings = markdown.stdout.split(separator: "\n").filter { $0.hasPrefix("### ") }
    #expect(headings.count == 14)
    #expect(headings.contains("### Gouvernance et sociétariat"))
    let json = try Repository.runEssor([
      "canvas", "show", "strategy", "--workspace", root, "--format", "json",
    ])
    let object = try #require(try jsonObject(json.stdout) as? [String: Any])
    #expect(object["schema"] as? Int == 1)
    let canvas = try #require((object["canvases"] as? [[String: Any]])?.first)
    #expect(canvas["kind"] as? String == "strategy")
    let players = try #require(canvas["players"] as? [[String: Any]])
    #expect(players.filter { $0["us"] as? Bool == true }.count == 1)
    #expect(players.count >= 3)
  }

  @Test func aKindAddedAsADataFileWorksWithoutCode() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder, language: "en")
    let kinds = folder.file("programme/canvas")
    try FileManager.default.createDirectory(atPath: kinds, withIntermediateDirectories: true)
    try """
    schema: 1
    kind: swot
    default-language: en
    title: {fr: "Forces, faiblesses, opportunités, menaces", en: "SWOT"}
    layout: {columns: 2, rows: 2}
    blocks:
      - id: strengths
        role: resources
        title: {fr: "Forces", en: "Strengths"}
        questions: [{fr: "Sur quoi pouvez-vous compter ?", en: "What can you rely on?"}]
        required: true
        max: 2
        position: {row: 1, column: 1}
      - id: weaknesses
        title: {fr: "Faiblesses", en: "Weaknesses"}
        questions: [{fr: "Qu’est-ce qui manque ?", en: "What is missing?"}]
        position: {row: 1, column: 2}
      - id: opportunities
        title: {fr: "Opportunités", en: "Opportunities"}
        questions: [{fr: "Qu’est-ce qui s’ouvre ?", en: "What is opening up?"}]
        position: {row: 2, column: 1}
      - id: threats
        title: {fr: "Menaces", en: "Threats"}
        questions: [{fr: "Qu’est-ce qui pourrait nuire ?", en: "What could hurt?"}]
        position: {row: 2, column: 2}
    """.write(toFile: kinds + "/swot.yaml", atomically: true, encoding: .utf8)
    let environment = ["ESSOR_TEMPLATES": folder.file("programme")]
    let listed = try Repository.runEssor(
      ["canvas", "kinds", "--workspace", root, "--format", "json"], environment: environment)
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(listed.stdout.contains("\"swot\""))
    #expect(listed.stdout.contains("ESSOR_TEMPLATES"))
    let created = try Repository.runEssor(
      ["canvas", "new", "swot", "--workspace", root], environment: environment)
    #expect(created.status == 0, "\(created.stderr)")
    try """
    schema: 1
    kind: swot
    blocks:
      strengths: ["11 worker-members", "Order book of 9 months", "Machines paid off"]
      threats: ["Everyone sells windows"]
    """.write(toFile: root + "/canvas/swot.yaml", atomically: true, encoding: .utf8)
    let check = try Repository.runEssor(
      ["canvas", "check", "swot", "--workspace", root, "--format", "json"],
      environment: environment)
    #expect(check.status == 1, "\(check.stderr)")
    let report = try #require(try jsonObject(check.stdout) as? [String: Any])
    let findings = try #require(
      (report["canvases"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
    #expect(Set(findings.compactMap { $0["check"] as? String }) == ["item-count", "vague-words"])
    let shown = try Repository.runEssor(
      ["canvas", "show", "swot", "--workspace", root, "--format", "md"], environment: environment)
    #expect(shown.status == 0)
    #expect(shown.stdout.contains("### Strengths") && shown.stdout.contains("### Threats"))
    // The workspace's own templates folder works too, and wins.
    try FileManager.default.createDirectory(
      atPath: root + "/templates/canvas", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: kinds + "/swot.yaml", toPath: root + "/templates/canvas/swot.yaml")
    let local = try Repository.runEssor([
      "canvas", "kinds", "--workspace", root, "--format", "json",
    ])
    #expect(local.stdout.contains("\"workspace\""))
    // A broken kind file is reported with its line, exit 65.
    try "schema: 1\nkind: swot\nlayout: {columns: 2, rows: 1}\nblocks: []\n".write(
      toFile: root + "/templates/canvas/swot.yaml", atomically: true, encoding: .utf8)
    let broken = try Repository.runEssor(["canvas", "kinds", "--workspace", root])
    #expect(broken.status == 65)
    #expect(broken.stdout.contains("swot.yaml:4"), "\(broken.stdout)")
    #expect(!broken.stdout.contains("\\u{a}"), "a line break shown as an escape")
  }

  @Test func outputNeverReplacesAFileTheCommandReads() throws {
    let folder = try TemporaryFolder()
    let root = folder.file("scop")
    try FileManager.default.copyItem(
      atPath: Repository.path("samples/scop-lauragais"), toPath: root)
    let canvas = root + "/canvas/ess.yaml"
    let before = try String(contentsOfFile: canvas, encoding: .utf8)
    let attempts: [[String]] = [
      ["canvas", "show", "ess", "--format", "md", "--output", canvas],
      ["canvas", "show", "--format", "xlsx", "--output", root + "/canvas/../canvas/ess.yaml"],
      ["canvas", "check", "--format", "json", "--output", root + "/canvas/strategy.yaml"],
      ["canvas", "kinds", "--format", "md", "--output", root + "/essor.yaml"],
      ["finance", "loan", "--format", "md", "--output", root + "/financing/base.yaml"],
    ]
    for arguments in attempts {
      let result = try Repository.runEssor(arguments + ["--workspace", root, "--lang", "en"])
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("--output names a file the command reads"))
    }
    #expect(try String(contentsOfFile: canvas, encoding: .utf8) == before)
    try FileManager.default.copyItem(
      atPath: Repository.path("Tests/Fixtures/financing/loans.yaml"),
      toPath: root + "/financing/loans.yaml")
    let loans = try Repository.runEssor([
      "finance", "loan", "--file", root + "/financing/loans.yaml", "--output",
      root + "/financing/loans.yaml",
    ])
    #expect(loans.status == 64)
  }

  @Test func aFileNamedCanvasIsReportedNotCrashedOn() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder)
    try FileManager.default.removeItem(atPath: root + "/canvas")
    try "".write(toFile: root + "/canvas", atomically: true, encoding: .utf8)
    for arguments in [["canvas", "new", "bmc"], ["canvas", "show"], ["canvas", "check"]] {
      let result = try Repository.runEssor(arguments + ["--workspace", root])
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("est un fichier, pas un dossier"), "\(result.stderr)")
    }
    let missing = try Repository.runEssor([
      "canvas", "show", "--workspace", folder.file("nowhere"), "--lang", "en",
    ])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("this folder does not exist"))
  }

  @Test func controlCharactersNeverReachTheTerminalRaw() throws {
    let folder = try TemporaryFolder()
    let root = try workspace(folder, language: "en")
    try """
    schema: 1
    kind: bmc
    title: "\\e]0;pwned\\a\\e[2J"
    blocks:
      segments: ["Red \\e[31mtext\\x9b31m and \\u202Ereversed\\u2028next"]
    """.write(toFile: root + "/canvas/bmc.yaml", atomically: true, encoding: .utf8)
    for format in ["table", "md", "json"] {
      let result = try Repository.runEssor([
        "canvas", "show", "--workspace", root, "--format", format,
      ])
      #expect(result.status == 0, "\(format): \(result.stderr)")
      let raw = result.stdout.unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
          || [0x202E, 0x2028].contains($0.value)
      }
      #expect(raw.isEmpty, "\(format): \(raw.map { String($0.value, radix: 16) })")
    }
  }

  @Test func toolsListsTheCanvasToolAndTheFactItReads() throws {
    let result = try Repository.runEssor(["tools", "--format", "json"])
    let tools = try #require(
      (try jsonObject(result.stdout) as? [String: Any])?["tools"] as? [[String: Any]])
    let canvas = try #require(tools.first { $0["id"] as? String == "canvas" })
    #expect("\(canvas)".contains("canvas.segments"))
    #expect("\(canvas)".contains("financing.loans.debt_service"))
  }
}
