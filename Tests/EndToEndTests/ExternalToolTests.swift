import Foundation
import TestSupport
import Testing

/// External tools: found, described, run once per command, their documents rendered like a
/// built-in's, and every way they can fail reported without harming Essor.
@Suite(.serialized) struct ExternalToolTests {
  static let samples = ["ESSOR_PLUGIN_PATH": Repository.path("samples/plugins")]

  /// A shell tool in `folder` whose `describe` prints `description` and whose run does `body`.
  private func tool(
    _ id: String, in folder: String, body: String,
    provides: String = "[{\"key\": \"demo.count\", \"type\": \"integer\"}]",
    protocolVersion: String = "1.0"
  ) throws -> String {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/essor-" + id
    let script = """
      #!/bin/sh
      if [ "$1" = describe ]; then
        echo '{"protocol": "\(protocolVersion)", "id": "\(id)", "title": {"fr": "Démo", "en": "Demo"}, "version": "1.0.0", "commands": [{"name": "go", "help": {"fr": "Va", "en": "Go"}}], "consumes": ["financing.loans.total"], "provides": \(provides)}'
        exit 0
      fi
      cat > "$0.request"
      \(body)
      """
    try script.write(toFile: path, atomically: true, encoding: .utf8)
    chmod(path, 0o755)
    return path
  }

  static let goodDocument =
    "{\"title\": \"Démo\", \"language\": \"fr\", \"sections\": [{\"title\": \"S\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Bonjour\"}]}]}"

  private func response(document: String = goodDocument, facts: String = "{}") -> String {
    "echo '{\"protocol\": \"1.0\", \"document\": \(document), \"facts\": \(facts), \"warnings\": [\"attention\"]}'"
  }

  @Test func theSampleToolsAreListedDescribedAndRunInEveryFormat() throws {
    let tools = try Repository.runEssor(["tools", "--format", "json"], environment: Self.samples)
    let external = try #require(
      (try jsonObject(tools.stdout) as? [String: Any])?["external"] as? [[String: Any]])
    #expect(Set(external.compactMap { $0["id"] as? String }).isSuperset(of: ["esus", "hello"]))
    #expect(external.allSatisfy { $0["runs"] as? Bool == true })
    let folder = try TemporaryFolder()
    let run = ["run", "esus", "check", "--workspace", Repository.path("samples/scop-lauragais")]
    let table = try Repository.runEssor(run, environment: Self.samples)
    #expect(table.status == 0, "\(table.stderr)")
    // The fact consumed from the Financing tool reached the tool: the scenario's 258 000 € of
    // loans (48 000 € running, 120 000 + 60 000 + 30 000 € in the plan).
    #expect(table.stdout.contains("258\u{202F}000,00\u{A0}€"), "\(table.stdout)")
    #expect(table.stderr.contains("essor-esus: avertissement"))
    let markdown = try Repository.runEssor(run + ["--format", "md"], environment: Self.samples)
    #expect(markdown.stdout.hasPrefix("# Agrément ESUS"))
    let json = try Repository.runEssor(run + ["--format", "json"], environment: Self.samples)
    let object = try #require(try jsonObject(json.stdout) as? [String: Any])
    #expect(object["document"] is [String: Any])
    let path = folder.file("esus.xlsx")
    let workbook = try Repository.runEssor(
      run + ["--format", "xlsx", "--output", path], environment: Self.samples)
    #expect(workbook.status == 0, "\(workbook.stderr)")
    let inspected = try Repository.oracle("inspect_xlsx.py", [path])
    #expect(inspected.status == 0, "\(inspected.stderr)")
    let hello = try Repository.runEssor(
      ["run", "hello", "greet", "--lang", "en"], environment: Self.samples)
    #expect(hello.status == 0, "\(hello.stderr)")
    #expect(hello.stdout.contains("Hello from an external tool"))
  }

  @Test func theRequestCarriesLanguageWorkspaceArgumentsAndConsumedFacts() throws {
    let folder = try TemporaryFolder()
    let path = try tool("demo", in: folder.file("plugins"), body: response())
    let result = try Repository.runEssor(
      [
        "run", "demo", "go", "--extra", "x", "--workspace",
        Repository.path("samples/scic-terres-communes"),
      ],
      environment: ["ESSOR_PLUGIN_PATH": folder.file("plugins")])
    #expect(result.status == 0, "\(result.stderr)")
    let request = try #require(
      try jsonObject(String(contentsOfFile: path + ".request", encoding: .utf8)) as? [String: Any])
    #expect(request["protocol"] as? String == "1.1")
    #expect(request["command"] as? String == "go")
    #expect(request["arguments"] as? [String] == ["--extra", "x"])
    #expect(request["language"] as? String == "fr")
    let workspace = try #require(request["workspace"] as? [String: Any])
    #expect((workspace["profile"] as? [String: Any])?["legal-form"] as? String == "scic")
    let facts = try #require(request["facts"] as? [String: [String: Any]])
    #expect(facts["financing.loans.total"]?["type"] as? String == "money")
    // The SCIC scenario's loans, its two bridge loans included.
    #expect(facts["financing.loans.total"]?["value"] as? Double == 362000)
    #expect(result.stdout.contains("Bonjour"))
    // The request follows the published schema, and so do the sample tool's answers to it.
    try expectValid("request", path + ".request")
    let describe = try Subprocess.run(Repository.path("samples/plugins/essor-esus"), ["describe"])
    let described = folder.file("description.json")
    try describe.stdout.write(toFile: described, atomically: true, encoding: .utf8)
    try expectValid("description", described)
    let answer = try Subprocess.run(
      Repository.path("samples/plugins/essor-esus"), ["run"],
      stdin: try String(contentsOfFile: path + ".request", encoding: .utf8)
        .replacingOccurrences(of: "\"command\": \"go\"", with: "\"command\": \"check\""))
    #expect(answer.status == 0, "\(answer.stderr)")
    let response = folder.file("response.json")
    try answer.stdout.write(toFile: response, atomically: true, encoding: .utf8)
    try expectValid("response", response)
  }

  private func expectValid(_ kind: String, _ file: String) throws {
    let result = try Repository.oracle(
      "validate_schema.py", [Repository.path("docs/schemas"), kind, file])
    #expect(result.status == 0, "\(result.stderr)")
    let report = try #require(try jsonObject(result.stdout) as? [String: Any])
    #expect(report["valid"] as? Bool == true, "\(kind): \(report["errors"] ?? "")")
  }

  @Test(arguments: [
    ("crash", "kill -SEGV $$", "crashed (signal 11)"),
    ("fails", "echo boom >&2; exit 3", "stopped with an error (exit 3)"),
    ("slow", "sleep 20", "no answer within 1 s"),
    ("garbled", "echo 'not json'", "is not JSON (line 1, column 1"),
    (
      "baddoc",
      "echo '{\"protocol\": \"1.0\", \"document\": {\"title\": \"T\", \"language\": \"en\", \"sections\": [{\"title\": \"S\", \"blocks\": [{\"type\": \"video\"}]}]}}'",
      "unknown “video”"
    ),
    (
      "wrongfact",
      "echo '{\"protocol\": \"1.0\", \"document\": \(goodDocument), \"facts\": {\"demo.count\": {\"type\": \"integer\", \"value\": \"three\"}}}'",
      "not of its declared type (integer)"
    ),
    (
      "undeclared",
      "echo '{\"protocol\": \"1.0\", \"document\": \(goodDocument), \"facts\": {\"demo.other\": {\"type\": \"text\", \"value\": \"x\"}}}'",
      "which it does not declare"
    ),
    ("flood", "head -c 17000000 /dev/zero | tr '\\\\000' a", "more than 16 MiB"),
    (
      "future", "echo '{\"protocol\": \"2.1\", \"document\": \(goodDocument)}'",
      "speaks protocol 2.1, newer"
    ),
  ])
  func everyFailureIsReportedNamingTheTool(_ id: String, _ body: String, _ words: String) throws {
    let folder = try TemporaryFolder()
    _ = try tool(id, in: folder.file("plugins"), body: body)
    // Only the slow tool is meant to time out; the others get time even on a busy machine.
    let result = try Repository.runEssor(
      ["run", id, "go", "--timeout", id == "slow" ? "1" : "20", "--lang", "en"],
      environment: ["ESSOR_PLUGIN_PATH": folder.file("plugins")])
    #expect(result.status == 69, "\(id): \(result.stderr)")
    #expect(result.stderr.contains("the external tool essor-\(id)"), "\(result.stderr)")
    #expect(result.stderr.contains(words), "\(id): \(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func formulasFromAToolAreRefused() throws {
    let folder = try TemporaryFolder()
    let document =
      "{\"title\": \"T\", \"language\": \"en\", \"sections\": [{\"title\": \"S\", \"blocks\": [{\"type\": \"table\", \"id\": \"t\", \"columns\": [{\"id\": \"a\", \"title\": \"A\", \"kind\": \"text\"}], \"rows\": [{\"cells\": [{\"text\": \"x\", \"formula\": \"HYPERLINK(1)\"}]}]}]}]}"
    _ = try tool("formula", in: folder.file("plugins"), body: response(document: document))
    let result = try Repository.runEssor(
      [
        "run", "formula", "go", "--lang", "en", "--format", "xlsx", "--output",
        folder.file("x.xlsx"),
      ],
      environment: ["ESSOR_PLUGIN_PATH": folder.file("plugins")])
    #expect(result.status == 69)
    #expect(
      result.stderr.contains("formulas and defined names are not accepted"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.file("x.xlsx")))
  }

  @Test func ctrlCStopsTheToolAndWhatItStarted() throws {
    let folder = try TemporaryFolder()
    let marker = folder.file("child.pid")
    _ = try tool(
      "sleepy", in: folder.file("plugins"),
      body: "sleep 1000 &\necho $! > \(marker)\necho started >&2\nwait")
    let steps: [[String: Any]] = [["expect": "started", "send": "\u{3}"]]
    let json = String(decoding: try JSONSerialization.data(withJSONObject: steps), as: UTF8.self)
    let result = try Subprocess.run(
      "/usr/bin/env",
      [
        "python3", Repository.path("Tests/Oracles/pty_session.py"), json, Repository.essor, "run",
        "sleepy", "go",
      ],
      environment: ["ESSOR_PLUGIN_PATH": folder.file("plugins")])
    let report = try #require(try jsonObject(result.stdout) as? [String: Any])
    #expect(report["status"] as? Int == 130, "\(report)")
    let child = try #require(
      Int32(
        try String(contentsOfFile: marker, encoding: .utf8).trimmingCharacters(
          in: .whitespacesAndNewlines)))
    usleep(200_000)
    // Gone, or a zombie waiting for init to reap it: either way no longer running.
    let state = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8))?
      .split(separator: ")").last?.split(separator: " ").first
    #expect(state == nil || state == "Z", "the tool's child \(child) is still running")
  }

  @Test func aNewerMajorProtocolIsRefusedAtDescribe() throws {
    let folder = try TemporaryFolder()
    _ = try tool("later", in: folder.file("plugins"), body: response(), protocolVersion: "3.0")
    let result = try Repository.runEssor(
      ["run", "later", "go", "--lang", "en"],
      environment: ["ESSOR_PLUGIN_PATH": folder.file("plugins")])
    #expect(result.status == 69)
    #expect(result.stderr.contains("speaks protocol 3.0, newer than this Essor's (1.1)"))
  }

  @Test func workspaceToolsMustBeExecutableAndOursAndBuiltInsWin() throws {
    let folder = try TemporaryFolder()
    let created = try Repository.runEssor([
      "init", folder.file("coop"), "--name", "C", "--form", "scop",
    ])
    #expect(created.status == 0)
    let plugins = folder.file("coop/plugins")
    let path = try tool("local", in: plugins, body: response())
    chmod(path, 0o644)
    let refused = try Repository.runEssor(
      ["run", "local", "go", "--workspace", folder.file("coop"), "--lang", "en"])
    #expect(refused.status == 69)
    #expect(refused.stderr.contains("not executable"), "\(refused.stderr)")
    #expect(!FileManager.default.fileExists(atPath: path + ".request"), "it never ran")
    chmod(path, 0o755)
    if getuid() == 0 {
      chown(path, 12_345, 12_345)
      let foreign = try Repository.runEssor(
        ["run", "local", "go", "--workspace", folder.file("coop"), "--lang", "en"])
      #expect(foreign.status == 69)
      #expect(foreign.stderr.contains("owned by another user (uid 12345)"), "\(foreign.stderr)")
      chown(path, 0, 0)
    }
    let ran = try Repository.runEssor(["run", "local", "go", "--workspace", folder.file("coop")])
    #expect(ran.status == 0, "\(ran.stderr)")
    // A tool named like a built-in is listed as shadowed, never run.
    _ = try tool("canvas", in: plugins, body: response())
    let tools = try Repository.runEssor(
      ["tools", "--workspace", folder.file("coop"), "--lang", "en"])
    #expect(tools.stdout.contains("shadowed by the built-in tool “canvas”"), "\(tools.stdout)")
  }

  /// Every built-in document: its JSON read back and rendered gives the same output.
  @Test(arguments: [
    ["finance", "loan", "--workspace", "samples/scop-lauragais"],
    ["canvas", "show", "--workspace", "samples/sas-ess-recyclerie"],
    ["canvas", "check", "--workspace", "samples/scic-terres-communes"],
    ["canvas", "kinds"],
    ["diagnose", "report", "--workspace", "samples/scop-lauragais"],
    ["diagnose", "compare", "--workspace", "samples/scop-lauragais"],
    ["tools"],
  ])
  func builtInDocumentsRoundTripThroughTheirJSON(_ command: [String]) throws {
    let folder = try TemporaryFolder()
    let arguments = command.map { $0.hasPrefix("samples/") ? Repository.path($0) : $0 }
    let json = try Repository.runEssor(arguments + ["--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let saved = folder.file("out.json")
    try json.stdout.write(toFile: saved, atomically: true, encoding: .utf8)
    for format in ["json", "md", "table"] {
      let direct = try Repository.runEssor(arguments + ["--format", format])
      let rendered = try Repository.runEssor(["render", saved, "--format", format])
      #expect(rendered.status == 0, "\(rendered.stderr)")
      #expect(rendered.stdout == direct.stdout, "\(command) \(format)")
    }
    try expectValid("output", saved)
    let xlsx = folder.file("out.xlsx")
    let workbook = try Repository.runEssor(["render", saved, "--format", "xlsx", "--output", xlsx])
    #expect(workbook.status == 0, "\(workbook.stderr)")
  }

  /// A tool whose description is `description` and whose `facts` answer is `facts`; its run
  /// keeps the request and answers a small document.
  private func describedTool(
    _ id: String, in folder: String, consumes: String, provides: String, facts: String = "{}"
  ) throws -> String {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/essor-" + id
    let script = """
      #!/bin/sh
      if [ "$1" = describe ]; then
        echo '{"protocol": "1.1", "id": "\(id)", "title": "T", "version": "1.0.0", "commands": [{"name": "go", "help": "Go"}], "consumes": \(consumes), "provides": \(provides)}'
        exit 0
      fi
      cat > "$0.$1.request"
      if [ "$1" = facts ]; then
        echo '{"protocol": "1.1", "facts": \(facts)}'
        exit 0
      fi
      echo '{"protocol": "1.1", "document": \(Self.goodDocument)}'
      """
    try script.write(toFile: path, atomically: true, encoding: .utf8)
    chmod(path, 0o755)
    return path
  }

  @Test func anExternalToolsFactsReachAnotherToolThroughTheStore() throws {
    let folder = try TemporaryFolder()
    let plugins = folder.file("plugins")
    let scorer = try describedTool(
      "scorer", in: plugins, consumes: "[{\"key\": \"financing.ask.total\", \"type\": \"money\"}]",
      provides: "[{\"key\": \"demo.score\", \"type\": \"measures\"}]",
      facts:
        "{\"demo.score\": {\"type\": \"measures\", \"value\": [{\"id\": \"impact\", \"label\": {\"fr\": \"Impact\", \"en\": \"Impact\"}, \"value\": 7.5}]}}"
    )
    let reader = try describedTool(
      "reader", in: plugins, consumes: "[\"demo.score\", \"financing.sources\"]", provides: "[]")
    let result = try Repository.runEssor(
      ["run", "reader", "go", "--workspace", Repository.path("samples/scop-lauragais")],
      environment: ["ESSOR_PLUGIN_PATH": plugins])
    #expect(result.status == 0, "\(result.stderr)")
    let request = try #require(
      try jsonObject(String(contentsOfFile: reader + ".run.request", encoding: .utf8))
        as? [String: Any])
    #expect(request["protocol"] as? String == "1.1")
    let facts = try #require(request["facts"] as? [String: Any])
    let score = try #require((facts["demo.score"] as? [String: Any])?["value"] as? [[String: Any]])
    #expect(score.first?["id"] as? String == "impact" && score.first?["value"] as? Double == 7.5)
    let sources = try #require(
      (facts["financing.sources"] as? [String: Any])?["value"] as? [[String: Any]])
    #expect(
      sources.contains {
        $0["id"] as? String == "bank-loan" && $0["label"] as? String == "Prêt bancaire"
      })
    // The provider was asked once, with the built-in fact it consumes.
    let asked = try #require(
      try jsonObject(String(contentsOfFile: scorer + ".facts.request", encoding: .utf8))
        as? [String: Any])
    #expect(asked["command"] == nil)
    #expect(
      ((asked["facts"] as? [String: Any])?["financing.ask.total"] as? [String: Any])?["value"]
        as? Double == 245_000)
  }

  @Test func aToolReadingAFactAsAnotherTypeIsRefused() throws {
    let folder = try TemporaryFolder()
    let plugins = folder.file("plugins")
    _ = try describedTool(
      "mistyped", in: plugins,
      consumes: "[{\"key\": \"financing.ask.total\", \"type\": \"number\"}]", provides: "[]")
    let result = try Repository.runEssor(
      ["run", "mistyped", "go", "--lang", "en"], environment: ["ESSOR_PLUGIN_PATH": plugins])
    #expect(result.status == 69)
    #expect(result.stderr.contains("reads “financing.ask.total” as number, provided as money"))
  }
}
