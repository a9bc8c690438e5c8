import EssorCore

/// The allocation of the year's result to reserves and dividends, and own funds.
extension PlanState {
  /// The allocation of the result, decided at the next general meeting, and own funds.
  mutating func allocate(_ f: inout YearFigures) {
    // Past losses (report à nouveau débiteur) are absorbed before anything is allocated.
    let absorbed = f.netResult > .zero ? Money.min(retainedLosses, f.netResult) : .zero
    retainedLosses += f.netResult > .zero ? -absorbed : -f.netResult
    let distributable = f.netResult - absorbed
    f.lossesAbsorbed = absorbed
    if distributable > .zero {
      let room = Money.max(.zero, highestCapital - legalReserveTotal)
      switch s.legalForm {
      case .scop, .scopAmorcage:
        f.legalReserve = Money.min(
          distributable, Money.min(room, surplus.applying(Allocation.legalReserveShare)))
        f.dividends = surplus.applying(s.rules.dividends.value)
      case .scic:
        f.legalReserve = Money.min(room, distributable.applying(Allocation.legalReserveShare))
        f.dividends = distributable.applying(s.rules.dividends.value)
      default:
        // A company: until the reserve is a tenth of the capital (L232-10), the capital of
        // the year, not the highest ever reached.
        f.legalReserve = Money.min(
          Money.max(
            .zero, f.capital.applying(Allocation.companyLegalReserveCeiling) - legalReserveTotal),
          distributable.applying(Allocation.companyLegalReserveShare))
        f.dividends = distributable.applying(s.rules.dividends.value)
      }
      f.dividends = Money.max(.zero, Money.min(f.dividends, distributable - f.legalReserve))
      f.otherReserves = distributable - f.legalReserve - f.dividends
    }
    matchInvestmentProvision(&f)
    legalReserveTotal += f.legalReserve
    f.legalReserveTotal = legalReserveTotal
    f.reservesTotal = reservesBefore
    f.ownFunds = f.capital + reservesBefore + f.netResult + f.grantsNotReleased
    reservesBefore += f.netResult - f.dividends
  }
}

extension PlanState {
  /// The investment provision is represented by the year's allocations to the legal reserve
  /// and the development fund (impartageable reserves: the four-year use is met by them);
  /// what they do not cover must fund investments within the two following years, else it
  /// is added back to the taxable result of the second year (BOI-BIC-PTP-10-20-10-20).
  mutating func matchInvestmentProvision(_ f: inout YearFigures) {
    guard f.investmentProvision > .zero else { return }
    var open = Money.max(.zero, f.investmentProvision - f.legalReserve - f.otherReserves)
    f.provisionUncovered = open
    for year in f.year + 1...f.year + 2 where year <= s.horizon && open > .zero {
      let used = Money.min(open, investmentRoom[year - 1])
      investmentRoom[year - 1] -= used
      open -= used
    }
    if open > .zero { reintegrations[f.year + 2, default: .zero] += open }
  }
}

/// The legal reserve's shares, in a cooperative and in a company.
///
/// A cooperative puts 15 % of its surplus into it until it equals the highest capital
/// (article 33 of loi 78-763; the 1947 law); a company 5 % until it is 10 % of the capital
/// (Code de commerce L232-10).
enum Allocation {
  static let legalReserveShare = Rate(units: 150_000_000_000)
  static let companyLegalReserveShare = Rate(units: 50_000_000_000)
  static let companyLegalReserveCeiling = Rate(units: 100_000_000_000)
}
