import EssorCore
import Financing
import Foundation
import TestSupport
import Testing

/// A loan's terms with defaults, for brevity.
func loan(
  _ euros: Int64, _ percent: String, periods: Int, method: AmortizationMethod = .annuity,
  periodicity: Periodicity = .monthly, grace: Int = 0, graceType: GraceType = .partial,
  fees: Int64 = 0, insurance: String = "0", mode: RateMode = .proportional
) -> LoanTerms {
  LoanTerms(
    label: "test", amount: Money(euros: euros), annualRate: Rate.parse(percent) ?? .zero,
    periods: periods, method: method, periodicity: periodicity, gracePeriods: grace,
    graceType: graceType, fees: Money(euros: fees), insuranceRate: Rate.parse(insurance) ?? .zero,
    start: CalendarDate(year: 2027, month: 1, day: 31) ?? CalendarDate.testStart,
    rateMode: mode)
}

/// The invariants every schedule keeps, whatever its terms.
func expectInvariants(
  _ schedule: LoanSchedule, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let terms = schedule.terms
  #expect(schedule.rows.count == terms.periods, sourceLocation: sourceLocation)
  #expect(schedule.totalPrincipal == terms.amount, sourceLocation: sourceLocation)
  #expect(schedule.rows.last?.balance == .zero, sourceLocation: sourceLocation)
  var balance = terms.amount
  for row in schedule.rows {
    #expect(
      row.payment == row.interest + row.principal + row.insurance, sourceLocation: sourceLocation)
    balance = balance - row.principal
    #expect(row.balance == balance, sourceLocation: sourceLocation)
    #expect(row.balance >= .zero, sourceLocation: sourceLocation)
    #expect(row.interest >= .zero, sourceLocation: sourceLocation)
  }
  #expect(
    schedule.totalPaid == terms.amount + schedule.totalInterest + schedule.totalInsurance,
    sourceLocation: sourceLocation)
}

@Suite struct LoanEngineTests {
  @Test func theReferenceLoanMatchesNumpyFinancial() {
    let schedule = LoanEngine.schedule(loan(100_000, "4%", periods: 84))
    expectInvariants(schedule)
    #expect(schedule.instalment == Money(cents: 136_688))
    let first = schedule.rows[0]
    #expect(first.interest == Money(cents: 33_333))
    #expect(first.principal == Money(cents: 103_355))
    #expect(abs(schedule.totalInterest.doubleValue - 14_817.973_226_514_738) <= 0.05)
    #expect(schedule.totalInterest == Money(cents: 1_481_797))
    #expect(abs(schedule.rows[11].balance.doubleValue - 87_367.506_491_367_2) <= 0.05)
    // The last instalment absorbs the rounding residual.
    #expect(schedule.rows.last?.payment == Money(cents: 136_693))
    #expect(abs(schedule.teg - 0.04) < 1e-6)
    #expect(schedule.rows[0].date.description == "2027-02-28")
    #expect(schedule.rows[83].date.description == "2034-01-31")
  }

  @Test(arguments: AmortizationMethod.allCases, Periodicity.allCases)
  func everyMethodAndPeriodicityWithEveryGrace(method: AmortizationMethod, periodicity: Periodicity)
  {
    let perYear = periodicity.periodsPerYear
    for graceType in GraceType.allCases {
      for grace in [0, perYear, 4 * perYear] {
        let terms = loan(
          80_000, "3.7%", periods: 8 * perYear, method: method, periodicity: periodicity,
          grace: grace, graceType: graceType, fees: 400, insurance: "0.3%")
        let schedule = LoanEngine.schedule(terms)
        expectInvariants(schedule)
        let rate = schedule.periodRate.fraction
        let year = Int64(perYear)
        let insurance = Money(cents: (24_000_000 + year * 500) / (year * 1000))
        for row in schedule.rows.prefix(grace) {
          #expect(row.insurance == insurance)
          switch graceType {
          case .partial:
            #expect(row.principal == .zero)
            #expect(row.payment == row.interest + insurance)
          case .total:
            #expect(row.payment == insurance)
            #expect(row.principal == -row.interest)
          }
        }
        // Total deferral capitalises: CRD_d = P(1+i)^d, to the cent per period.
        if graceType == .total, grace > 0 {
          let expected = 80_000 * pow(1 + rate, Double(grace))
          #expect(abs(schedule.balanceAfterGrace.doubleValue - expected) <= 0.01 * Double(grace))
        }
        let amortising = Array(schedule.rows.dropFirst(grace))
        switch method {
        case .annuity:
          let payments = Set(amortising.dropLast().map { $0.interest + $0.principal })
          #expect(payments.count <= 1)
          let pmt = -TimeValueOfMoney.pmt(
            rate: rate, periods: Double(amortising.count),
            presentValue: schedule.balanceAfterGrace.doubleValue)
          #expect(abs(schedule.instalment.doubleValue - pmt) <= 0.005)
        case .linear:
          let principals = Set(amortising.dropLast().map(\.principal))
          #expect(principals.count <= 1)
        case .inFine:
          #expect(amortising.dropLast().allSatisfy { $0.principal == .zero })
          #expect(amortising.last?.principal == schedule.balanceAfterGrace)
        }
      }
    }
  }

  @Test func randomLoansKeepTheInvariants() {
    var random = SeededGenerator(seed: 20_261_126)
    for _ in 0..<500 {
      let periodicity = Periodicity.allCases.randomElement(using: &random) ?? .monthly
      let periods = Int.random(in: 1...(30 * periodicity.periodsPerYear), using: &random)
      let terms = LoanTerms(
        label: "random", amount: Money(cents: Int64.random(in: 1...5_000_000_000, using: &random)),
        annualRate: Rate(units: Int64.random(in: 0...200_000_000_000, using: &random)),
        periods: periods,
        method: AmortizationMethod.allCases.randomElement(using: &random) ?? .annuity,
        periodicity: periodicity, gracePeriods: Int.random(in: 0..<periods, using: &random),
        graceType: GraceType.allCases.randomElement(using: &random) ?? .partial,
        fees: .zero,
        insuranceRate: Rate(units: Int64.random(in: 0...10_000_000_000, using: &random)),
        start: CalendarDate.testStart,
        rateMode: RateMode.allCases.randomElement(using: &random) ?? .proportional)
      #expect(terms.problem == nil)
      let schedule = LoanEngine.schedule(terms)
      expectInvariants(schedule)
      if terms.method == .annuity, terms.gracePeriods == 0, periods > 1 {
        let pmt = -TimeValueOfMoney.pmt(
          rate: schedule.periodRate.fraction, periods: Double(periods),
          presentValue: terms.amount.doubleValue)
        #expect(abs(schedule.instalment.doubleValue - pmt) <= 0.005 + 1e-9)
      }
    }
  }

  /// PMT lands a hair below an exact half cent (51.00499999999998): the instalment still
  /// rounds half-up, as spreadsheets' ROUND does, so the workbook recalculates to it.
  @Test(
    arguments: [("100.50", "12%", 2, 5101), ("1912.75", "24%", 3, 66_326)]
      as [(String, String, Int, Int64)])
  func exactHalfCentInstalmentsRoundUp(amount: String, rate: String, periods: Int, cents: Int64)
    throws
  {
    let terms = LoanTerms(
      label: "tie", amount: try #require(Money.parse(amount)),
      annualRate: try #require(Rate.parse(rate)),
      periods: periods, start: CalendarDate.testStart)
    #expect(LoanEngine.schedule(terms).instalment == Money(cents: cents))
  }

  @Test func aZeroRateSplitsTheAmountEvenly() {
    let schedule = LoanEngine.schedule(loan(10_000, "0%", periods: 12))
    expectInvariants(schedule)
    #expect(schedule.instalment == Money(cents: 83_333))
    #expect(schedule.totalInterest == .zero)
    #expect(schedule.rows.last?.principal == Money(cents: 83_337))
    #expect(schedule.teg == 0 || abs(schedule.teg) < 1e-12)
  }

  @Test func aSinglePeriodRepaysEverything() {
    let schedule = LoanEngine.schedule(loan(5000, "6%", periods: 1, periodicity: .annual))
    expectInvariants(schedule)
    #expect(schedule.rows[0].interest == Money(euros: 300))
    #expect(schedule.rows[0].payment == Money(euros: 5300))
  }

  @Test func thirtyYearsMonthly() {
    let schedule = LoanEngine.schedule(loan(300_000, "3.5%", periods: 360, insurance: "0.36%"))
    expectInvariants(schedule)
    // PMT(3.5%/12, 360, 300000) = 1347.13; insurance 300000 × 0.36% / 12 = 90.
    #expect(schedule.instalment == Money(cents: 134_713))
    #expect(schedule.rows[0].insurance == Money(euros: 90))
    #expect(schedule.yearlyTotals.count == 31)
  }

  @Test func tinyLoansNeverOverpay() {
    // At 0 % the rounded instalment (0.28) × 359 would exceed the amount: principal is capped.
    let schedule = LoanEngine.schedule(loan(100, "0%", periods: 360))
    expectInvariants(schedule)
    let cents = LoanEngine.schedule(
      LoanTerms(
        label: "cent", amount: Money(cents: 1), annualRate: .zero, periods: 360,
        start: CalendarDate.testStart))
    expectInvariants(cents)
  }

  @Test func tegIncludesFeesAndInsurance() {
    let plain = LoanEngine.schedule(loan(100_000, "4%", periods: 84))
    let costly = LoanEngine.schedule(
      loan(100_000, "4%", periods: 84, fees: 1000, insurance: "0.3%"))
    #expect(costly.teg > plain.teg + 0.005)
    #expect(costly.totalCost == costly.totalInterest + costly.totalInsurance + Money(euros: 1000))
    // Discounting the payments at the TEG gives back the net amount received.
    let rate = costly.teg / 12
    var present = 0.0
    for (index, row) in costly.rows.enumerated() {
      present += row.payment.doubleValue / pow(1 + rate, Double(index + 1))
    }
    #expect(abs(present - 99_000) < 1e-6)
  }

  @Test func actuarialRateIsTheEquivalentRate() {
    let schedule = LoanEngine.schedule(loan(100_000, "4%", periods: 84, mode: .actuarial))
    expectInvariants(schedule)
    #expect(abs(schedule.periodRate.fraction - (pow(1.04, 1.0 / 12) - 1)) < 1e-15)
    #expect(
      schedule.totalInterest < LoanEngine.schedule(loan(100_000, "4%", periods: 84)).totalInterest)
  }

  @Test func yearlyTotalsAddUp() {
    let schedule = LoanEngine.schedule(
      loan(60_000, "3%", periods: 32, periodicity: .quarterly, grace: 16))
    let years = schedule.yearlyTotals
    #expect(years.reduce(Money.zero) { $0 + $1.interest } == schedule.totalInterest)
    #expect(years.reduce(Money.zero) { $0 + $1.principal } == schedule.totalPrincipal)
    #expect(years.first?.firstRow == 0)
    #expect(years.last?.lastRow == schedule.rows.count - 1)
    #expect(years.last?.endBalance == .zero)
  }
}

@Suite struct LoanExtremesTests {
  /// The largest loans Essor accepts schedule without overflow, and keep the invariants.
  @Test(arguments: AmortizationMethod.allCases)
  func theLargestAcceptedLoansSchedule(method: AmortizationMethod) {
    let half = Money(cents: Money.limit.cents / 2)
    for (graceType, grace, amount) in [
      (GraceType.partial, 1199, Money.limit), (.total, 0, .limit), (.total, 3, half),
    ] {
      let terms = LoanTerms(
        label: "max", amount: amount, annualRate: Rate(units: Rate.scale), periods: 1200,
        method: method, gracePeriods: grace, graceType: graceType,
        insuranceRate: Rate(units: Rate.scale), start: CalendarDate.testStart)
      guard terms.problem == nil else {
        Issue.record("refused: \(String(describing: terms.problem))")
        continue
      }
      expectInvariants(LoanEngine.schedule(terms))
    }
  }

  @Test func capitalisationBeyondTheMoneyRangeIsRefused() {
    let terms = LoanTerms(
      label: "max", amount: Money.limit, annualRate: Rate(units: Rate.scale), periods: 1200,
      gracePeriods: 60, graceType: .total, start: CalendarDate.testStart)
    #expect(terms.problem?.field == "grace-months")
  }
}
