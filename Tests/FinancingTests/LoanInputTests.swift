import EssorCore
import Financing
import Foundation
import TestSupport
import Testing

@Suite struct LoanInputTests {
  private func input(_ fields: [String: String]) -> LoanInput {
    var values: [String: LoanInput.Value] = [:]
    for (name, text) in fields { values[name] = LoanInput.Value(text, at: .flag("--" + name)) }
    return LoanInput(
      values: values, location: nil, invalidCode: .invalidOption, defaultLabel: "Loan",
      defaultStart: CalendarDate.testStart)
  }

  private let base = ["amount": "100000", "rate": "4%", "years": "7"]

  @Test func readsEveryField() throws {
    let terms = try input([
      "amount": "100 000", "rate": "0.04", "periods": "28", "method": "linear",
      "periodicity": "quarterly", "grace-months": "6", "grace-type": "total", "fees": "500",
      "insurance-rate": "0.3%", "start": "2027-01-15", "rate-mode": "actuarial", "label": "Van",
    ]).terms()
    #expect(terms.periods == 28)
    #expect(terms.gracePeriods == 2)
    #expect(terms.graceType == .total)
    #expect(terms.method == .linear)
    #expect(terms.fees == Money(euros: 500))
    #expect(terms.insuranceRate == Rate.parse("0.3%"))
    #expect(terms.start.description == "2027-01-15")
    #expect(terms.rateMode == .actuarial)
    #expect(terms.label == "Van")
  }

  /// Each bad value, the flag the error must name, and words of what is allowed.
  @Test(
    arguments: [
      (["amount": "0"], "--amount", "positive amount"),
      (["amount": "-5"], "--amount", "positive amount"),
      (["amount": "lots"], "--amount", "an amount in euros"),
      (["rate": "-1%"], "--rate", "from 0% to 100%"),
      (["rate": "150%"], "--rate", "from 0% to 100%"),
      (["rate": "4"], "--rate", "for 4 percent, write “4%”"),
      (["years": "0"], "--years", "from 1 to 100"),
      (["years": "7.5"], "--years", "whole number of years"),
      (["periods": "0", "years": "0"], "--years", "from 1 to 100"),
      (["method": "balloon"], "--method", "annuity, linear, in-fine"),
      (["periodicity": "weekly"], "--periodicity", "monthly, quarterly, semiannual, annual"),
      (["grace-months": "84"], "--grace-months", "shorter than the loan"),
      (["grace-months": "100"], "--grace-months", "shorter than the loan"),
      (["grace-months": "-1"], "--grace-months", "months from 0 to 1200"),
      (
        ["grace-months": "5", "periodicity": "quarterly"], "--grace-months", "multiple of 3 months"
      ),
      (["grace-type": "some"], "--grace-type", "partial, total"),
      (["fees": "100000"], "--fees", "below the amount lent"),
      (["insurance-rate": "101%"], "--insurance-rate", "from 0% to 100%"),
      (["start": "2027-13"], "--start", "YYYY-MM"),
      (["rate-mode": "compound"], "--rate-mode", "proportional, actuarial"),
      (["periods": "12"], "--periods", "not both"),
      (["label": "red \u{1B}[31m"], "--label", "without control characters"),
      (["label": "two\nlines"], "--label", "without control characters"),
      (["label": "  "], "--label", "one line of text"),
      (["start": "9999-12"], "--start", "earlier disbursement date"),
      (["start": "1899-12"], "--start", "from 1900 to 9999"),
      (["periods": "101", "years": "101", "periodicity": "annual"], "--years", "from 1 to 100"),
      (
        ["periods": "1200", "periodicity": "annual", "years": ""], "--periods",
        "from 1 to 100 instalments"
      ),
      (
        [
          "rate": "100%", "periods": "1200", "years": "100", "grace-months": "1199",
          "grace-type": "total",
        ],
        "--grace-months", "shorter total grace"
      ),
    ] as [([String: String], String, String)])
  func badValuesAreUsageErrorsNamingTheFlag(change: [String: String], flag: String, allowed: String)
  {
    // An empty value removes the field from the base command.
    let fields = base.merging(change) { _, new in new }.filter { !$0.value.isEmpty }
    let error = #expect(throws: EssorError.self) { try input(fields).terms() }
    #expect(error?.kind.exitCode == 64)
    #expect(error?.location == .flag(flag), "\(String(describing: error))")
    let words = (error?.message.en ?? "") + " " + (error?.hint?.en ?? "")
    #expect(words.contains(allowed), "\(words)")
    #expect(error?.hint?.fr.isEmpty == false)
  }

  @Test func missingFieldsAreNamed() {
    let error = #expect(throws: EssorError.self) {
      try input(["amount": "1000", "rate": "3%"]).terms()
    }
    #expect(error?.code == .missingOption)
    #expect(error?.message.en.contains("years / periods") == true)
  }
}

@Suite struct LoanFileTests {
  private func load(_ text: String) throws -> [LoanTerms] {
    let folder = try TemporaryFolder()
    let path = folder.file("loans.yaml")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return try LoanFile.load(path: "\(path)", defaultStart: CalendarDate.testStart)
  }

  @Test func aLoansFileAndEverySampleScenarioLoadAndSchedule() throws {
    let file = try LoanFile.load(
      path: Repository.path("Tests/Fixtures/financing/loans.yaml"),
      defaultStart: CalendarDate.testStart)
    #expect(file.count == 3)
    for terms in file { expectInvariants(LoanEngine.schedule(terms)) }
    // The samples' loans live in their scenarios.
    for sample in ["scop-lauragais", "scic-terres-communes", "sas-ess-recyclerie"] {
      let workspace = try Workspace(root: Repository.path("samples/\(sample)"))
      let loans = try #require(try FinancingTool.scenarioLoans(workspace, environment: [:])).loans
      #expect(loans.count >= 3, "\(sample)")
      for terms in loans { expectInvariants(LoanEngine.schedule(terms)) }
    }
  }

  /// Each broken file, the line:column and the words the error must carry.
  @Test(
    arguments: [
      (
        "schema: 1\nloans:\n  - amount: 1000\n    rate: 4%\n    years: seven\n", 65, ":5:12",
        "whole number of years"
      ),
      (
        "schema: 1\nloans:\n  - amount: 1000\n    rate: 4%\n    yeras: 7\n", 65, ":5:5",
        "did you mean “years”"
      ),
      (
        "schema: 1\nloans:\n  - amount: 1000\n    rate: [4]\n    years: 7\n", 65, ":4:11",
        "expected a value"
      ),
      ("schema: 1\nloans:\n  amount: 1000\n", 65, ":3:3", "expected a list"),
      ("schema: 1\nloans:\n  - amount: 1000\n    years: 7\n", 65, ":3:5", "“rate” is required"),
      ("schema: 1\nloans: []\n", 65, ":1:1", "empty"),
      ("schema: 3\nloans: []\n", 65, ":1:9", "version 3"),
      ("loans:\n  - amount: 1000\n", 65, ":1:1", "“schema” is required"),
      (
        "schema: 1\nloans:\n  - amount: 1000\n    rate: 4%\n   years: 7\n", 65, ":5:",
        "invalid YAML"
      ),
      (
        "schema: 1\nloans:\n  - amount: 1000\n    rate: 4%\n    years: 7\n    grace-months: 84\n",
        65, ":6:19", "shorter than the loan"
      ),
    ] as [(String, Int32, String, String)])
  func badFilesSayWhereAndWhat(text: String, exit: Int32, location: String, words: String) {
    let error = #expect(throws: EssorError.self) { try load(text) }
    #expect(error?.kind.exitCode == exit)
    let place = error?.location?.description ?? ""
    #expect(
      place.hasSuffix("loans.yaml" + location) || place.contains("loans.yaml" + location),
      "\(place)")
    let said = (error?.message.en ?? "") + " " + (error?.hint?.en ?? "")
    #expect(said.contains(words), "\(said)")
  }
}
