import Foundation
import TestSupport
import Testing

/// The robustness campaign's findings, each reproduced: no input writes where it should not,
/// runs what it should not, ends in exit 70, or takes unbounded time and memory.
@Suite(.serialized) struct HardeningTests {
  /// A copy of a sample workspace in `folder`.
  private func sample(_ name: String, in folder: TemporaryFolder) throws -> String {
    let root = folder.file(name)
    try FileManager.default.copyItem(atPath: Repository.path("samples/" + name), toPath: root)
    return root
  }

  /// A shell tool `essor-<id>` in `folder` answering `document` to any command.
  private func tool(_ id: String, in folder: String, body: String) throws -> String {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/essor-" + id
    let script = """
      #!/bin/sh
      if [ "$1" = describe ]; then
        echo '{"protocol": "1.0", "id": "\(id)", "title": {"fr": "Démo", "en": "Demo"}, "version": "1.0.0", "commands": [{"name": "go", "help": {"fr": "Va", "en": "Go"}}], "consumes": [], "provides": []}'
        exit 0
      fi
      cat > /dev/null
      \(body)
      """
    try script.write(toFile: path, atomically: true, encoding: .utf8)
    chmod(path, 0o755)
    return path
  }

  /// A document JSON (`essor … --format json`) with one section.
  private func documentJSON(title: String, blocks: [[String: Any]]) throws -> String {
    let value: [String: Any] = [
      "schema": 1,
      "document": [
        "title": "T", "language": "en", "sections": [["title": title, "blocks": blocks]],
      ],
    ]
    return String(decoding: try JSONSerialization.data(withJSONObject: value), as: UTF8.self)
  }

  // MARK: 1. Outputs through symbolic links

  @Test func anOutputLinkedToAWorkspaceInputOrAnotherKindOfFileIsRefused() throws {
    let folder = try TemporaryFolder()
    let root = try sample("scop-lauragais", in: folder)
    let answers = root + "/diagnostic/financing-readiness.answers.yaml"
    let before = try String(contentsOfFile: answers, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: root + "/out", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: root + "/out/report.xlsx", withDestinationPath: answers)
    let plan = [
      "finance", "plan", "base", "--format", "xlsx", "--output", root + "/out/report.xlsx",
      "--workspace", root, "--lang", "en",
    ]
    let refused = try Repository.runEssor(plan)
    #expect(refused.status == 64, "\(refused.stderr)")
    #expect(refused.stderr.contains("it is an input of the workspace"), "\(refused.stderr)")
    #expect(try String(contentsOfFile: answers, encoding: .utf8) == before)
    // A link to any other file the user can write, not a workbook: refused as well.
    let notes = folder.file("notes.txt")
    try "my notes".write(toFile: notes, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: root + "/out/report.xlsx")
    try FileManager.default.createSymbolicLink(
      atPath: root + "/out/report.xlsx", withDestinationPath: notes)
    let other = try Repository.runEssor(plan)
    #expect(other.status == 64, "\(other.stderr)")
    #expect(other.stderr.contains("it is not a xlsx file"), "\(other.stderr)")
    #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes")
    // A link to an earlier workbook is followed and kept, as before.
    let earlier = folder.file("earlier.xlsx")
    let first = try Repository.runEssor(
      [
        "finance", "plan", "base", "--output", earlier, "--workspace", root,
      ])
    #expect(first.status == 0, "\(first.stderr)")
    try FileManager.default.removeItem(atPath: root + "/out/report.xlsx")
    try FileManager.default.createSymbolicLink(
      atPath: root + "/out/report.xlsx", withDestinationPath: earlier)
    let again = try Repository.runEssor(plan)
    #expect(again.status == 0, "\(again.stderr)")
  }

  // MARK: 2. Workspace tools

  @Test func aLinkMadeByAnotherUserAndToolsWritableByOthersNeverRun() throws {
    let folder = try TemporaryFolder()
    let created = try Repository.runEssor([
      "init", folder.file("coop"), "--name", "C", "--form", "scop",
    ])
    #expect(created.status == 0)
    let plugins = folder.file("coop/plugins")
    try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: true)
    // The attack: essor-x links to a root-owned interpreter; `sh describe` runs ./describe.
    let marker = folder.file("pwned")
    try "touch \(marker)\n".write(
      toFile: plugins + "/describe", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: plugins + "/essor-x", withDestinationPath: "/bin/sh")
    if getuid() == 0 { lchown(plugins + "/essor-x", 12_345, 12_345) }
    let tools = try Repository.runEssor(
      ["tools", "--workspace", folder.file("coop"), "--lang", "en"], directory: plugins)
    #expect(!FileManager.default.fileExists(atPath: marker), "describe ran: \(tools.stdout)")
    if getuid() == 0 {
      #expect(tools.stdout.contains("owned by another user (uid 12345)"), "\(tools.stdout)")
    }
    try FileManager.default.removeItem(atPath: plugins + "/essor-x")
    // A tool its group may rewrite, or in a folder others may write: refused, saying why.
    let path = try tool("open", in: plugins, body: "echo '{}'")
    chmod(path, 0o775)
    let groupWritable = try Repository.runEssor(
      ["run", "open", "go", "--workspace", folder.file("coop"), "--lang", "en"])
    #expect(groupWritable.status == 69)
    #expect(groupWritable.stderr.contains("is writable by its group"), "\(groupWritable.stderr)")
    #expect(groupWritable.stderr.contains("chmod go-w"), "\(groupWritable.stderr)")
    chmod(path, 0o755)
    chmod(plugins, 0o777)
    let worldFolder = try Repository.runEssor(
      ["run", "open", "go", "--workspace", folder.file("coop"), "--lang", "en"])
    #expect(worldFolder.status == 69)
    #expect(worldFolder.stderr.contains("is writable by everyone"), "\(worldFolder.stderr)")
    chmod(plugins, 0o755)
  }

  @Test func aRelativePluginPathIsRefusedNotFollowed() throws {
    let folder = try TemporaryFolder()
    _ = try tool("rel", in: folder.file("plugins"), body: "echo '{}'")
    let result = try Repository.runEssor(
      ["tools", "--lang", "en"], environment: ["ESSOR_PLUGIN_PATH": "plugins"],
      directory: folder.path)
    #expect(!result.stdout.contains("essor-rel"), "\(result.stdout)")
    #expect(result.stderr.contains("relative path in ESSOR_PLUGIN_PATH"), "\(result.stderr)")
  }

  // MARK: 3. One diagnose session per answers file

  @Test func ofSeveralSessionsStartedAtOnceExactlyOneProceeds() throws {
    let folder = try TemporaryFolder()
    let root = folder.file("coop")
    let created = try Repository.runEssor([
      "init", root, "--name", "C", "--form", "scic", "--lang", "en",
    ])
    #expect(created.status == 0)
    try FileManager.default.createDirectory(
      atPath: root + "/templates/diagnostic", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Repository.path("Tests/Fixtures/diagnostic/fixture.yaml"),
      toPath: root + "/templates/diagnostic/fixture.yaml")
    var sessions: [(Process, Pipe)] = []
    for _ in 0..<5 {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Repository.essor)
      process.arguments = [
        "diagnose", "--template", "fixture", "--workspace", root, "--lang", "en",
      ]
      let input = Pipe()
      process.standardInput = input
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      sessions.append((process, input))
    }
    for (process, _) in sessions { try process.run() }
    // The refused ones end at once; the one that proceeds waits for its answers.
    let deadline = Date().addingTimeInterval(20)
    while sessions.filter({ $0.0.isRunning }).count > 1 && Date() < deadline { usleep(20_000) }
    usleep(300_000)
    let running = sessions.filter { $0.0.isRunning }
    #expect(running.count == 1)
    let refused = sessions.filter { !$0.0.isRunning }
    #expect(refused.count == 4)
    #expect(refused.allSatisfy { $0.0.terminationStatus == 64 })
    for (_, input) in running { input.fileHandleForWriting.write(Data("q\n".utf8)) }
    for (process, input) in sessions {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
    }
    #expect(running.allSatisfy { $0.0.terminationStatus == 0 })
  }

  // MARK: 4. Formulas of a document read back

  @Test(arguments: [
    "cmd|' /C calc'!A0", "HYPERLINK(\"http://x\",\"x\")", "WEBSERVICE(\"http://x\")",
    "[1]Sheet1!A1", "'Other'!A1+1", "SUM(A1:A2)",
  ])
  func aFormulaEssorDoesNotWriteIsRefusedNamingTheCell(_ formula: String) throws {
    let folder = try TemporaryFolder()
    let json = try documentJSON(
      title: "S",
      blocks: [
        [
          "type": "table", "id": "t",
          "columns": [["id": "a", "title": "A", "kind": "money"]],
          "rows": [["cells": [["money": 1, "formula": formula]]]],
        ]
      ])
    try json.write(toFile: folder.file("doc.json"), atomically: true, encoding: .utf8)
    let result = try Repository.runEssor(
      ["render", folder.file("doc.json"), "--output", folder.file("x.xlsx"), "--lang", "en"])
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains("rows[1].cells[1].formula"), "\(result.stderr)")
    #expect(result.stderr.contains("formula refused"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.file("x.xlsx")))
  }

  @Test func essorsOwnFormulasAreReadBack() throws {
    let folder = try TemporaryFolder()
    for (index, command) in [
      ["finance", "plan", "base", "--workspace", Repository.path("samples/scop-lauragais")],
      ["finance", "loan", "--workspace", Repository.path("samples/scic-terres-communes")],
    ].enumerated() {
      let json = try Repository.runEssor(command + ["--format", "json"])
      #expect(json.status == 0, "\(json.stderr)")
      let saved = folder.file("out\(index).json")
      try json.stdout.write(toFile: saved, atomically: true, encoding: .utf8)
      let rendered = try Repository.runEssor(
        ["render", saved, "--output", folder.file("out\(index).xlsx")])
      #expect(rendered.status == 0, "\(rendered.stderr)")
    }
  }

  // MARK: 5. What a tool started, even in a session of its own

  @Test func aGrandchildThatCallsSetsidEndsWithTheTool() throws {
    let folder = try TemporaryFolder()
    let marker = folder.file("escaped.pid")
    _ = try tool(
      "daemon", in: folder.file("plugins"),
      body: """
        setsid sh -c 'echo $$ > \(marker); exec sleep 1000' </dev/null >/dev/null 2>&1 &
        while [ ! -s \(marker) ]; do sleep 0.05; done
        echo '{"protocol": "1.0", "document": {"title": "D", "language": "en", "sections": []}, "facts": {}}'
        """)
    let result = try Repository.runEssor(
      ["run", "daemon", "go"], environment: ["ESSOR_PLUGIN_PATH": folder.file("plugins")])
    #expect(result.status == 0, "\(result.stderr)")
    let escaped = try #require(
      Int32(
        try String(contentsOfFile: marker, encoding: .utf8).trimmingCharacters(
          in: .whitespacesAndNewlines)))
    usleep(200_000)
    let state = (try? String(contentsOfFile: "/proc/\(escaped)/stat", encoding: .utf8))?
      .split(separator: ")").last?.split(separator: " ").first
    if state != nil && state != "Z" { kill(escaped, SIGKILL) }
    #expect(state == nil || state == "Z", "the setsid grandchild \(escaped) still runs")
  }

  // MARK: 6. Exit 70 from data

  @Test func textOverTheCellLimitInCodePointsAndAnApostropheTitleAreWritten() throws {
    let folder = try TemporaryFolder()
    let long = String(repeating: "e\u{301}", count: 16_400)
    let title = String(repeating: "A", count: 30) + "'B"
    let document =
      "{\"title\": \"D\", \"language\": \"en\", \"sections\": [{\"title\": \"\(title)\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"\(long)\"}]}]}"
    // Through render…
    let json = try documentJSON(title: title, blocks: [["type": "paragraph", "text": long]])
    try json.write(toFile: folder.file("doc.json"), atomically: true, encoding: .utf8)
    let rendered = try Repository.runEssor(
      ["render", folder.file("doc.json"), "--output", folder.file("r.xlsx")])
    #expect(rendered.status == 0, "\(rendered.stderr)")
    // …and through an external tool.
    let script = folder.file("answer.json")
    try "{\"protocol\": \"1.0\", \"document\": \(document), \"facts\": {}}".write(
      toFile: script, atomically: true, encoding: .utf8)
    _ = try tool("long", in: folder.file("plugins"), body: "cat \(script)")
    let run = try Repository.runEssor(
      ["run", "long", "go", "--output", folder.file("t.xlsx")],
      environment: ["ESSOR_PLUGIN_PATH": folder.file("plugins")])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stderr.contains(".tmp-"), "\(run.stderr)")
    let inspected = try Repository.oracle("inspect_xlsx.py", [folder.file("t.xlsx")])
    #expect(inspected.status == 0, "\(inspected.stderr)")
    #expect(inspected.stdout.contains(String(repeating: "A", count: 30) + "\""))
  }

  // MARK: 7. The template an answers file names

  @Test func anUnknownTemplateInAnAnswersFileIsBadDataAtItsLine() throws {
    let folder = try TemporaryFolder()
    let root = try sample("scop-lauragais", in: folder)
    let answers = root + "/diagnostic/financing-readiness.answers.yaml"
    let text = try String(contentsOfFile: answers, encoding: .utf8)
    try text.replacingOccurrences(
      of: "template: financing-readiness", with: "template: nope"
    ).write(toFile: answers, atomically: true, encoding: .utf8)
    let result = try Repository.runEssor(
      ["diagnose", "run", "--answers", answers, "--workspace", root, "--lang", "en"])
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains("answers.yaml:3:"), "\(result.stderr)")
    #expect(result.stderr.contains("unknown template “nope”"), "\(result.stderr)")
    #expect(!result.stderr.contains("--template:"), "\(result.stderr)")
  }

  // MARK: 8. Messages name the line and stay short

  @Test func invalidUTF8ControlCharactersAndAliasesAreLocated() throws {
    let folder = try TemporaryFolder()
    let bad = folder.file("bad.yaml")
    try Data(
      "schema: 1\nloans:\n  - label: ab\u{0}".utf8.dropLast() + [0xFF, 0xFE] + Array("cd\n".utf8)
    )
    .write(to: URL(fileURLWithPath: bad))
    let utf8 = try Repository.runEssor(["finance", "loan", "--file", bad, "--lang", "en"])
    #expect(utf8.status == 65)
    #expect(utf8.stderr.contains("bad.yaml:3:14: the text is not valid UTF-8"), "\(utf8.stderr)")
    let control = folder.file("control.yaml")
    try "schema: 1\nloans:\n  - label: ab\u{1}cd\n".write(
      toFile: control, atomically: true, encoding: .utf8)
    let controlled = try Repository.runEssor(["finance", "loan", "--file", control, "--lang", "en"])
    #expect(controlled.status == 65)
    #expect(
      controlled.stderr.contains("control.yaml:3:14: invalid YAML: control characters"),
      "\(controlled.stderr)")
    #expect(controlled.stderr.contains("\\u{1}"), "\(controlled.stderr)")
    var aliases = "schema: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
    let names = Array("abcdefgh")
    for index in 1..<names.count {
      let previous = names[index - 1]
      aliases +=
        "\(names[index]): &\(names[index]) ["
        + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
    }
    aliases += "loans: [*h]\n"
    try aliases.write(toFile: folder.file("alias.yaml"), atomically: true, encoding: .utf8)
    let bomb = try Repository.runEssor(
      ["finance", "loan", "--file", folder.file("alias.yaml"), "--lang", "en"])
    #expect(bomb.status == 65)
    #expect(
      bomb.stderr.range(of: #"alias\.yaml:\d+: the file exceeds"#, options: .regularExpression)
        != nil, "\(bomb.stderr)")
  }

  @Test func aHugeValueIsQuotedShort() throws {
    let folder = try TemporaryFolder()
    let file = folder.file("loans.yaml")
    try
      "schema: 1\nloans:\n  - amount: \(String(repeating: "9x", count: 1_500))\n    rate: 4%\n    years: 7\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let result = try Repository.runEssor(["finance", "loan", "--file", file, "--lang", "en"])
    #expect(result.status == 65)
    #expect(result.stderr.count < 600, "\(result.stderr.count) characters")
    #expect(result.stderr.contains("…"), "\(result.stderr)")
  }

  @Test func aBrokenCanvasKindIsReportedOnStandardError() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.file("kinds/canvas"), withIntermediateDirectories: true)
    try "schema: 1\nid: broken\n  bad: [\n".write(
      toFile: folder.file("kinds/canvas/broken.yaml"), atomically: true, encoding: .utf8)
    let result = try Repository.runEssor(
      ["canvas", "kinds", "--lang", "en"], environment: ["ESSOR_TEMPLATES": folder.file("kinds")])
    #expect(result.status == 65)
    #expect(result.stderr.contains("broken.yaml:"), "\(result.stderr)")
  }

  // MARK: 9, 10. Limits refused at once

  @Test func inputsOverTheLimitsAreRefusedAtOnceNamingTheLimit() throws {
    let folder = try TemporaryFolder()
    var many = "schema: 1\nloans:\n"
    for index in 0..<21 { many += "  - {amount: 1000, rate: 4%, years: 100, label: L\(index)}\n" }
    try many.write(toFile: folder.file("many.yaml"), atomically: true, encoding: .utf8)
    let loans = try Repository.runEssor(
      ["finance", "loan", "--file", folder.file("many.yaml"), "--lang", "en"])
    #expect(loans.status == 65)
    #expect(loans.stderr.contains("many.yaml:3:"), "\(loans.stderr)")
    #expect(loans.stderr.contains("21 loans: Essor reads at most 20"), "\(loans.stderr)")
    let label = String(repeating: "x", count: 201)
    try "schema: 1\nloans:\n  - {amount: 1000, rate: 4%, years: 1, label: \(label)}\n".write(
      toFile: folder.file("label.yaml"), atomically: true, encoding: .utf8)
    let long = try Repository.runEssor(
      ["finance", "loan", "--file", folder.file("label.yaml"), "--lang", "en"])
    #expect(long.status == 65)
    #expect(long.stderr.contains("at most 200 characters"), "\(long.stderr)")
    let text = String(repeating: "y", count: 4_001)
    try "schema: 1\nloans:\n  - {amount: 1000, rate: 4%, years: 1, label: \(text)}\n".write(
      toFile: folder.file("text.yaml"), atomically: true, encoding: .utf8)
    let huge = try Repository.runEssor(
      ["finance", "loan", "--file", folder.file("text.yaml"), "--lang", "en"])
    #expect(huge.status == 65)
    #expect(huge.stderr.contains("a text of 4001 characters: at most 4000"), "\(huge.stderr)")
    let big = folder.file("big.yaml")
    try ("schema: 1\n# " + String(repeating: "z", count: 1_100_000) + "\n").write(
      toFile: big, atomically: true, encoding: .utf8)
    let oversized = try Repository.runEssor(["finance", "loan", "--file", big, "--lang", "en"])
    #expect(oversized.status == 65)
    #expect(oversized.stderr.contains("Essor reads at most 1048576 bytes"), "\(oversized.stderr)")
  }
}
