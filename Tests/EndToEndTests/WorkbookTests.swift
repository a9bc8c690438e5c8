import Foundation
import TestSupport
import Testing

/// The sample enterprises' loan workbooks, checked by independent readers.
@Suite(.serialized) struct WorkbookTests {
  static let samples = ["scop-lauragais", "scic-terres-communes", "sas-ess-recyclerie"]

  private func export(_ sample: String, to path: String, environment: [String: String] = [:]) throws
  {
    let result = try Repository.runEssor(
      [
        "finance", "loan", "--workspace", Repository.path("samples/" + sample), "--format", "xlsx",
        "--output", path,
      ], environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
  }

  /// The sample workbooks print on a few A4 pages, each sheet set up for paper.
  ///
  /// What a consultant prints: each sample's plan, diagnostic and canvas as A4 PDF pages
  /// through LibreOffice. The plan's statements take ten pages or fewer (the monthly cash
  /// plan two), each loan two (its inputs with its yearly totals, then its schedule); the
  /// diagnostic four (its answers are an appendix on two); a canvas workbook three. Every
  /// sheet is A4, fitted one page wide, numbered in its footer, and prints its charts.
  @Test func sampleWorkbooksPrintOnAFewPages() throws {
    let folder = try TemporaryFolder()
    var paths: [String] = []
    var most: [String: Int] = [:]
    // The SCOP and the ESS company have four loans, the SCIC six (its bridge loans).
    let loans = ["scop-lauragais": 4, "scic-terres-communes": 6, "sas-ess-recyclerie": 4]
    for sample in ["scop-lauragais", "scic-terres-communes", "sas-ess-recyclerie"] {
      for (name, command, pages) in [
        ("plan", ["finance", "plan"], 10 + 2 * (loans[sample] ?? 0)),
        ("diagnostic", ["diagnose", "report"], 4), ("canvas", ["canvas", "show"], 3),
      ] {
        let path = folder.file("\(sample)-\(name).xlsx")
        let written = try Repository.runEssor(
          command + ["--workspace", Repository.path("samples/" + sample), "-o", path])
        #expect(FileManager.default.fileExists(atPath: path), "\(written.stderr)")
        paths.append(path)
        most[path] = pages
      }
    }
    let result = try Repository.oracle("pdf_pages.py", paths)
    #expect(result.status == 0, "\(result.stderr)")
    let pages = try #require(
      (try jsonObject(result.stdout) as? [String: Any])?["pages"] as? [String: Int])
    for path in paths {
      let count = try #require(pages[path], "\(path)")
      #expect(count >= 1 && count <= most[path] ?? 0, "\(path): \(count) pages")
      let inspected = try Repository.oracle("inspect_xlsx.py", [path])
      let book = try #require(try jsonObject(inspected.stdout) as? [String: Any])
      let sheets = try #require(book["sheets"] as? [String: [String: Any]])
      for (name, sheet) in sheets {
        let page = try #require(sheet["page"] as? [String: Any], "\(name)")
        #expect(page["paper"] as? Int == 9, "\(path) › \(name): not A4")
        #expect(page["fitToPage"] as? Bool == true && page["fitToWidth"] as? Int == 1, "\(name)")
        #expect((page["footer"] as? String)?.contains("&P") == true, "\(name): no page number")
        // A chart below the print area would be left off the page (or to a page of its own).
        let last = page["printAreaLastRow"] as? Int ?? 0
        for chart in page["charts"] as? [[String: Int]] ?? [] {
          #expect((chart["toRow"] ?? .max) <= last, "\(path) › \(name): a chart outside the print")
        }
      }
    }
  }

  @Test func sampleWorkbooksRecalculateInLibreOfficeToTheirCachedValues() throws {
    let folder = try TemporaryFolder()
    let paths = Self.samples.map { folder.file($0 + ".xlsx") }
    for (sample, path) in zip(Self.samples, paths) { try export(sample, to: path) }
    let result = try Repository.oracle("lo_recalc.py", paths)
    #expect(result.status == 0, "\(result.stderr)")
    let report = try #require(try jsonObject(result.stdout) as? [String: Any])
    #expect(
      report["planted"] as? Double == 2, "LibreOffice did not recalculate: the check proves nothing"
    )
    let books = try #require(report["workbooks"] as? [[String: Any]])
    #expect(books.count == 3)
    for book in books {
      #expect((book["formulas"] as? Int ?? 0) > 500)
      #expect(book["mismatchCount"] as? Int == 0, "\(book)")
      #expect((book["maxDiff"] as? Double ?? 1) <= 0.005)
    }
  }

  @Test func sampleWorkbooksOpenInOpenpyxlWithNamesFormatsAndCharts() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("scop.xlsx")
    try export("scop-lauragais", to: path)
    let json = try Repository.runEssor([
      "finance", "loan", "--workspace", Repository.path("samples/scop-lauragais"), "--format",
      "json",
    ])
    let loans = try #require(
      (try jsonObject(json.stdout) as? [String: Any])?["loans"] as? [[String: Any]])
    let result = try Repository.oracle("inspect_xlsx.py", [path])
    #expect(result.status == 0, "\(result.stderr)")
    let book = try #require(try jsonObject(result.stdout) as? [String: Any])
    let sheets = try #require(book["sheets"] as? [String: [String: Any]])
    #expect(
      sheets.keys.sorted()
        == [
          // The scenario's four loans (the running one and the plan's three).
          "Prêt 1", "Prêt 2", "Prêt 3", "Prêt 4",
          "Synthèse", "Échéancier 1", "Échéancier 2", "Échéancier 3", "Échéancier 4",
        ].sorted())
    let names = try #require(book["names"] as? [String: [String: Any]])
    for (index, loan) in loans.enumerated() {
      let prefix = "Loan\(index + 1)_"
      #expect(names[prefix + "Amount"]?["value"] as? Double == loan["amount"] as? Double)
      #expect(names[prefix + "Instalment"]?["value"] as? Double == loan["instalment"] as? Double)
      #expect(
        names[prefix + "TotalInterest"]?["value"] as? Double == loan["totalInterest"] as? Double)
      for name in ["AnnualRate", "Periods", "PeriodRate", "Fees", "InsuranceRate", "TEG"] {
        #expect(names[prefix + name] != nil, "\(prefix + name)")
      }
    }
    let schedule = try #require(sheets["Échéancier 1"])
    #expect(schedule["freeze"] as? String == "A4")
    let cells = try #require(schedule["cells"] as? [String: [String: Any]])
    #expect(cells["D5"]?["value"] as? String == "=ROUND(G4*Loan1_PeriodRate,2)")
    let first = try #require((loans[0]["schedule"] as? [[String: Any]])?.first)
    #expect(cells["D5"]?["cached"] as? Double == first["interest"] as? Double)
    #expect((cells["D5"]?["format"] as? String)?.contains("€") == true)
    #expect(cells["B5"]?["format"] as? String == "yyyy\\-mm\\-dd")
    let charts = try #require(book["charts"] as? [[String: Any]])
    #expect(charts.count == 8)
    let properties = try #require(book["properties"] as? [String: Any])
    #expect(properties["creator"] as? String == "Essor")
    #expect(book["company"] as? String == "La Fabrique du Lauragais")
  }

  /// Loans at the edges still recalculate to their cached values.
  @Test func unusualLoansRecalculateToTheirCachedValues() throws {
    let folder = try TemporaryFolder()
    let loans = """
      schema: 1
      loans:
        - {label: "Half-cent tie", amount: "100.50", rate: 12%, periods: 2}
        - {label: "One period", amount: 5000, rate: 6%, periods: 1, periodicity: annual}
        - {label: "Zero rate", amount: 10000, rate: 0%, years: 1}
        - {label: "In fine after total grace", amount: 20000, rate: 5%, years: 3, method: in-fine,
           grace-months: 12, grace-type: total, periodicity: quarterly}
        - {label: "Actuarial, 30 years", amount: 300000, rate: 3.5%, years: 30, rate-mode: actuarial,
           insurance-rate: 0.36%}
        - {label: "Fees of 99 %", amount: 100000, rate: 4%, years: 7, fees: 99000}
        - {label: "L'apostrophe [et] crochets", amount: 1000, rate: 100%, years: 1}
      """
    try loans.write(toFile: folder.file("loans.yaml"), atomically: true, encoding: .utf8)
    let path = folder.file("edge.xlsx")
    let result = try Repository.runEssor([
      "finance", "loan", "--file", folder.file("loans.yaml"), "--format", "xlsx", "--output", path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let check = try Repository.oracle("lo_recalc.py", [path])
    let report = try #require(try jsonObject(check.stdout) as? [String: Any])
    #expect(report["planted"] as? Double == 2)
    let book = try #require((report["workbooks"] as? [[String: Any]])?.first)
    #expect(book["mismatchCount"] as? Int == 0, "\(book)")
  }

  @Test func workbookBytesAreTheSameUnderAFrenchLocale() throws {
    let folder = try TemporaryFolder()
    let fixed = ["SOURCE_DATE_EPOCH": "1800000000"]
    try export(
      "scic-terres-communes", to: folder.file("c.xlsx"),
      environment: fixed.merging(["LC_ALL": "C"]) { a, _ in a })
    try export(
      "scic-terres-communes", to: folder.file("fr.xlsx"),
      environment: fixed.merging(["LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"]) { a, _ in a })
    let c = try Data(contentsOf: URL(fileURLWithPath: folder.file("c.xlsx")))
    let fr = try Data(contentsOf: URL(fileURLWithPath: folder.file("fr.xlsx")))
    #expect(!c.isEmpty)
    #expect(c == fr)
  }
}
