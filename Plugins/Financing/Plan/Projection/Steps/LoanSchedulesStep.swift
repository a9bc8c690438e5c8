import EssorCore

/// Before the years: every loan's schedule, its payments added up by month.
extension PlanState {
  /// Schedules every loan and adds its payments to the months they fall in: interest,
  /// insurance and principal, and the debt service of debt and of quasi-equity.
  mutating func scheduleLoans() {
    for (index, instrument) in s.resources.enumerated() {
      guard let terms = instrument.loan else { continue }
      let schedule = LoanEngine.schedule(terms)
      schedules[index] = schedule
      let isQuasi = instrument.balanceCategory == .quasiEquity
      for row in schedule.rows {
        let month = s.monthIndex(row.date)
        guard (0..<months).contains(month) else { continue }
        interest[month] += row.interest
        insurance[month] += row.insurance
        principal[month] += row.principal
        if isQuasi {
          quasiService[month] += row.payment
        } else if !instrument.bridge {
          debtService[month] += row.payment
        }
        flows[month].debtService += row.payment
      }
    }
  }
}
