import EssorCore

/// A scenario projected over its horizon: loan schedules, the initial and multi-year
/// financing plans, the P&L, CAF, working capital, capital and the monthly cash plan.
///
/// Conventions (also in `docs/financing-plan.md`):
/// - every amount is exact to the cent; each computed line is rounded half away from zero
///   once, the way the workbook's `ROUND(…;2)` formulas do it;
/// - assets are depreciated straight-line by the month, from their month of purchase;
/// - the surplus (ENG) of a SCOP is the result after past losses and corporate tax; the part
///   travail, a share of it, is deductible, so the two are solved together;
/// - the result is allocated at the next general meeting: dividends are paid in the 6th month
///   of the next year, the part travail kept for shares becomes capital then; corporate tax
///   and the part travail paid in cash go out at each year's end;
/// - the P&L is before VAT; the cash plan is VAT included, VAT settled by the returns;
/// - the balance sheet balances every year end, its cash being the cash plan's.
public struct PlanProjection: Sendable {
  public let scenario: Scenario
  /// The schedule of every loan-like instrument, by its index in `scenario.resources`.
  public let schedules: [Int: LoanSchedule]
  public let years: [YearFigures]
  public let months: [MonthFlows]
  public let initialNeeds: [PlanLine]
  public let initialResources: [PlanLine]
  /// The project's yearly cash flows, t = 0 … horizon (for NPV and IRR).
  public let projectFlows: [Money]

  public var initialNeedsTotal: Money { initialNeeds.reduce(.zero) { $0 + $1.amount } }
  public var initialResourcesTotal: Money { initialResources.reduce(.zero) { $0 + $1.amount } }
  /// Resources minus needs in the initial plan (negative: the plan is short).
  public var initialGap: Money { initialResourcesTotal - initialNeedsTotal }

  /// The opening balance sheet's assets: cash, fixed assets, deposits, stock, receivables.
  public var openingAssets: Money {
    let o = scenario.opening
    return scenario.openingCash + o.fixedAssetsNet + o.deposits + o.stock + o.receivables
  }

  /// The opening balance sheet's liabilities: capital, reserves, grants not released, the
  /// loans already running, payables, tax and social debts.
  public var openingLiabilities: Money {
    let o = scenario.opening
    let running = scenario.resources.filter(\.existing).reduce(.zero) { $0 + $1.amount }
    return scenario.rules.openingCapital + scenario.rules.openingLegalReserve
      + scenario.rules.openingOtherReserves + running + o.grantsNotReleased + o.payables
      + o.taxAndSocialDebts
  }

  /// Opening assets less liabilities: zero when the opening balance sheet balances.
  public var openingGap: Money { openingAssets - openingLiabilities }

  /// The month with the lowest cash.
  public var lowestMonth: MonthFlows? { months.min { $0.cash < $1.cash } }

  /// NPV with the first flow at t = 0, not discounted (numpy-financial `npv`, and the
  /// spreadsheet's `F0 + NPV(rate; F1…Fn)`).
  public var npv: Double {
    TimeValueOfMoney.npv(
      rate: scenario.discountRate.fraction, values: projectFlows.map(\.doubleValue))
  }

  /// The spreadsheet `NPV(rate; F0…Fn)` over every flow: the first flow is discounted one period.
  public var spreadsheetNPV: Double {
    TimeValueOfMoney.spreadsheetNPV(
      rate: scenario.discountRate.fraction, values: projectFlows.map(\.doubleValue))
  }

  /// The project's IRR, or nil when the flows have none.
  public var irr: Double? { TimeValueOfMoney.irr(projectFlows.map(\.doubleValue)) }

  /// What the plan asks from funders in its initial plan (the round being raised).
  public var askTotal: Money {
    initialResources.reduce(.zero) { total, line in
      guard case .resource(let index) = line.source, scenario.resources[index].isFromFunders else {
        return total
      }
      return total + line.amount
    }
  }

  /// What the whole plan asks from funders, later years included (bridge loans left out).
  public var askTotalWholePlan: Money {
    scenario.resources.filter { $0.isFromFunders && !$0.bridge }.reduce(.zero) { $0 + $1.amount }
  }

  /// Own funds at the start: equity resources of the initial plan and the cash already there.
  public var initialEquity: Money {
    initialResources.filter { $0.group.isOwnFunds }.reduce(.zero) { $0 + $1.amount }
  }

  /// Quasi-equity brought at the start.
  public var initialQuasiEquity: Money {
    initialResources.filter { $0.group == .quasiEquity }.reduce(.zero) { $0 + $1.amount }
  }

  /// Own funds (and quasi-equity, when `withQuasiEquity`) ÷ the initial needs; 1 when there
  /// are no needs.
  public func ownFundsToNeeds(withQuasiEquity: Bool) -> Double {
    guard initialNeedsTotal > .zero else { return 1 }
    let own = initialEquity + (withQuasiEquity ? initialQuasiEquity : .zero)
    return Double(own.cents) / Double(initialNeedsTotal.cents)
  }

  init(
    scenario: Scenario, schedules: [Int: LoanSchedule], years: [YearFigures],
    months: [MonthFlows], initialNeeds: [PlanLine], initialResources: [PlanLine],
    projectFlows: [Money]
  ) {
    self.scenario = scenario
    self.schedules = schedules
    self.years = years
    self.months = months
    self.initialNeeds = initialNeeds
    self.initialResources = initialResources
    self.projectFlows = projectFlows
  }
}
