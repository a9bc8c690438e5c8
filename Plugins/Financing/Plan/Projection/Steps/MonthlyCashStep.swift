import EssorCore

/// The plan's cash month by month: the balance after every month's flows.
extension PlanState {
  /// Each month's closing cash: the opening cash plus every month's net flow so far.
  mutating func accumulateCash() {
    var running = s.openingCash
    for index in flows.indices {
      running += flows[index].net
      flows[index].cash = running
    }
  }

  /// The cash at the end of `year` by the months' flows (the cash plan's year end).
  func cashFromMonths(endOf year: Int) -> Money {
    (0..<12 * year).reduce(s.openingCash) { $0 + flows[$1].net }
  }
}
