import EssorCore

/// Projects a scenario: see ``PlanProjection`` for the conventions.
///
/// The projection runs steps (the `Steps` folder) over a ``PlanState``: the loans' schedules
/// first, then each year in turn from operations to its months and its balance sheet, then
/// what spans the plan.
public enum PlanEngine {
  /// Projects `scenario` over its horizon.
  public static func project(_ scenario: Scenario) -> PlanProjection {
    var state = PlanState(scenario)
    state.scheduleLoans()
    for y in 1...scenario.horizon {
      var f = YearFigures(year: y)
      state.operate(&f)
      state.instruments(&f)
      state.resultAndTax(&f)
      state.operatingMonths(&f)
      state.capital(&f)
      state.allocate(&f)
      state.financingPlan(&f)
      state.balanceSheet(&f)
      state.years.append(f)
    }
    state.accumulateCash()
    return PlanProjection(
      scenario: scenario, schedules: state.schedules, years: state.years, months: state.flows,
      initialNeeds: state.initialNeeds(state.years[0]),
      initialResources: state.initialResources(), projectFlows: state.projectFlows(state.years))
  }
}
