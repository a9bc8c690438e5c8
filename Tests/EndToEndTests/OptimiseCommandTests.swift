import Foundation
import TestSupport
import Testing

/// `essor finance optimise` on a copy of the sample SCOP, through the built binary.
@Suite(.serialized) struct OptimiseCommandTests {
  private func copy() throws -> (TemporaryFolder, String) {
    let folder = try TemporaryFolder()
    let workspace = folder.file("scop")
    try FileManager.default.copyItem(
      atPath: Repository.path("samples/scop-lauragais"), toPath: workspace)
    return (folder, workspace)
  }

  private func optimise(_ workspace: String, _ arguments: [String]) throws -> ProcessResult {
    try Repository.runEssor(["finance", "optimise", "--workspace", workspace] + arguments)
  }

  /// The winner saved is a real scenario: `plan` projects it with the figures the search
  /// gave, `compare` puts it beside the others; a second save under the same name writes
  /// nothing.
  @Test func theBestMixIsSavedAsAScenarioThatPlanAndCompareRead() throws {
    let (folder, workspace) = try copy()
    _ = folder
    let result = try optimise(
      workspace, ["--save", "optimise", "--format", "json", "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try jsonObject(result.stdout) as? [String: Any])
    let search = try #require(object["optimisation"] as? [String: Any])
    let best = try #require((search["best"] as? [[String: Any]])?.first)
    #expect(best["feasible"] as? Bool == true)
    #expect((search["base"] as? [String: Any])?["feasible"] as? Bool == false)
    let saved = workspace + "/financing/optimise.yaml"
    let text = try String(contentsOfFile: saved, encoding: .utf8)
    #expect(text.hasPrefix("# Proposed by “essor finance optimise base”"), "\(text.prefix(300))")
    #expect(text.contains("extends: base") && !text.contains("adjustable"))
    let plan = try Repository.runEssor(
      ["finance", "plan", "optimise", "--workspace", workspace, "--format", "json"])
    #expect(plan.status == 0, "\(plan.stderr)")
    let figures = try #require(
      (try jsonObject(plan.stdout) as? [String: Any])?["plan"] as? [String: Any])
    #expect(figures["minCash"] as? Double == best["lowestCash"] as? Double)
    #expect(
      figures["verdict"] as? String == "fundable" || figures["verdict"] as? String == "conditional")
    let compare = try Repository.runEssor(
      ["finance", "compare", "base", "optimise", "--workspace", workspace, "--format", "json"])
    let rows = try #require(
      ((try jsonObject(compare.stdout) as? [String: Any])?["comparison"] as? [String: Any])?["rows"]
        as? [[String: Any]])
    let cost = try #require(rows.first { $0["id"] as? String == "cost" }?["values"] as? [Double])
    #expect(cost[1] == best["cost"] as? Double)
    // Never over a file: the same name again is refused before any work.
    let before = try String(contentsOfFile: saved, encoding: .utf8)
    let again = try optimise(workspace, ["--save", "optimise", "--lang", "en"])
    #expect(again.status == 64 || again.status == 65, "\(again.stderr)")
    #expect(again.stderr.contains("already exists"), "\(again.stderr)")
    #expect(try String(contentsOfFile: saved, encoding: .utf8) == before)
  }

  @Test func badOptionsAndImpossibleSearchesAreClear() throws {
    let (folder, workspace) = try copy()
    _ = folder
    for (arguments, status, says) in [
      (["--objective", "cheapest"], 64, "cost, min-debt, max-min-cash, max-own-funds"),
      (["--min-dscr", "lots"], 64, "--min-dscr"),
      (["--save", "../x"], 64, "refused"),
      (["--save", "loans"], 64, "refused"),
      (["--threads", "0"], 64, "--threads"),
    ] {
      let result = try optimise(workspace, arguments + ["--lang", "en"])
      #expect(result.status == Int32(status), "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(says), "\(arguments): \(result.stderr)")
    }
    // Impossible: a DSCR no mix reaches. The closest is named, nothing is saved, exit 65.
    let impossible = try optimise(
      workspace, ["--min-dscr", "40", "--save", "never", "--lang", "en"])
    #expect(impossible.status == 65, "\(impossible.stderr)")
    #expect(impossible.stderr.contains("nothing to save"), "\(impossible.stderr)")
    #expect(!FileManager.default.fileExists(atPath: workspace + "/financing/never.yaml"))
    let told = try optimise(workspace, ["--min-dscr", "40", "--lang", "en"])
    #expect(told.status == 65)
    #expect(told.stdout.contains("No mix meets every constraint"), "\(told.stdout.prefix(800))")
    #expect(
      told.stdout.contains("The closest to holding: DSCR ≥ 40.00"), "\(told.stdout.prefix(1200))")
    // A scenario without adjustable resources: nothing to search.
    let none = try Repository.runEssor([
      "finance", "optimise", "--workspace", Repository.path("samples/scic-terres-communes"),
      "--lang", "en",
    ])
    #expect(
      none.status == 65 && none.stderr.contains("no resource is adjustable"), "\(none.stderr)")
  }
}
