import EssorCore

/// The year's financing instruments: grants, loans, securities, accounts and shares.
extension PlanState {
  /// Every resource's part in the year: money in, charges, repayments, balances, capital.
  mutating func instruments(_ f: inout YearFigures) {
    let y = f.year
    let i = y - 1
    let range = yearRange(y)
    for (index, instrument) in s.resources.enumerated() {
      let inYear = range.contains(instrument.month)
      switch instrument.kind {
      case .investmentGrant:
        // Released over its years from its month, or at the pace of the investment it funds
        // (PCG 312-1: the grant follows the asset's depreciation).
        let from = instrument.funds.map { s.needs.investments[$0].month } ?? instrument.month
        let before = Depreciation.accumulated(
          instrument.amount, from: from, years: instrument.years, after: 12 * (y - 1))
        let after = Depreciation.accumulated(
          instrument.amount, from: from, years: instrument.years, after: 12 * y)
        f.grantRelease += after - before
        if instrument.month < 12 * y { f.grantsNotReleased += instrument.amount - after }
        if inYear {
          f.grantsIn += instrument.amount
          flows[instrument.month].grantsIn += instrument.amount
        }
      case .bankLoan, .participatoryLoan, .crowdlending:
        // A loan already running brings no cash and no fees: only its schedule.
        if inYear, !instrument.existing, let terms = instrument.loan {
          f.fees += terms.fees
          f.loansIn += terms.amount
          flows[instrument.month].loansIn += terms.amount
          flows[instrument.month].other += terms.fees
        }
        if !instrument.existing { sofiscopDeposits(index, instrument, &f) }
        let owed = balance(index, endOf: y)
        if instrument.balanceCategory == .quasiEquity {
          f.quasiEquity += owed
        } else if instrument.bridge {
          f.shortTermDebt += owed
        } else {
          f.debt += owed
        }
      case .titresParticipatifs, .convertibleBonds:
        if inYear {
          f.loansIn += instrument.amount
          flows[instrument.month].loansIn += instrument.amount
        }
        let repaid = maturity(instrument)
        let outstanding = range.filter { $0 >= instrument.month && $0 < repaid }.count
        let coupon = instrument.amount.applying(instrument.rate).scaled(
          by: Int64(outstanding), over: 12)
        f.coupons += coupon
        f.quasiDebtService += coupon
        flows[range.upperBound - 1].other += coupon
        if range.contains(repaid) {
          f.principalRepaid += instrument.amount
          f.securitiesRepaid += instrument.amount
          f.quasiDebtService += instrument.amount
          flows[repaid].other += instrument.amount
        }
        if instrument.month < 12 * y && repaid >= 12 * y { f.quasiEquity += instrument.amount }
      case .currentAccount:
        if inYear {
          f.loansIn += instrument.amount
          flows[instrument.month].capitalIn += instrument.amount
        }
        let repaidYear = instrument.repaidInYear ?? Int.max
        if repaidYear == y {
          f.accountsRepaid += instrument.amount
          flows[range.upperBound - 1].other += instrument.amount
        }
        if instrument.month < 12 * y && repaidYear > y {
          if instrument.blocked {
            f.quasiEquity += instrument.amount
          } else {
            f.debt += instrument.amount
          }
        }
      case .workerShares, .honourLoan:
        if inYear && instrument.amount > .zero {
          f.newCapital += instrument.amount
          f.subscriptions += instrument.amount
          workerCapital += instrument.amount
          flows[instrument.month].capitalIn += instrument.amount
        }
        if instrument.kind == .workerShares {
          // Members subscribe a share of their own gross pay.
          let headcount = max(s.operations.headcount[i], instrument.members, 1)
          let contribution = s.operations.grossPay[i].scaled(
            by: Int64(instrument.members), over: Int64(headcount)
          ).applying(instrument.yearlyContribution)
          f.yearlyContributions += contribution
          f.newCapital += contribution
          workerCapital += contribution
          flows[range.upperBound - 1].capitalIn += contribution
          let redeemed = instrument.redemptions[i]
          f.redemptions += redeemed
          workerCapital -= redeemed
          flows[range.lowerBound + 5].other += redeemed
        }
      case .outsideShares:
        if instrument.existing {
          if y == 1 { outsideByItem[index, default: .zero] += instrument.amount }
        } else if inYear {
          f.newCapital += instrument.amount
          f.subscriptions += instrument.amount
          outsideByItem[index, default: .zero] += instrument.amount
          flows[instrument.month].capitalIn += instrument.amount
        }
        let redeemed = instrument.redemptions[i]
        f.redemptions += redeemed
        outsideByItem[index, default: .zero] -= redeemed
        flows[range.lowerBound + 5].other += redeemed
      }
    }
    // Part travail converted into shares at this year's general meeting: capital, no cash.
    f.participationToCapital = years.last?.convertedParticipation ?? .zero
    f.newCapital += f.participationToCapital
    workerCapital += f.participationToCapital
    f.interest = sum(interest, y)
    f.insurance = sum(insurance, y)
    f.principalRepaid += sum(principal, y)
    f.debtService = sum(debtService, y)
    f.quasiDebtService += sum(quasiService, y)
  }

  /// The balance of a schedule at the end of `year` (0 before it is disbursed).
  func balance(_ index: Int, endOf year: Int) -> Money {
    guard let schedule = schedules[index] else { return .zero }
    let last = 12 * year - 1
    guard s.resources[index].month <= last else { return .zero }
    return schedule.rows.last { s.monthIndex($0.date) <= last }?.balance
      ?? schedule.terms.amount
  }

  /// The month titres participatifs or bonds are repaid (may fall after the plan).
  func maturity(_ instrument: Instrument) -> Int { instrument.month + instrument.years * 12 }
}
