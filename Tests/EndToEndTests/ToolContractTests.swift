import Foundation
import TestSupport
import Testing

/// The tool contract seen from outside: every command runs the same through its own words
/// and through `essor run`, the command line declares exactly what the tools declare, and a
/// broken input only costs the facts that depend on it.
@Suite struct ToolContractTests {
  private func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func essorRunGivesABuiltInCommandExactlyAsItsOwnWords() throws {
    let sample = Repository.path("samples/scop-lauragais")
    for (words, run) in [
      (["finance", "plan", "base"], ["run", "financing", "plan", "base"]),
      (["canvas", "check"], ["run", "canvas", "check"]),
      (["diagnose", "report"], ["run", "diagnostic", "report"]),
    ] {
      let own = try Repository.runEssor(words + ["--workspace", sample, "--format", "json"])
      let through = try Repository.runEssor(run + ["--workspace", sample, "--format", "json"])
      #expect(own.status == through.status)
      #expect(!own.stdout.isEmpty && own.stdout == through.stdout, "\(run)")
    }
    let unknown = try Repository.runEssor([
      "run", "financing", "plan", "--nope", "--workspace", sample, "--lang", "en",
    ])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("--nope: “finance plan” has no option --nope."))
    let command = try Repository.runEssor(["run", "financing", "forecast", "--lang", "en"])
    #expect(command.status == 64)
    #expect(command.stderr.contains("the tool financing has no command “forecast”"))
  }

  /// Every command a tool declares has its command-line words with the same arguments and
  /// options (the host's own options aside), so the two can never drift.
  @Test func theCommandLineDeclaresWhatTheToolsDeclare() throws {
    let tools = try object(Repository.runEssor(["tools", "--format", "json"]).stdout)
    let help = try object(Repository.runEssor(["--experimental-dump-help"]).stdout)
    func subcommand(_ node: [String: Any], _ name: String) -> [String: Any]? {
      (node["subcommands"] as? [[String: Any]])?.first { $0["commandName"] as? String == name }
    }
    let root = try #require(help["command"] as? [String: Any])
    let hostOptions: Set<String> = [
      "lang", "workspace", "format", "output", "section", "all", "help", "version",
    ]
    var checked = 0
    for tool in try #require(tools["tools"] as? [[String: Any]]) {
      for command in try #require(tool["commands"] as? [[String: Any]]) {
        let path = try #require(command["path"] as? [String])
        var node: [String: Any]? = root
        for word in path { node = node.flatMap { subcommand($0, word) } }
        let cli = try #require(node, "no command-line words for \(path)")
        let arguments = (cli["arguments"] as? [[String: Any]]) ?? []
        let positionals = arguments.filter { $0["kind"] as? String == "positional" }
          .compactMap { $0["valueName"] as? String }
        let options = Set(
          arguments.filter { $0["kind"] as? String != "positional" }
            .compactMap { ($0["preferredName"] as? [String: Any])?["name"] as? String }
        ).subtracting(hostOptions)
        #expect(positionals == (command["arguments"] as? [String]), "\(path)")
        let declared = Set(
          ((command["options"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(options == declared, "\(path): \(options.symmetricDifference(declared))")
        checked += 1
      }
    }
    #expect(checked == 27)
  }

  /// A broken scenario does not stop the canvas check.
  ///
  /// The loans live in the scenario: broken, it takes their facts down, and the canvas check
  /// still runs, saying which facts it lacked and why, at the scenario's line. A workspace
  /// whose loans are only in financing/loans.yaml is read the same way.
  @Test func aBrokenScenarioDoesNotStopTheCanvasCheck() throws {
    let folder = try TemporaryFolder()
    let root = folder.file("coop")
    try FileManager.default.copyItem(
      atPath: Repository.path("samples/scop-lauragais"), toPath: root)
    let before = try Repository.runEssor(["canvas", "check", "--workspace", root, "--lang", "en"])
    #expect(!before.stderr.contains("facts unavailable"), "\(before.stderr)")
    let scenario = root + "/financing/base.yaml"
    let text = try String(contentsOfFile: scenario, encoding: .utf8)
    try text.replacingOccurrences(of: "horizon: 5 ", with: "horizon: 12 ").write(
      toFile: scenario, atomically: true, encoding: .utf8)
    #expect(try Repository.runEssor(["finance", "plan", "--workspace", root]).status == 65)
    let after = try Repository.runEssor(["canvas", "check", "--workspace", root, "--lang", "en"])
    #expect(after.status == before.status, "\(after.stderr)")
    #expect(after.stderr.contains("financing.loans facts unavailable"), "\(after.stderr)")
    #expect(after.stderr.contains("base.yaml:"))
    // Without a scenario, the loans of financing/loans.yaml: broken, they say where.
    try FileManager.default.removeItem(atPath: scenario)
    try "schema: 1\nloans:\n  - amount: lots\n".write(
      toFile: root + "/financing/loans.yaml", atomically: true, encoding: .utf8)
    let degraded = try Repository.runEssor([
      "canvas", "check", "--workspace", root, "--lang", "en",
    ])
    #expect(degraded.status == before.status, "\(degraded.stderr)")
    #expect(degraded.stderr.contains("financing.loans facts unavailable"))
    #expect(degraded.stderr.contains("loans.yaml:3"))
  }

  @Test func theToolsListTheirCommandsAndTypedFacts() throws {
    let tools = try object(Repository.runEssor(["tools", "--format", "json"]).stdout)
    let list = try #require(tools["tools"] as? [[String: Any]])
    let financing = try #require(list.first { $0["id"] as? String == "financing" })
    let provides = try #require(financing["provides"] as? [[String: Any]])
    #expect(
      provides.contains {
        $0["key"] as? String == "financing.ask.total" && $0["type"] as? String == "money"
      })
    let canvas = try #require(list.first { $0["id"] as? String == "canvas" })
    #expect(
      (canvas["consumes"] as? [[String: Any]])?.first?["key"] as? String
        == "financing.loans.debt_service")
  }

  @Test func theClockIsTheContextsAndCanBeFixed() throws {
    // 2026-12-01T12:00:00Z: a loan without a start begins the next month, 2027-01.
    let result = try Repository.runEssor(
      ["finance", "loan", "--amount", "1000", "--rate", "4%", "--years", "1", "--format", "json"],
      environment: ["ESSOR_NOW": "1796212800"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"start\": \"2027-01-01\""))
  }
}
