import EssorCore

/// Who holds the capital at a year end, as far as the scenario says: what the reduced
/// corporate-tax rate and the SCOP investment provision depend on.
///
/// Worker shares (and honour loans, which founders bring as shares) and outside shares with
/// neither a `provider` nor `public-body` are held by natural persons; shares of a provider
/// (a fund, a cooperative fund, an investor company) or of a public body are not.
struct CapitalHolders: Sendable {
  /// Capital held by natural persons.
  var naturalPersons: Money
  /// Capital held by members who are not workers of a SCOP (outside shares).
  var nonCooperators: Money
  var total: Money

  /// Whether at least 75 % of the capital is held by natural persons.
  ///
  /// CGI article 219 I b; a company with no capital yet meets it.
  var meetsReducedRateHolding: Bool {
    total <= .zero || naturalPersons.cents * 4 >= total.cents * 3
  }

  /// Whether a SCOP may deduct the investment provision.
  ///
  /// Not when non-cooperator members hold more than half the capital (CGI article 237 bis A
  /// II-3, circular of 14 September 2005).
  var allowsInvestmentProvision: Bool {
    total <= .zero || nonCooperators.cents * 2 <= total.cents
  }

  /// The share held by natural persons (nil without capital).
  var naturalPersonsShare: Double? {
    total > .zero ? Double(naturalPersons.cents) / Double(total.cents) : nil
  }
}

extension PlanState {
  /// The holders of the capital as it stands (the year's subscriptions and redemptions
  /// done).
  var holders: CapitalHolders {
    var natural = Money.max(.zero, workerCapital)
    var outside = Money.zero
    for (index, amount) in outsideByItem where amount > .zero {
      outside += amount
      let instrument = s.resources[index]
      if instrument.provider == nil && !instrument.publicBody { natural += amount }
    }
    return CapitalHolders(
      naturalPersons: natural, nonCooperators: outside,
      total: Money.max(.zero, workerCapital) + outside)
  }
}
