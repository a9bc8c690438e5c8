import EssorCore

/// The year-end capital: the part travail kept for shares, holdings and votes.
extension PlanState {
  /// The part travail kept for shares, the capital and votes at year end.
  mutating func capital(_ f: inout YearFigures) {
    let workers = s.resources.filter { $0.kind == .workerShares }
    if isSCOP {
      for worker in workers {
        f.convertedParticipation += f.participation.applying(worker.participationToShares)
          .scaled(by: Int64(worker.members), over: Int64(max(workerMembers, 1)))
      }
    }
    f.workerCapital = workerCapital
    if workerCapital < .zero {
      f.overdrawn = workers.first?.label ?? "worker-shares"
      f.overdrawnBy = -workerCapital
    } else if let item = outsideByItem.first(where: { $0.value < .zero }) {
      f.overdrawn = s.resources[item.key].label
      f.overdrawnBy = -item.value
    }
    f.outsideCapital = outsideByItem.values.reduce(.zero, +)
    f.publicBodyCapital = outsideByItem.filter { s.resources[$0.key].publicBody }.values.reduce(
      .zero, +)
    f.largestOutsideHolding =
      outsideByItem.map {
        $0.value.scaled(by: 1, over: Int64(max(s.resources[$0.key].members, 1)))
      }.max() ?? .zero
    f.workerMembers = workerMembers
    let outsiders = outsideByItem.filter { $0.value > .zero }.map { s.resources[$0.key] }
    f.outsideMembers = outsiders.reduce(0) { $0 + $1.members }
    let heads = Double(max(workerMembers + f.outsideMembers, 1))
    f.outsideVotes = outsiders.reduce(0.0) {
      $0 + ($1.votes?.value.fraction ?? Double($1.members) / heads)
    }
    // Redemptions fall mid-year: the capital before them may be the highest reached.
    highestCapital = Money.max(highestCapital, f.capital + f.redemptions)
    f.highestCapital = highestCapital
  }
}
