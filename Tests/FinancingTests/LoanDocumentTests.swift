import EssorCore
import EssorReport
import Financing
import TestSupport
import Testing

@Suite struct LoanDocumentTests {
  @Test func oneLoanGivesALoanSheetWithNamedInputsAndYearlyTotalsThenItsSchedule() throws {
    let schedule = LoanEngine.schedule(loan(100_000, "4%", periods: 84, fees: 500))
    let document = FinancingTool.loanDocument([schedule], language: .en, enterprise: "Coop")
    #expect(document.sections.map { $0.sheetName ?? "" } == ["Loan", "Schedule"])
    // The yearly totals and their chart sit under the inputs, on the loan's page.
    #expect(
      document.sections[0].blocks.contains {
        if case .table(let t) = $0 { t.id == "yearly" } else { false }
      })
    let names = document.sections[0].blocks.flatMap { block -> [String] in
      guard case .keyFigures(let figures) = block else { return [] }
      return figures.compactMap(\.cell.name)
    }
    for name in ["Amount", "AnnualRate", "Periods", "PeriodRate", "Regular", "TEG", "Fees"] {
      #expect(names.contains(name), "\(name)")
    }
    let table = try #require(document.tables.first { $0.table.id == "schedule" }?.table)
    #expect(table.rows.count == 84 + 2)
    // Interest, principal and balance are formulas over the names, with Essor's values cached.
    let row = table.rows[1]
    #expect(row.cells[3].formula?.template == "ROUND({balance@-1}*PeriodRate,2)")
    #expect(row.cells[3].value == .money(Money(cents: 33_333)))
    #expect(row.cells[4].formula?.template == "MIN(MAX(Regular-{interest},0),{balance@-1})")
    #expect(row.cells[6].formula?.template == "{balance@-1}-{principal}")
    #expect(table.rows.last?.style == .total)
  }

  @Test func severalLoansGetASummaryAndPrefixedNames() {
    let schedules = [
      LoanEngine.schedule(loan(10_000, "2%", periods: 12)),
      LoanEngine.schedule(loan(20_000, "3%", periods: 24, method: .inFine)),
    ]
    let document = FinancingTool.loanDocument(schedules, language: .fr, enterprise: nil)
    #expect(document.sections.count == 5)
    #expect(document.sections[0].sheetName == "Synthèse")
    #expect(document.sections[3].sheetName == "Prêt 2")
    guard case .table(let summary) = document.sections[0].blocks[0] else {
      Issue.record("no summary table")
      return
    }
    #expect(summary.rows[1].cells[1].formula?.template == "Loan2_Amount")
  }

  @Test func theJSONPayloadHasTheDocumentedShape() {
    let schedule = LoanEngine.schedule(loan(100_000, "4%", periods: 84))
    let json = JSONRenderer().render(
      FinancingTool.loanDocument([schedule], language: .en, enterprise: nil))
    for key in [
      "\"schema\": 1", "\"loans\": [", "\"instalment\": 1366.88", "\"totalInterest\": 14817.97",
      "\"amount\": 100000.00", "\"teg\":", "\"totalInsurance\": 0.00", "\"totalCost\": 14817.97",
      "\"periodicity\": \"monthly\"", "\"method\": \"annuity\"", "\"periods\": 84",
      "\"schedule\": [", "\"payment\": 1366.88", "\"interest\": 333.33", "\"principal\": 1033.55",
      "\"insurance\": 0.00", "\"balance\": 98966.45", "\"date\": \"2027-02-28\"", "\"period\": 1",
    ] {
      #expect(json.contains(key), "\(key)")
    }
  }
}
