import EssorCore

/// What financing a plan costs over its horizon.
extension PlanProjection {
  /// Interest; insurance, loan and guarantee fees; the remuneration of titres (coupons) and
  /// of shares (dividends); and their total, summed over the plan's years.
  public var financingCost: (interest: Money, charges: Money, remuneration: Money, total: Money) {
    let interest = years.reduce(Money.zero) { $0 + $1.interest }
    let charges = years.reduce(Money.zero) { $0 + $1.insurance + $1.fees }
    let remuneration = years.reduce(Money.zero) { $0 + $1.coupons + $1.dividends }
    return (interest, charges, remuneration, interest + charges + remuneration)
  }
}
