import EssorCore
import Financing
import Foundation
import TestSupport
import Testing

/// Cross-checks Essor's schedules with numpy-financial itself, run as an independent oracle.
@Suite struct NumpyFinancialOracleTests {
  private struct Case {
    var terms: LoanTerms
    var rate: Double
  }

  private func oracle(_ calls: [[String: Any]]) throws -> [Any] {
    let input = String(decoding: try JSONSerialization.data(withJSONObject: calls), as: UTF8.self)
    let result = try Repository.oracle("npf_oracle.py", stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(try jsonObject(result.stdout) as? [Any])
  }

  @Test func randomAnnuitiesMatchPmtIpmtAndPpmt() throws {
    var random = SeededGenerator(seed: 7)
    var cases: [Case] = []
    var calls: [[String: Any]] = []
    for _ in 0..<40 {
      let periodicity = Periodicity.allCases.randomElement(using: &random) ?? .monthly
      let periods = Int.random(in: 1...(25 * periodicity.periodsPerYear), using: &random)
      let terms = LoanTerms(
        label: "oracle",
        amount: Money(cents: Int64.random(in: 100_000...100_000_000, using: &random)),
        annualRate: Rate(units: Int64.random(in: 0...120_000_000_000, using: &random)),
        periods: periods, periodicity: periodicity, start: CalendarDate.testStart)
      let schedule = LoanEngine.schedule(terms)
      let rate = schedule.periodRate.fraction
      cases.append(Case(terms: terms, rate: rate))
      let pers = Array(1...periods)
      calls.append(["fn": "pmt", "args": [rate, periods, terms.amount.doubleValue]])
      calls.append(["fn": "ipmt", "args": [rate, pers, periods, terms.amount.doubleValue]])
      calls.append(["fn": "ppmt", "args": [rate, pers, periods, terms.amount.doubleValue]])
    }
    let results = try oracle(calls)
    for (index, item) in cases.enumerated() {
      let schedule = LoanEngine.schedule(item.terms)
      let pmt = try #require(results[3 * index] as? Double)
      let ipmt = try #require(results[3 * index + 1] as? [Double])
      let ppmt = try #require(results[3 * index + 2] as? [Double])
      // The instalment is numpy's pmt rounded to the cent.
      #expect(abs(schedule.instalment.doubleValue + pmt) <= 0.005 + 1e-9)
      // Cent rounding makes the balance drift from the unrounded one: the instalment is off by
      // at most half a cent a period, and that difference compounds at the loan's rate.
      let i = item.rate
      let n = Double(item.terms.periods)
      let growth = { (k: Double) in i == 0 ? k : (pow(1 + i, k) - 1) / i }
      let interest = -ipmt.reduce(0, +)
      #expect(abs(schedule.totalInterest.doubleValue - interest) <= 0.005 * (growth(n) + n) + 0.01)
      #expect(abs(-ppmt.reduce(0, +) - item.terms.amount.doubleValue) < 1e-4)
      for (k, (row, expected)) in zip(schedule.rows, ipmt).enumerated() {
        #expect(
          abs(row.interest.doubleValue + expected) <= 0.005 + 0.01 * i * growth(Double(k)) + 1e-9)
      }
    }
  }

  @Test func theReferenceLoanTotals() throws {
    let schedule = LoanEngine.schedule(loan(100_000, "4%", periods: 84))
    let results = try oracle([
      ["fn": "ipmt", "args": [0.04 / 12, Array(1...84), 84, 100_000]],
      ["fn": "pmt", "args": [0.04 / 12, 84, 100_000]],
    ])
    let ipmt = try #require(results[0] as? [Double])
    #expect(abs(schedule.totalInterest.doubleValue + ipmt.reduce(0, +)) <= 0.05)
    #expect(try #require(results[1] as? Double) < -1366.875)
  }
}
