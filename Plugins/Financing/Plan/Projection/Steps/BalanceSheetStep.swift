import EssorCore

/// The year-end balance sheet's assets not computed elsewhere: deposits and cash.
extension PlanState {
  /// Deposits (the opening ones, the plan's, Sofiscop's) and the cash by the monthly plan,
  /// so that the balance sheet checks the cash plan against every other statement.
  func balanceSheet(_ f: inout YearFigures) {
    f.financialAssets =
      s.opening.deposits + guaranteeDeposits
      + s.needs.deposits.filter { $0.month < 12 * f.year }.reduce(.zero) { $0 + $1.amount }
    f.cashFromMonths = cashFromMonths(endOf: f.year)
  }
}
