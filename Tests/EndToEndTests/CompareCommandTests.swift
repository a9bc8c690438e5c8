import Foundation
import TestSupport
import Testing

/// `essor finance compare` on the sample SCOP's three scenarios, through the built binary:
/// every figure is the one `finance plan` gives for that scenario, the best of each row is
/// named, and the workbook recalculates in LibreOffice to its cached values.
@Suite(.serialized) struct CompareCommandTests {
  private let workspace = ["--workspace", Repository.path("samples/scop-lauragais")]

  private func compare(_ arguments: [String]) throws -> ProcessResult {
    try Repository.runEssor(["finance", "compare"] + workspace + arguments)
  }

  private func rows(_ result: ProcessResult) throws -> [String: [String: Any]] {
    let object = try #require(try jsonObject(result.stdout) as? [String: Any])
    let comparison = try #require(object["comparison"] as? [String: Any])
    let rows = try #require(comparison["rows"] as? [[String: Any]])
    return Dictionary(
      uniqueKeysWithValues: rows.compactMap { row in
        (row["id"] as? String).map { ($0, row) }
      })
  }

  @Test func everyScenarioIsComparedMainFirstWithThePlansOwnFigures() throws {
    let result = try compare(["--format", "json", "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try jsonObject(result.stdout) as? [String: Any])
    let scenarios = try #require(
      (object["comparison"] as? [String: Any])?["scenarios"] as? [[String: Any]])
    let ids = scenarios.compactMap { $0["id"] as? String }
    #expect(ids == ["base", "quasi-fonds-propres", "tout-banque"])
    let rows = try rows(result)
    for (index, id) in ids.enumerated() {
      let plan = try Repository.runEssor(
        ["finance", "plan", id, "--format", "json"] + workspace)
      let figures = try #require(
        (try jsonObject(plan.stdout) as? [String: Any])?["plan"] as? [String: Any])
      let values = { (row: String) in (rows[row]?["values"] as? [Any])?[index] }
      #expect(values("lowest-cash") as? Double == figures["minCash"] as? Double, "\(id)")
      #expect(values("npv") as? Double == figures["npv"] as? Double, "\(id)")
      #expect(values("needs") as? Double == figures["initialNeeds"] as? Double, "\(id)")
      #expect(values("ask") as? Double == figures["askTotalWholePlan"] as? Double, "\(id)")
      #expect(
        (scenarios[index]["verdict"] as? String)
          == (figures["verdict"] as? String).map {
            $0 == "conditional" ? "fundable-with-conditions" : $0
          }, "\(id)")
      // The total cost is its parts.
      let parts = ["cost.interest", "cost.charges", "cost.remuneration"].compactMap {
        values($0) as? Double
      }
      #expect(abs(parts.reduce(0, +) - (values("cost") as? Double ?? -1)) < 0.005, "\(id)")
    }
    // Less bank and more quasi-equity costs less and covers debt service better; all bank
    // borrows most.
    #expect(rows["cost"]?["best"] as? [String] == ["quasi-fonds-propres"])
    #expect(rows["dscr"]?["best"] as? [String] == ["quasi-fonds-propres"])
    #expect(rows["gearing.quasi"]?["best"] as? [String] == ["quasi-fonds-propres"])
    let banks = try #require(rows["mix.bank-loan"]?["values"] as? [Double])
    #expect(banks == [120_000, 80_000, 230_000])
    // Rows that are facts name no best; rows where all agree neither.
    #expect((rows["needs"]?["best"] as? [Any])?.isEmpty == true)
    #expect((rows["rules"]?["best"] as? [Any])?.isEmpty == true)
  }

  /// The terminal shows the best next to each label and a difference column per scenario;
  /// Markdown too.
  @Test func theTableNamesTheBestAndTheDifferences() throws {
    let text = try Repository.runEssor(
      ["finance", "compare", "base", "tout-banque", "--lang", "en"] + workspace,
      environment: ["COLUMNS": "160"])
    #expect(text.status == 0, "\(text.stderr)")
    let line = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("Bank loan ") })
    #expect(
      line.contains("120,000.00") && line.contains("230,000.00") && line.contains("110,000.00"),
      "\(line)")
    #expect(text.stdout.contains("Δ") && text.stdout.contains("Best"))
    let markdown = try compare(["base", "tout-banque", "--format", "md", "--lang", "en"])
    #expect(
      markdown.stdout.contains("| Total cost of financing over the plan | base |"),
      "\(markdown.stdout.prefix(2000))")
  }

  /// The same `--set` changes every scenario compared, and each says so.
  @Test func setChangesEveryScenarioCompared() throws {
    let result = try compare(
      ["base", "quasi-fonds-propres", "--set", "operations.purchases=38%", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try jsonObject(result.stdout) as? [String: Any])
    let scenarios = try #require(
      (object["comparison"] as? [String: Any])?["scenarios"] as? [[String: Any]])
    #expect(scenarios.allSatisfy { ($0["overrides"] as? [Any])?.count == 1 })
    let lowered = try rows(result)["lowest-cash"]?["values"] as? [Double]
    let plain =
      try rows(try compare(["base", "quasi-fonds-propres", "--format", "json"]))[
        "lowest-cash"]?["values"] as? [Double]
    #expect(zip(lowered ?? [], plain ?? []).allSatisfy { $0 < $1 })
  }

  @Test func badScenariosAreUsageOrInputErrors() throws {
    let unknown = try compare(["base", "sobre", "--lang", "en"])
    #expect(unknown.status == 66, "\(unknown.stderr)")
    #expect(
      unknown.stderr.contains("“sobre” does not exist") && unknown.stderr.contains("tout-banque"))
    let missing = try Repository.runEssor(
      ["finance", "compare", "--file", "/nonexistent/a.yaml", "--lang", "en"])
    #expect(missing.status == 66, "\(missing.stderr)")
    let badSet = try compare(["--set", "resources[9].amount=1", "--lang", "en"])
    #expect(
      badSet.status == 64 && badSet.stderr.contains("--set resources[9].amount"), "\(badSet.stderr)"
    )
    #expect(badSet.stdout.isEmpty)
  }

  @Test func theWorkbookRecalculatesAndChartsEveryScenario() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("compare.xlsx")
    let written = try compare(["--output", path])
    #expect(written.status == 0, "\(written.stderr)")
    let inspected = try Repository.oracle("inspect_xlsx.py", [path])
    let book = try #require(try jsonObject(inspected.stdout) as? [String: Any])
    let sheets = try #require(book["sheets"] as? [String: [String: Any]])
    #expect(
      Set(sheets.keys) == ["Comparaison", "Ratios", "Mix", "Service de la dette", "Trésorerie"])
    let charts = try #require(book["charts"] as? [[String: Any]])
    #expect(charts.count == 3)
    #expect(charts.allSatisfy { ($0["flatCaches"] as? Int) == 0 })
    let check = try Repository.oracle("lo_recalc.py", [path])
    let report = try #require(try jsonObject(check.stdout) as? [String: Any])
    #expect(report["planted"] as? Double == 2)
    let books = try #require(report["workbooks"] as? [[String: Any]])
    #expect(books.allSatisfy { ($0["mismatches"] as? [Any])?.isEmpty == true }, "\(books)")
  }
}
