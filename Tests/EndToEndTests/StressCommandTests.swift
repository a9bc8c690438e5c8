import Foundation
import TestSupport
import Testing

/// `essor finance stress` on the sample SCOP through the built binary.
@Suite(.serialized) struct StressCommandTests {
  private let workspace = ["--workspace", Repository.path("samples/scop-lauragais")]

  private func stress(_ arguments: [String]) throws -> ProcessResult {
    try Repository.runEssor(["finance", "stress"] + workspace + arguments)
  }

  private func outcomes(_ result: ProcessResult) throws -> [[String: Any]] {
    let object = try #require(try jsonObject(result.stdout) as? [String: Any])
    return try #require((object["stress"] as? [String: Any])?["outcomes"] as? [[String: Any]])
  }

  /// Revenue 20 % lower puts the SCOP's cash below zero from April 2027, the month it is
  /// lowest in as it stands; the plan as it is keeps its figures from `finance plan`.
  @Test func aRevenueShockMakesTheSampleSCOPsCashNegativeNamingTheMonth() throws {
    let result = try stress(["--shock", "revenue=-20%", "--format", "json", "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try outcomes(result)
    #expect(rows.count == 2)
    let plan = try Repository.runEssor(["finance", "plan", "--format", "json"] + workspace)
    let figures = try #require(
      (try jsonObject(plan.stdout) as? [String: Any])?["plan"] as? [String: Any])
    #expect(rows[0]["lowestCash"] as? Double == figures["minCash"] as? Double)
    #expect(rows[0]["lowestMonth"] as? String == figures["minCashMonth"] as? String)
    #expect(rows[1]["shocks"] as? [String] == ["revenue=-20%"])
    #expect((rows[1]["lowestCash"] as? Double ?? 0) < 0)
    #expect(rows[1]["firstNegativeMonth"] as? String == "2027-04")
    #expect(rows[1]["verdict"] as? String == "not-fundable")
    #expect(rows[1]["survives"] as? Bool == false)
    // The plan as it is survives a smaller drop than 20 %: its headroom says how much.
    let drop = try #require((rows[0]["headroom"] as? [String: Any])?["revenueDrop"] as? Double)
    #expect(drop > 0 && drop < 0.2)
    let text = try stress(["--shock", "revenue=-20%", "--lang", "en"])
    #expect(text.stdout.contains("cash below zero in 2027-04"), "\(text.stdout.prefix(1500))")
  }

  /// The standard set: each shock alone, then all together, every row with its figures.
  @Test func theStandardSetHasEachShockAndTheirCombination() throws {
    let result = try stress(["--standard", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try outcomes(result)
    let shocks = rows.map { ($0["shocks"] as? [String]) ?? [] }
    #expect(shocks.first == [])
    #expect(shocks.dropFirst().dropLast().map(\.count).allSatisfy { $0 == 1 })
    #expect(shocks.last?.count == 6)
    #expect(
      Set(shocks.dropFirst().dropLast().flatMap { $0 }.map { String($0.prefix { $0 != "=" }) })
        == ["revenue", "rate", "receivable-days", "capex", "grant-delay", "activity-start"])
    // Together, worse than any alone.
    let lowest = rows.compactMap { $0["lowestCash"] as? Double }
    #expect(lowest.last == lowest.min())
    // Without --shock, the standard set too.
    let plain = try outcomes(try stress(["--format", "json"]))
    #expect(plain.count == rows.count)
  }

  @Test func badShocksExit64AndWriteNothing() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("stress.xlsx")
    for (shock, says) in [
      ("revenu=-20%", "not a known shock"), ("revenue=-20", "expected: -20% / +15%"),
      ("activity-start=99m", "from 0 to 60 months"),
    ] {
      let result = try stress(["--shock", shock, "--lang", "en", "--output", path])
      #expect(result.status == 64, "\(shock): \(result.stderr)")
      #expect(
        result.stderr.contains("--shock " + shock) && result.stderr.contains(says),
        "\(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: path))
    }
  }

  /// Monte Carlo on the sample SCOP's `uncertainty:`: the same seed gives the same bytes at
  /// one and two threads, in every format; another seed, other figures.
  @Test func monteCarloIsByteIdenticalWhateverTheThreads() throws {
    for format in ["json", "md"] {
      let one = try stress([
        "--monte-carlo", "300", "--seed", "11", "--threads", "1", "--format", format,
      ])
      let two = try stress([
        "--monte-carlo", "300", "--seed", "11", "--threads", "2", "--format", format,
      ])
      #expect(one.status == 0, "\(one.stderr)")
      #expect(!one.stdout.isEmpty && one.stdout == two.stdout, "\(format)")
      // Piped, no progress bar.
      #expect(!one.stderr.contains("█"))
    }
    let json = try stress(["--monte-carlo", "300", "--seed", "11", "--format", "json"])
    let object = try #require(try jsonObject(json.stdout) as? [String: Any])
    let run = try #require(object["monteCarlo"] as? [String: Any])
    #expect(run["draws"] as? Int == 300)
    let risk = try #require(run["negativeCash"] as? [String: Double])
    #expect(
      (risk["low"] ?? 1) <= (risk["probability"] ?? -1)
        && (risk["probability"] ?? 2) <= (risk["high"] ?? 0))
    let tornado = try #require(run["tornado"] as? [[String: Any]])
    #expect(
      Set(tornado.compactMap { $0["variable"] as? String }) == [
        "revenue", "purchases", "rate", "receivable-days", "capex",
      ])
    let other = try stress(["--monte-carlo", "300", "--seed", "12", "--format", "json"])
    #expect(other.stdout != json.stdout)
  }

  @Test func badMonteCarloRunsAreClearErrors() throws {
    for (arguments, status, says) in [
      (["--monte-carlo", "0"], 64, "from 1 to 10000000"),
      (["--monte-carlo", "10000001"], 64, "from 1 to 10000000"),
      (["--monte-carlo", "many"], 64, "--monte-carlo"),
      (["--monte-carlo", "10", "--threads", "0"], 64, "--threads"),
      (["--monte-carlo", "10", "--shock", "revenue=-5%"], 64, "does not go with"),
    ] {
      let result = try stress(arguments + ["--lang", "en"])
      #expect(result.status == Int32(status), "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(says), "\(arguments): \(result.stderr)")
    }
    let none = try Repository.runEssor([
      "finance", "stress", "--workspace", Repository.path("samples/scic-terres-communes"),
      "--monte-carlo", "10", "--lang", "en",
    ])
    #expect(none.status == 65 && none.stderr.contains("“uncertainty:” block"), "\(none.stderr)")
  }

  @Test func theWorkbookRecalculatesAndChartsEveryShock() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("stress.xlsx")
    let written = try stress(["--standard", "--output", path])
    #expect(written.status == 0, "\(written.stderr)")
    let inspected = try Repository.oracle("inspect_xlsx.py", [path])
    let book = try #require(try jsonObject(inspected.stdout) as? [String: Any])
    #expect(
      Set((book["sheets"] as? [String: Any])?.keys ?? [:].keys) == ["Résistance", "Trésorerie"])
    #expect((book["charts"] as? [Any])?.count == 2)
    let carlo = folder.file("monte-carlo.xlsx")
    let drawn = try stress(["--monte-carlo", "200", "--output", carlo])
    #expect(drawn.status == 0, "\(drawn.stderr)")
    let carloBook = try #require(
      try jsonObject(try Repository.oracle("inspect_xlsx.py", [carlo]).stdout) as? [String: Any])
    #expect((carloBook["charts"] as? [Any])?.count == 2)
    let check = try Repository.oracle("lo_recalc.py", [path, carlo])
    let report = try #require(try jsonObject(check.stdout) as? [String: Any])
    #expect(report["planted"] as? Double == 2)
    let books = try #require(report["workbooks"] as? [[String: Any]])
    #expect(books.allSatisfy { ($0["mismatches"] as? [Any])?.isEmpty == true }, "\(books)")
  }
}
