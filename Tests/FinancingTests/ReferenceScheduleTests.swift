import EssorCore
import Financing
import Foundation
import TestSupport
import Testing

/// Compares Essor's schedules, to the cent, with an independent Python implementation of the
/// documented rounding convention (decimal arithmetic, half-up).
@Suite struct ReferenceScheduleTests {
  @Test func randomLoansOfEveryKindAgreeToTheCent() throws {
    var random = SeededGenerator(seed: 42)
    var loans: [LoanTerms] = []
    for _ in 0..<150 {
      let periodicity = Periodicity.allCases.randomElement(using: &random) ?? .monthly
      let periods = Int.random(in: 1...(20 * periodicity.periodsPerYear), using: &random)
      loans.append(
        LoanTerms(
          label: "reference",
          amount: Money(cents: Int64.random(in: 1...2_000_000_000, using: &random)),
          annualRate: Rate(units: Int64.random(in: 0...150_000_000, using: &random) * 1000),
          periods: periods,
          method: AmortizationMethod.allCases.randomElement(using: &random) ?? .annuity,
          periodicity: periodicity, gracePeriods: Int.random(in: 0..<periods, using: &random),
          graceType: GraceType.allCases.randomElement(using: &random) ?? .partial,
          insuranceRate: Rate(units: Int64.random(in: 0...5_000_000, using: &random) * 1000),
          start: CalendarDate.testStart))
    }
    let request: [[String: Any]] = loans.map { terms in
      [
        "amount": terms.amount.plainText, "rate": decimal(terms.annualRate),
        "periods": terms.periods, "perYear": terms.periodicity.periodsPerYear,
        "method": terms.method.rawValue, "grace": terms.gracePeriods,
        "graceType": terms.graceType.rawValue, "insuranceRate": decimal(terms.insuranceRate),
      ]
    }
    let input = String(decoding: try JSONSerialization.data(withJSONObject: request), as: UTF8.self)
    let result = try Repository.oracle("reference_schedule.py", stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    let expected = try #require(try jsonObject(result.stdout) as? [[[Int64]]])
    for (terms, rows) in zip(loans, expected) {
      let schedule = LoanEngine.schedule(terms)
      let actual = schedule.rows.map {
        [$0.interest.cents, $0.principal.cents, $0.insurance.cents, $0.balance.cents]
      }
      #expect(
        actual == rows, "\(terms.method) \(terms.periods) periods, grace \(terms.gracePeriods)")
    }
  }

  /// A rate as exact decimal text (units of 10⁻¹²).
  private func decimal(_ rate: Rate) -> String {
    let digits = String(rate.units)
    let padded = String(repeating: "0", count: max(0, 13 - digits.count)) + digits
    return String(padded.dropLast(12)) + "." + String(padded.suffix(12))
  }
}
