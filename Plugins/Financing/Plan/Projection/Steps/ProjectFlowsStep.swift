import EssorCore

/// After the years: the project's cash flows, for its net present value and IRR.
extension PlanState {
  /// t = 0: the first year's investments; t = y: EBE before the loans' costs − tax − part travail − ΔBFR − later
  /// investments; the last year adds back the assets' book value, the BFR built during the
  /// plan and the deposits.
  func projectFlows(_ years: [YearFigures]) -> [Money] {
    var flows = [-(years.first?.capex ?? .zero)]
    for f in years {
      var flow = f.operatingEBE - f.corporateTax - f.participation - f.workingCapitalChange
      if f.year > 1 { flow -= f.capex }
      if f.year == s.horizon {
        flow +=
          f.netBookValue + f.workingCapital - s.opening.workingCapital
          + s.needs.deposits.reduce(.zero) { $0 + $1.amount }
      }
      flows.append(flow)
    }
    return flows
  }
}
