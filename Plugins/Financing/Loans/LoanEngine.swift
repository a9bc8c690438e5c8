import EssorCore

/// Builds exact-to-the-cent loan schedules.
///
/// Conventions (documented in the README): interest = balance × period rate, rounded
/// half-up to the cent each period; the regular instalment (annuity) or principal (linear)
/// is rounded half-up to the cent; the last instalment repays whatever balance remains, so
/// Σ principal = amount and the final balance is 0.00. Grace periods count inside the
/// duration; during a total grace the interest is added to the balance. Insurance is the
/// annual rate × initial amount ÷ periods per year, rounded to the cent, paid every period.
public enum LoanEngine {
  /// The schedule of a loan whose terms have no ``LoanTerms/problem``.
  public static func schedule(_ terms: LoanTerms) -> LoanSchedule {
    let perYear = terms.periodicity.periodsPerYear
    let rate = PeriodRate(annual: terms.annualRate, periodsPerYear: perYear, mode: terms.rateMode)
    let insuranceRate = PeriodRate(
      annual: terms.insuranceRate, periodsPerYear: perYear, mode: .proportional)
    let insurance = insuranceRate.apply(to: terms.amount.cents)
    var rows: [Instalment] = []
    rows.reserveCapacity(terms.periods)
    var balance = terms.amount.cents
    let months = terms.periodicity.monthsPerPeriod

    func append(_ period: Int, interest: Int64, principal: Int64) {
      balance -= principal
      rows.append(
        Instalment(
          period: period, date: terms.start.adding(months: period * months),
          payment: Money(cents: interest + principal + insurance), interest: Money(cents: interest),
          principal: Money(cents: principal), insurance: Money(cents: insurance),
          balance: Money(cents: balance)))
    }

    for period in stride(from: 1, through: terms.gracePeriods, by: 1) {
      let interest = rate.apply(to: balance)
      append(period, interest: interest, principal: terms.graceType == .total ? -interest : 0)
    }
    let afterGrace = balance
    let remaining = terms.periods - terms.gracePeriods
    let regular = regularAmount(terms.method, balance: afterGrace, rate: rate, periods: remaining)
    var firstInstalment: Int64 = 0
    for period in (terms.gracePeriods + 1)...terms.periods {
      let interest = rate.apply(to: balance)
      let principal: Int64
      if period == terms.periods {
        principal = balance
      } else {
        switch terms.method {
        case .annuity: principal = min(max(regular - interest, 0), balance)
        case .linear: principal = min(regular, balance)
        case .inFine: principal = 0
        }
      }
      if period == terms.gracePeriods + 1 { firstInstalment = interest + principal }
      append(period, interest: interest, principal: principal)
    }
    return LoanSchedule(
      terms: terms, rows: rows, periodRate: rate, instalment: Money(cents: firstInstalment),
      balanceAfterGrace: Money(cents: afterGrace), regularAmount: Money(cents: regular))
  }

  /// The rounded regular amount: the instalment for `annuity`, the principal for `linear`.
  static func regularAmount(
    _ method: AmortizationMethod, balance: Int64, rate: PeriodRate, periods: Int
  ) -> Int64 {
    switch method {
    case .annuity:
      let payment = -TimeValueOfMoney.pmt(
        rate: rate.fraction, periods: Double(periods), presentValue: Double(balance))
      return SpreadsheetRounding.halfUpCents(payment)
    case .linear:
      return (balance * 2 + Int64(periods)) / (Int64(periods) * 2)
    case .inFine:
      return 0
    }
  }
}
