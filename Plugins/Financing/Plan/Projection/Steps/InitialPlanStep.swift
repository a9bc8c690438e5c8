import EssorCore

/// After the years: the initial financing plan, the first year's needs and resources.
extension PlanState {
  /// The initial plan's needs: the first year's assets, the first BFR and the cash buffer.
  func initialNeeds(_ first: YearFigures) -> [PlanLine] {
    var lines: [PlanLine] = []
    for (index, (asset, group)) in s.needs.assets.enumerated() where asset.month < 12 {
      lines.append(PlanLine(asset.label, group: group, asset.amount, source: .asset(index)))
    }
    lines.append(
      PlanLine(
        "BFR", group: .workingCapital, first.workingCapitalChange, source: .workingCapital))
    if s.needs.cashBuffer > .zero {
      lines.append(
        PlanLine("cash-buffer", group: .cashBuffer, s.needs.cashBuffer, source: .cashBuffer))
    }
    return lines
  }

  /// The initial plan's resources: the opening cash and the new resources of the first year.
  func initialResources() -> [PlanLine] {
    var lines: [PlanLine] = []
    if s.openingCash > .zero {
      lines.append(PlanLine("opening-cash", group: .cash, s.openingCash, source: .openingCash))
    }
    // Bridge loans are short-term credit: they do not finance lasting needs.
    for (index, instrument) in s.resources.enumerated()
    where instrument.month < 12 && instrument.amount > .zero && !instrument.existing
      && !instrument.bridge
    {
      lines.append(
        PlanLine(
          instrument.label, group: PlanLine.Group(instrument.balanceCategory), instrument.amount,
          source: .resource(index)))
    }
    return lines
  }
}
