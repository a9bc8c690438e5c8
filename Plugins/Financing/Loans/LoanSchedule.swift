import EssorCore

/// One instalment of a schedule, in exact cents.
public struct Instalment: Sendable, Equatable {
  /// 1-based period number.
  public var period: Int
  public var date: CalendarDate
  /// What the borrower pays: interest + principal + insurance.
  public var payment: Money
  /// Interest of the period (capitalised during a total grace period).
  public var interest: Money
  /// Principal repaid; negative during a total grace period (interest added to the balance).
  public var principal: Money
  public var insurance: Money
  /// Capital remaining due after this instalment.
  public var balance: Money
}

/// A loan's full schedule and the figures a consultant reads off it.
public struct LoanSchedule: Sendable {
  public var terms: LoanTerms
  public var rows: [Instalment]
  /// The period rate used.
  public var periodRate: PeriodRate
  /// The first instalment after the grace period, insurance excluded (for `annuity`, the
  /// constant instalment).
  public var instalment: Money
  /// The balance when amortisation starts (the amount, plus capitalised interest).
  public var balanceAfterGrace: Money
  /// The rounded regular amount the engine used: the instalment for `annuity`, the principal
  /// for `linear`, zero for `in-fine`.
  public var regularAmount: Money

  public var totalInterest: Money { rows.reduce(.zero) { $0 + $1.interest } }
  public var totalInsurance: Money { rows.reduce(.zero) { $0 + $1.insurance } }
  public var totalPrincipal: Money { rows.reduce(.zero) { $0 + $1.principal } }
  public var totalPaid: Money { rows.reduce(.zero) { $0 + $1.payment } }
  /// Interest + insurance + fees.
  public var totalCost: Money { totalInterest + totalInsurance + terms.fees }

  /// The TEG: the actuarial period rate equating the amount received (amount − fees) with all
  /// payments (insurance included), times the periods per year.
  public var teg: Double {
    EffectiveRate.periodRate(
      received: terms.amount - terms.fees, payments: rows.map(\.payment))
      * Double(terms.periodicity.periodsPerYear)
  }

  /// Totals per calendar year of the instalments' dates.
  public var yearlyTotals: [YearTotals] {
    var years: [YearTotals] = []
    for row in rows {
      if years.last?.year != row.date.year {
        years.append(YearTotals(year: row.date.year, firstRow: (years.last?.lastRow ?? -1) + 1))
      }
      years[years.count - 1].add(row)
    }
    return years
  }
}

/// What a loan costs and repays in one calendar year.
public struct YearTotals: Sendable, Equatable {
  public var year: Int
  /// Index of the year's first and last rows in the schedule.
  public var firstRow: Int
  public var lastRow: Int
  public var payment: Money = .zero
  public var interest: Money = .zero
  public var principal: Money = .zero
  public var insurance: Money = .zero
  /// Balance at the year's last instalment.
  public var endBalance: Money = .zero

  init(year: Int, firstRow: Int) {
    self.year = year
    self.firstRow = firstRow
    self.lastRow = firstRow - 1
  }

  mutating func add(_ row: Instalment) {
    lastRow += 1
    payment = payment + row.payment
    interest = interest + row.interest
    principal = principal + row.principal
    insurance = insurance + row.insurance
    endBalance = row.balance
  }
}
