import EssorCore
import Financing

/// Benchmark A: cent-exact schedules of many loans, same inputs as `numpy_loans.py`.
enum LoanBench {
  /// The loans' common duration, in monthly periods.
  static let periods = 120

  /// The amount in euros of loan `index`: 10,000 to 500,000 €, deterministic.
  static func amountEuros(_ index: Int) -> Int64 {
    Int64(10_000 + (index * 7_919) % 490_001)
  }

  /// The annual rate of loan `index` in basis points: 100 to 800 (1 % to 8 %), deterministic.
  static func rateBasisPoints(_ index: Int) -> Int64 {
    Int64(100 + (index * 104_729) % 701)
  }

  /// The terms of `count` loans, built before any timing starts (as numpy builds its arrays).
  static func terms(count: Int) -> [LoanTerms] {
    guard let start = CalendarDate(year: 2027, month: 1, day: 1) else {
      fail("invalid start date")
    }
    return (0..<count).map { index in
      LoanTerms(
        label: "loan", amount: Money(cents: amountEuros(index) * 100),
        // One basis point is 10⁻⁴, that is 10⁸ units of 10⁻¹².
        annualRate: Rate(units: rateBasisPoints(index) * 100_000_000), periods: periods,
        start: start)
    }
  }

  /// What one pass over all loans adds up, so none of the work can be optimised away.
  struct Checksum: Equatable {
    var interestCents: Int64 = 0
    var principalCents: Int64 = 0
    var finalBalanceCents: Int64 = 0
    var monthSum: Int = 0
  }

  /// Schedules every loan once and sums its rows.
  static func pass(_ loans: [LoanTerms]) -> Checksum {
    var sum = Checksum()
    for terms in loans {
      let schedule = LoanEngine.schedule(terms)
      for row in schedule.rows {
        sum.interestCents &+= row.interest.cents
        sum.principalCents &+= row.principal.cents
        sum.monthSum &+= row.date.month
      }
      sum.finalBalanceCents &+= schedule.rows.last?.balance.cents ?? 0
    }
    return sum
  }

  /// Runs `runs` timed passes over `count` loans and reports the best.
  static func run(count: Int, runs: Int) {
    let loans = terms(count: count)
    var best = Double.infinity
    var checksum = Checksum()
    for run in 0..<runs {
      var sum = Checksum()
      let elapsed = measureSeconds { sum = pass(loans) }
      if run > 0, sum != checksum { fail("checksum changed between runs") }
      checksum = sum
      best = min(best, elapsed)
    }
    let expectedPrincipal = (0..<count).reduce(Int64(0)) { $0 + amountEuros($1) * 100 }
    report([
      "contender": "essor-loans",
      "loans": String(count),
      "periods": String(periods),
      "best_seconds": fixed(best),
      "loans_per_second": fixed(Double(count) / best, 0),
      "total_interest_eur": Money(cents: checksum.interestCents).plainText,
      "principal_ok": checksum.principalCents == expectedPrincipal
        && checksum.finalBalanceCents == 0 ? "yes" : "no",
      "month_checksum": String(checksum.monthSum),
      "self_peak_kib": String(peakResidentKiB()),
    ])
  }
}
