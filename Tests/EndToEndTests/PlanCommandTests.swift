import Foundation
import TestSupport
import Testing

/// `essor finance plan` on the sample enterprises and on broken scenarios, through the built
/// binary, with workbooks checked by LibreOffice and openpyxl and money by numpy-financial.
@Suite(.serialized) struct PlanCommandTests {
  static let samples = ["scop-lauragais", "scic-terres-communes", "sas-ess-recyclerie"]

  private func plan(_ arguments: [String], environment: [String: String] = [:]) throws
    -> ProcessResult
  {
    try Repository.runEssor(["finance", "plan"] + arguments, environment: environment)
  }

  private func workspace(_ sample: String) -> [String] {
    ["--workspace", Repository.path("samples/" + sample)]
  }

  private func payload(_ sample: String) throws -> [String: Any] {
    let result = try plan(workspace(sample) + ["--format", "json"])
    #expect(result.status == 0, "\(sample): \(result.stderr)")
    let object = try #require(try jsonObject(result.stdout) as? [String: Any])
    return try #require(object["plan"] as? [String: Any])
  }

  @Test(arguments: samples) func eachSamplePlanIsLawfulAndPrintsItsVerdictFirst(_ sample: String)
    throws
  {
    let result = try plan(workspace(sample), environment: ["COLUMNS": "120"])
    #expect(result.status == 0, "\(sample): \(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let verdict = try #require(lines.first { $0.contains("FINANÇABLE") || $0.contains("FUNDABLE") })
    #expect(!verdict.contains("NON FINANÇABLE") && !verdict.contains("NOT FUNDABLE"), "\(verdict)")
    #expect(lines.firstIndex(of: verdict) ?? 99 < 5, "the verdict is not at the top")
    // The summary first, the other sections named under it; --all shows them.
    #expect(
      (result.stdout.contains("Autres sections") || result.stdout.contains("Other sections"))
        && result.stdout.contains("--all"))
    #expect(!result.stdout.contains("■ Compte de résultat"))
    let all = try plan(workspace(sample) + ["--all"], environment: ["COLUMNS": "120"])
    for heading in ["■ Verdict", "■ Plan de financement initial", "■ Compte de résultat"] {
      #expect(
        all.stdout.contains(heading)
          || all.stdout.contains(
            heading.replacingOccurrences(
              of: "Plan de financement initial", with: "Initial financing plan"))
          || sample == "sas-ess-recyclerie", "\(sample): no \(heading)")
    }
    let plan = try payload(sample)
    #expect(plan["lawful"] as? Bool == true)
    #expect((plan["initialGap"] as? Double ?? -1) >= 0)
    #expect((plan["minCash"] as? Double ?? -1) >= 0)
    let years = try #require(plan["years"] as? [[String: Any]])
    #expect(years.count == 5)
    for year in years {
      #expect(year["cafSubtractive"] as? Double == year["cafAdditive"] as? Double)
    }
  }

  @Test func missedFundersThresholdsAreWarningsNotErrors() throws {
    let result = try plan(workspace("scic-terres-communes") + ["--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("essor: warning: Debt service coverage"), "\(result.stderr)")
    #expect(result.stderr.contains("threshold ≥ 1.20, worst year 2028"), "\(result.stderr)")
    #expect(!result.stderr.contains("error"))
    #expect(result.stdout.contains("FUNDABLE WITH CONDITIONS"))
  }

  @Test func theBrokenFixtureFailsTheSCOPControlRuleWithTheYearAndTheNumbers() throws {
    let fixture = Repository.path("Tests/Fixtures/financing/scop-outside-majority.yaml")
    let result = try plan(["--file", fixture])
    #expect(result.status == 65, "\(result.stdout.suffix(400)) \(result.stderr)")
    #expect(result.stdout.contains("NON FINANÇABLE"), "the plan is still shown")
    #expect(result.stderr.contains("E208"))
    #expect(result.stderr.contains("scop-outside-majority.yaml:"), "\(result.stderr)")
    #expect(result.stderr.contains("49 %") && result.stderr.contains("35 %"), "\(result.stderr)")
    #expect(result.stderr.contains("année 2 (2028)"), "\(result.stderr)")
    #expect(
      result.stderr.contains("\u{202F}") && result.stderr.contains("€"),
      "no amounts: \(result.stderr)")
    let english = try plan(["--file", fixture, "--lang", "en", "--format", "json"])
    #expect(english.status == 65)
    #expect(english.stderr.contains("outsiders") || english.stderr.contains("workers hold only"))
    let json = try #require(try jsonObject(english.stdout) as? [String: Any])
    let planned = try #require(json["plan"] as? [String: Any])
    #expect(planned["lawful"] as? Bool == false)
  }

  @Test func aPlanThatCannotBalanceExitsWithTheGapAndWritesNoWorkbook() throws {
    let folder = try TemporaryFolder()
    let scenario = folder.file("short.yaml")
    try """
    schema: 1
    start: 2027-01
    horizon: 3
    legal-form: sas-ess
    needs:
      investments: [{label: Four, amount: 200000, years: 5}]
    operations: {revenue: 300000, purchases: 30%, external-charges: 50000, payroll: {gross: 100000, employer-charges: 40%}}
    resources:
      - {kind: outside-shares, label: Fondateurs, amount: 20000}
      - {kind: bank-loan, amount: 100000, rate: 4%, years: 7}
    """.write(toFile: scenario, atomically: true, encoding: .utf8)
    let result = try plan(["--file", scenario, "--lang", "en"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("E209"), "\(result.stderr)")
    #expect(
      result.stderr.contains("does not balance") && result.stderr.contains("€80,000.00"),
      "\(result.stderr)")
    #expect(result.stderr.contains("cash goes below zero in 2027-01"), "\(result.stderr)")
    #expect(result.stdout.contains("NOT FUNDABLE"))
  }

  /// `--set` changes a field for one run: the outputs say which, with the file's value, and
  /// a bad path is a usage error naming the flag; `essor run` takes the flag repeated too.
  @Test func setChangesFieldsForOneRunAndSaysWhich() throws {
    let changed = try plan(
      workspace("scop-lauragais") + [
        "--lang", "en", "--set", "resources[label=\"Prêt participatif Socoden\"].amount=80000",
        "--set", "operations.purchases=36%", "--format", "json",
      ])
    #expect(changed.status == 0 || changed.status == 65, "\(changed.stderr)")
    let object = try #require(try jsonObject(changed.stdout) as? [String: Any])
    let overrides = try #require(
      (object["plan"] as? [String: Any])?["overrides"] as? [[String: Any]])
    #expect(
      overrides.map { $0["path"] as? String } == [
        "resources[label=\"Prêt participatif Socoden\"].amount", "operations.purchases",
      ])
    #expect(overrides.map { $0["previous"] as? String } == ["60000", "34%"])
    let text = try plan(
      workspace("scop-lauragais") + ["--lang", "en", "--set", "operations.purchases=36%"],
      environment: ["COLUMNS": "200"])
    #expect(
      text.stdout.contains("Changed for this run (--set): operations.purchases = 36% (file: 34%)"),
      "\(text.stdout.prefix(600))")
    let viaRun = try Repository.runEssor(
      [
        "run", "financing", "plan", "--workspace", Repository.path("samples/scop-lauragais"),
        "--lang", "en",
        "--set", "operations.purchases=36%", "--set", "vat.sales=20%", "--format", "json",
      ])
    let runObject = try #require(try jsonObject(viaRun.stdout) as? [String: Any])
    #expect(
      ((runObject["plan"] as? [String: Any])?["overrides"] as? [Any])?.count == 2,
      "\(viaRun.stderr)")
    for (set, code, says) in [
      ("resources[bank-loan].rate=5%", 64, "2 items of “resources” match"),
      ("operations.purchases", 64, "PATH=VALUE"),
      ("operations.purchases=lots", 65, "--set operations.purchases: field “operations.purchases”"),
    ] {
      let bad = try plan(workspace("scop-lauragais") + ["--lang", "en", "--set", set])
      #expect(bad.status == Int32(code), "\(set): \(bad.stderr)")
      #expect(bad.stderr.contains(says), "\(set): \(bad.stderr)")
      #expect(bad.stdout.isEmpty)
    }
  }

  /// The sample SCOP's scenario with four mistakes in four places: one run names them all,
  /// each at its line, and writes nothing.
  @Test func aScenarioWithSeveralMistakesReportsThemAllInOneRun() throws {
    let folder = try TemporaryFolder()
    let original = try String(
      contentsOfFile: Repository.path("samples/scop-lauragais/financing/base.yaml"), encoding: .utf8
    )
    var text = original
    for (from, to) in [
      ("  stock: 50000", "  stock: beaucoup"), ("  sales: 20%", "  sales: 250%"),
      ("amount: 65000", "amount: -65000"), ("    rate: 3.6%", "    rate: beaucoup"),
    ] {
      #expect(text.contains(from), "\(from)")
      text = text.replacingOccurrences(of: from, with: to)
    }
    let scenario = folder.file("base.yaml")
    try text.write(toFile: scenario, atomically: true, encoding: .utf8)
    let output = folder.file("plan.xlsx")
    let result = try plan(["--file", scenario, "--lang", "en", "-o", output])
    #expect(result.status == 65)
    let errors = result.stderr.split(separator: "\n").filter { $0.contains("error E") }
    #expect(errors.count == 4, "\(result.stderr)")
    let lines = errors.compactMap {
      $0.split(separator: ":").dropFirst(3).first.flatMap { Int($0) }
    }
    #expect(lines == lines.sorted() && Set(lines).count == 4, "\(result.stderr)")
    for field in [
      "opening-balance.stock", "vat.sales", "needs.investments[1].amount", "resources[1].rate",
    ] {
      #expect(result.stderr.contains("“\(field)”"), "\(field): \(result.stderr)")
    }
    #expect(result.stderr.contains("4 problems to fix"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func badScenarioFilesStopWithFileLineAndFieldThroughTheBinary() throws {
    let folder = try TemporaryFolder()
    let cases: [(String, String, String)] = [
      ("kind: outside-shares", "kind: mezzanine", "outside-shares, honour-loan"),
      ("horizon: 3", "horizon: 12", "from 1 to 10"),
      ("purchases: 30%", "purchases: 130%", "outside 0% to 100%"),
      ("years: 5}]", "years: 0}]", "depreciation years from 1 to 50"),
      ("amount: 20000}", "amount: -20000}", "negative"),
    ]
    let base = """
      schema: 1
      start: 2027-01
      horizon: 3
      legal-form: sas-ess
      needs:
        investments: [{label: Four, amount: 20000, years: 5}]
      operations: {revenue: 300000, purchases: 30%}
      resources:
        - {kind: outside-shares, label: Fondateurs, amount: 20000}
      """
    for (old, new, says) in cases {
      let path = folder.file("bad.yaml")
      let text = base.replacingOccurrences(of: old, with: new)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      let result = try plan([
        "--file", path, "--lang", "en", "--format", "xlsx", "-o", folder.file("out.xlsx"),
      ])
      #expect(result.status == 65, "\(new): \(result.stderr)")
      #expect(result.stderr.contains("bad.yaml:"), "\(new): \(result.stderr)")
      #expect(result.stderr.contains(says), "\(new): \(result.stderr)")
      #expect(result.stdout.isEmpty)
      #expect(
        !FileManager.default.fileExists(atPath: folder.file("out.xlsx")), "half-written output")
    }
  }

  @Test func anUnknownScenarioNamesTheOnesThatExist() throws {
    let result = try plan(workspace("scop-lauragais") + ["optimiste", "--lang", "en"])
    #expect(result.status == 66)
    #expect(result.stderr.contains("scenarios: base"), "\(result.stderr)")
  }

  @Test func samplePlanWorkbooksRecalculateInLibreOfficeToTheirCachedValues() throws {
    let folder = try TemporaryFolder()
    var paths: [String] = []
    for sample in Self.samples {
      let path = folder.file(sample + ".xlsx")
      let result = try plan(workspace(sample) + ["--format", "xlsx", "--output", path])
      #expect(result.status == 0, "\(result.stderr)")
      paths.append(path)
    }
    let result = try Repository.oracle("lo_recalc.py", paths)
    #expect(result.status == 0, "\(result.stderr)")
    let report = try #require(try jsonObject(result.stdout) as? [String: Any])
    #expect(report["planted"] as? Double == 2, "LibreOffice did not recalculate")
    let books = try #require(report["workbooks"] as? [[String: Any]])
    #expect(books.count == 3)
    for book in books {
      #expect((book["formulas"] as? Int ?? 0) > 1000, "\(book["path"] ?? "")")
      #expect(book["mismatchCount"] as? Int == 0, "\(book)")
      #expect((book["maxDiff"] as? Double ?? 1) <= 0.005)
    }
  }

  @Test func thePlanWorkbookHasNamedInputsTheSheetsAndTheCharts() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.xlsx")
    let result = try plan(workspace("scop-lauragais") + ["--format", "xlsx", "--output", path])
    #expect(result.status == 0, "\(result.stderr)")
    let inspected = try Repository.oracle("inspect_xlsx.py", [path])
    #expect(inspected.status == 0, "\(inspected.stderr)")
    let book = try #require(try jsonObject(inspected.stdout) as? [String: Any])
    let sheets = try #require(book["sheets"] as? [String: [String: Any]])
    for sheet in [
      "Verdict", "Hypothèses", "Plan initial", "Plan pluriannuel", "Compte de résultat",
      "Trésorerie", "Ratios", "Règles", "Prêt 1", "Échéancier 1",
    ] {
      #expect(sheets[sheet] != nil, "no sheet \(sheet): \(sheets.keys.sorted())")
    }
    let names = try #require(book["names"] as? [String: [String: Any]])
    for name in [
      "PurchasesRate", "EmployerCharges", "VAT", "ReceivableDays", "DiscountRate", "PartTravail",
      "OpeningCash", "InitialNeeds", "InitialResources", "InitialGap", "LowestCash", "Loan1_Amount",
    ] {
      #expect(names[name] != nil, "no name \(name)")
    }
    let charts = try #require(book["charts"] as? [[String: Any]])
    let kinds = Set(charts.flatMap { $0["kinds"] as? [String] ?? [] })
    #expect(
      kinds.contains("pieChart") && kinds.contains("lineChart") && kinds.contains("barChart"),
      "\(kinds)")
    let groupings = charts.flatMap { $0["grouping"] as? [String] ?? [] }
    #expect(groupings.contains("stacked"), "\(groupings)")
    // Charts over formula columns carry no cache of zeros (readers draw the cells instead).
    #expect(charts.allSatisfy { $0["flatCaches"] as? Int == 0 }, "\(charts)")
  }

  @Test func npvAndIrrAgreeWithNumpyFinancialInBothConventions() throws {
    var calls: [[String: Any]] = []
    var expected: [(Double, Double, Double?)] = []
    for sample in Self.samples {
      let plan = try payload(sample)
      let flows = try #require(plan["projectFlows"] as? [Double])
      let rate = 0.08
      calls.append(["fn": "npv", "args": [rate, flows]])
      calls.append(["fn": "irr", "args": [flows]])
      expected.append(
        (
          try #require(plan["npv"] as? Double), try #require(plan["spreadsheetNPV"] as? Double),
          plan["irr"] as? Double
        ))
    }
    let input = String(decoding: try JSONSerialization.data(withJSONObject: calls), as: UTF8.self)
    let result = try Repository.oracle("npf_oracle.py", stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    let answers = try #require(try jsonObject(result.stdout) as? [Any])
    for (index, (npv, spreadsheet, irr)) in expected.enumerated() {
      let oracleNPV = try #require(answers[2 * index] as? Double)
      #expect(abs(npv - oracleNPV) < 0.01, "npv \(npv) vs numpy-financial \(oracleNPV)")
      // The spreadsheet NPV() discounts the first flow too: npf.npv / (1 + rate).
      #expect(abs(spreadsheet - oracleNPV / 1.08) < 0.01)
      if let oracleIRR = answers[2 * index + 1] as? Double, let irr {
        #expect(abs(irr - oracleIRR) < 1e-6, "irr \(irr) vs \(oracleIRR)")
      }
    }
  }

  @Test func thePlanJSONValidatesAndRendersBackTheSame() throws {
    let folder = try TemporaryFolder()
    let json = folder.file("plan.json")
    let written = try plan(workspace("sas-ess-recyclerie") + ["--format", "json", "-o", json])
    #expect(written.status == 0, "\(written.stderr)")
    let check = try Repository.oracle(
      "validate_schema.py", [Repository.path("docs/schemas"), "output", json])
    let verdict = try #require(try jsonObject(check.stdout) as? [String: Any])
    #expect(verdict["valid"] as? Bool == true, "\(verdict)")
    let direct = try plan(workspace("sas-ess-recyclerie") + ["--format", "md"])
    let rendered = try Repository.runEssor(["render", json, "--format", "md"])
    #expect(rendered.status == 0, "\(rendered.stderr)")
    #expect(rendered.stdout == direct.stdout)
  }

  @Test func theMainScenarioFeedsTheFinancingFactsOfExternalTools() throws {
    let result = try Repository.runEssor(["tools", "--lang", "en"])
    #expect(result.status == 0)
    for fact in [
      "financing.ask.total", "financing.use_of_funds", "financing.sources", "financing.ratios",
      "financing.breakeven", "financing.min_cash",
    ] {
      #expect(result.stdout.contains(fact), "\(fact) not listed")
    }
  }

  @Test func theOutputFormatFollowsTheFileExtensionAndAContradictionIsRefused() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.xlsx")
    let written = try plan(workspace("scop-lauragais") + ["-o", path])
    #expect(written.status == 0, "\(written.stderr)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.starts(with: [0x50, 0x4B]), "not a zip: the table text went into the .xlsx")
    let refused = try plan(
      workspace("scop-lauragais") + ["--format", "md", "-o", folder.file("x.xlsx")])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("E103"), "\(refused.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.file("x.xlsx")))
  }

  @Test func severalScenariosWithoutBaseAskWhichOneAndInputsAreNeverOverwritten() throws {
    let folder = try TemporaryFolder()
    let root = folder.file("coop")
    try FileManager.default.copyItem(
      atPath: Repository.path("samples/scop-lauragais"), toPath: root)
    let financing = root + "/financing/"
    try FileManager.default.copyItem(
      atPath: Repository.path("Tests/Fixtures/financing/loans.yaml"),
      toPath: financing + "loans.yaml")
    try FileManager.default.moveItem(atPath: financing + "base.yaml", toPath: financing + "a.yaml")
    try FileManager.default.copyItem(atPath: financing + "a.yaml", toPath: financing + "b.yaml")
    let ambiguous = try plan(["--workspace", root, "--lang", "en"])
    #expect(ambiguous.status == 64, "\(ambiguous.stderr)")
    #expect(ambiguous.stderr.contains("scenarios: a, b"), "\(ambiguous.stderr)")
    let named = try plan(["--workspace", root, "b.yaml", "--format", "json"])
    #expect(named.status == 0, "\(named.stderr)")
    let loans = try String(contentsOfFile: financing + "loans.yaml", encoding: .utf8)
    for target in ["loans.yaml", "a.yaml"] {
      let clobber = try plan(["--workspace", root, "b", "-o", financing + target])
      #expect(clobber.status == 64, "\(target): \(clobber.stderr)")
    }
    #expect(try String(contentsOfFile: financing + "loans.yaml", encoding: .utf8) == loans)
    let notScenario = try plan(["--workspace", root, "loans", "--lang", "en"])
    #expect(notScenario.status == 64 && notScenario.stderr.contains("not a scenario"))
  }

  @Test func hugeButValidAmountsNeverTrap() throws {
    let folder = try TemporaryFolder()
    let scenario = folder.file("huge.yaml")
    try """
    schema: 1
    start: 2027-01
    horizon: 10
    legal-form: scop
    needs:
      investments: [{label: Usine, amount: 999999999999, years: 1}]
      working-capital: {receivable-days: 365, payable-days: 365, stock-days: 365}
    operations:
      revenue: 999999999999
      purchases: 1%
      external-charges: 999999999999
      payroll: {gross: 999999999999, employer-charges: 100%, headcount: 10}
    resources:
      - {kind: worker-shares, amount: 999999999999, members: 10, yearly-contribution: 100%}
      - {kind: bank-loan, amount: 999999999999, rate: 99%, years: 10}
    """.write(toFile: scenario, atomically: true, encoding: .utf8)
    let result = try plan(["--file", scenario, "--format", "xlsx", "-o", folder.file("huge.xlsx")])
    #expect(result.status == 0 || result.status == 65, "\(result.status): \(result.stderr)")
    #expect(!result.stderr.contains("Fatal") && !result.stderr.contains("runtime failure"))
  }

  /// A consultant changes an assumption in the workbook: the P&L follows and stays coherent.
  @Test func editingANamedInputRecalculatesThePlanCoherently() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.xlsx")
    let written = try plan(workspace("scop-lauragais") + ["--lang", "en", "-o", path])
    #expect(written.status == 0, "\(written.stderr)")
    let result = try Repository.oracle(
      "lo_edit_recalc.py", [path, "PurchasesRate=0.40", "--", "P&L"])
    #expect(result.status == 0, "\(result.stderr)")
    let sheets = try #require(
      (try jsonObject(result.stdout) as? [String: Any])?["sheets"] as? [String: Any])
    let rows = try #require(sheets["P&L"] as? [[Any]])
    func line(_ label: String) throws -> [Double] {
      let row = try #require(
        rows.first { ($0.first as? String)?.hasPrefix(label) == true }, "\(label)")
      return row.dropFirst().compactMap { $0 as? Double }
    }
    let revenue = try line("Revenue")
    let purchases = try line("Purchases")
    #expect(revenue.count == 5 && purchases.count == 5)
    for (sales, bought) in zip(revenue, purchases) { #expect(abs(bought - sales * 0.40) < 0.01) }
    #expect(try line("Difference between the two CAF").allSatisfy { abs($0) < 0.005 })
    let ebe = try line("EBITDA")
    let plan = try payload("scop-lauragais")
    let years = try #require(plan["years"] as? [[String: Any]])
    let before = try #require(years[0]["ebe"] as? Double)
    #expect(abs((before - ebe[0]) - revenue[0] * 0.06) < 0.01, "EBE did not follow")
  }

  /// A consultant edits several inputs in the workbook (revenue, gross pay, purchases, employer
  /// charges, the bank loan's amount, rate and fees): after a forced LibreOffice recalculation every live line
  /// of the P&L equals Essor's own figures for the same edits made in the YAML, and the
  /// consistency line says the values computed month by month no longer hold.
  @Test func editedInputsGiveEssorsFiguresAndFlagWhatIsNoLongerTrue() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.xlsx")
    let written = try plan(workspace("scop-lauragais") + ["--lang", "en", "-o", path])
    #expect(written.status == 0, "\(written.stderr)")
    // Loan 2 is the bank loan (loan 1 is the one already running); its fees include the
    // France Active fee on the guaranteed half: 800 + 2.5 % × 50 % × 100 000 = 2 050.
    let result = try Repository.oracle(
      "lo_edit_recalc.py",
      [
        path, "Revenue1=1400000", "GrossPay2=480000", "PurchasesRate=0.40",
        "EmployerCharges=0.45", "Loan2_Amount=100000", "Loan2_AnnualRate=0.05", "Loan2_Fees=2050",
        "--", "P&L", "Verdict",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let sheets = try #require(
      (try jsonObject(result.stdout) as? [String: Any])?["sheets"] as? [String: Any])
    let rows = try #require(sheets["P&L"] as? [[Any]])
    func line(_ label: String) throws -> [Double] {
      let row = try #require(
        rows.first { ($0.first as? String)?.hasPrefix(label) == true }, "\(label)")
      return row.dropFirst().compactMap { $0 as? Double }
    }
    var yaml = try String(
      contentsOfFile: Repository.path("samples/scop-lauragais/financing/base.yaml"),
      encoding: .utf8)
    for (old, new) in [
      ("revenue: [1350000,", "revenue: [1400000,"),
      ("gross: [437000, 474000,", "gross: [437000, 480000,"),
      ("purchases: 34%", "purchases: 40%"), ("employer-charges: 42%", "employer-charges: 45%"),
      ("amount: 120000\n    rate: 4.1%", "amount: 100000\n    rate: 5%"),
    ] {
      #expect(yaml.contains(old), "\(old)")
      yaml = yaml.replacingOccurrences(of: old, with: new)
    }
    let edited = folder.file("edited.yaml")
    try yaml.write(toFile: edited, atomically: true, encoding: .utf8)
    let rerun = try plan(workspace("scop-lauragais") + ["--file", edited, "--format", "json"])
    let object = try #require(try jsonObject(rerun.stdout) as? [String: Any])
    let years = try #require((object["plan"] as? [String: Any])?["years"] as? [[String: Any]])
    for (label, key) in [
      ("EBITDA", "ebe"), ("Part travail", "participation"), ("Corporate tax", "corporateTax"),
      ("Net result", "netResult"), ("CAF — subtractive", "cafSubtractive"),
    ] {
      let workbook = try line(label)
      #expect(workbook.count == years.count, "\(label)")
      for (index, year) in years.enumerated() {
        let essor = try #require(year[key] as? Double)
        #expect(abs(workbook[index] - essor) < 0.005, "\(label) year \(index + 1)")
      }
    }
    let verdict = try #require(sheets["Verdict"] as? [[Any]])
    let check = try #require(
      verdict.first { ($0.first as? String) == "Consistency with the inputs" })
    #expect((check[1] as? String)?.hasPrefix("⚠ inputs changed since the export") == true)
  }

  /// `essor init` says what it made and what comes next; `essor finance new` writes a
  /// scenario prefilled from the profile that reads and projects as it stands, fundable, and
  /// never overwrites one.
  @Test(arguments: ["scop", "scic", "sas-ess"])
  func aNewWorkspaceGetsAScenarioThatProjectsAtOnce(_ form: String) throws {
    let folder = try TemporaryFolder()
    let root = folder.file("coop")
    let created = try Repository.runEssor([
      "init", root, "--name", "Essai", "--form", form, "--headcount", "8", "--lang", "en",
    ])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.contains("essor.yaml and the folders diagnostic/, canvas/"))
    #expect(created.stdout.contains("3. essor finance new --workspace"))
    let new = try Repository.runEssor(["finance", "new", "--workspace", root, "--lang", "en"])
    #expect(new.status == 0, "\(new.stderr)")
    #expect(FileManager.default.fileExists(atPath: root + "/financing/base.yaml"))
    let again = try Repository.runEssor(["finance", "new", "--workspace", root, "--lang", "en"])
    #expect(again.status != 0 && again.stderr.contains("already exists"))
    let projected = try plan(["--workspace", root, "--lang", "en"])
    #expect(projected.status == 0, "\(projected.stderr)")
    #expect(projected.stdout.contains("FUNDABLE") && !projected.stdout.contains("NOT FUNDABLE"))
  }

  /// The format's documentation shows every field: the binary must read it as it stands.
  @Test func theDocumentedExampleScenarioReadsWithoutInputErrors() throws {
    let doc = try String(contentsOfFile: Repository.path("docs/financing-plan.md"), encoding: .utf8)
    let start = try #require(doc.range(of: "```yaml\nschema: 1"))
    let end = try #require(doc.range(of: "```", range: start.upperBound..<doc.endIndex))
    let folder = try TemporaryFolder()
    let path = folder.file("example.yaml")
    try String(doc[doc.index(start.lowerBound, offsetBy: 8)..<end.lowerBound]).write(
      toFile: path, atomically: true, encoding: .utf8)
    let result = try plan(["--file", path, "--lang", "en"])
    // Only plan problems (E208 rules, E209 balance), never a reading error (E20x).
    for code in ["E201", "E202", "E203", "E204", "E205", "E206", "E207"] {
      #expect(!result.stderr.contains(code), "\(result.stderr)")
    }
    #expect(result.stdout.contains("■ Verdict"))
  }
}
