import EssorCore

/// The projection's working state, carried from step to step and from year to year.
///
/// ``PlanEngine`` runs the steps (the `Steps` folder) over it in order: each reads the
/// scenario and what the earlier steps left, fills its part of the year's ``YearFigures`` and
/// updates the month flows and the balances carried to the next year.
struct PlanState {
  let s: Scenario
  let months: Int
  var schedules: [Int: LoanSchedule] = [:]
  /// Per month: schedule payments split by category.
  var interest: [Money]
  var insurance: [Money]
  var principal: [Money]
  var quasiService: [Money]
  var debtService: [Money]
  var flows: [MonthFlows]
  /// The years projected so far.
  var years: [YearFigures] = []
  /// Carried from year to year: tax losses, accounting losses not yet absorbed, reserves,
  /// capital, working capital and cash.
  var carriedLosses = Money.zero
  var retainedLosses = Money.zero
  var reservesBefore: Money
  var legalReserveTotal: Money
  var highestCapital: Money
  var previousBFR: Money
  var workerCapital: Money
  var outsideByItem: [Int: Money] = [:]
  var cash: Money
  /// The year's SCOP surplus (ENG) after tax, set by `resultAndTax`.
  var surplus = Money.zero
  /// Investments of each plan year not yet matched with an investment provision.
  var investmentRoom: [Money]
  /// Provisions to add back to the taxable result, by plan year.
  var reintegrations: [Int: Money] = [:]
  let isSCOP: Bool
  let workerMembers: Int
  /// Month by month (operating months): revenue and purchases VAT included, consumption.
  var revenueTTC: [Money]
  var consumption: [Money]
  var boughtTTC: [Money]
  /// The last month-end's stock, receivables, payables and employer charges (paid the
  /// month after).
  var lastStock: Money
  var lastReceivables: Money
  var lastPayables: Money
  var lastEmployerCharges = Money.zero
  /// VAT owed (positive) or to be refunded (negative); what each return month will settle;
  /// refunds by the month they land.
  var vatPosition = Money.zero
  var vatByReturn: [Int: Money] = [:]
  var vatRefunds: [Int: Money] = [:]
  /// Corporate tax accrued and not paid (negative: overpaid), and last year's instalments.
  var taxOwed = Money.zero
  var instalmentsPaid = Money.zero
  /// Last year-end's VAT, tax, social and part travail debts, net.
  var previousOperatingDebts: Money
  /// Sofiscop's capital and mutual-fund deposits held, and what the opening balance sheet
  /// carried, for the balance sheet.
  var guaranteeDeposits = Money.zero

  init(_ scenario: Scenario) {
    s = scenario
    months = scenario.months
    reservesBefore = scenario.rules.openingLegalReserve + scenario.rules.openingOtherReserves
    legalReserveTotal = scenario.rules.openingLegalReserve
    highestCapital =
      scenario.rules.openingCapital
      + scenario.resources.filter { $0.existing && $0.kind == .outsideShares }.reduce(.zero) {
        $0 + $1.amount
      }
    previousBFR = scenario.opening.workingCapital
    previousOperatingDebts = scenario.opening.taxAndSocialDebts
    lastStock = scenario.opening.stock
    lastReceivables = scenario.opening.receivables
    lastPayables = scenario.opening.payables
    workerCapital = scenario.rules.openingCapital
    cash = scenario.openingCash
    investmentRoom = (1...scenario.horizon).map { year in
      scenario.needs.investments.filter { (12 * (year - 1)..<12 * year).contains($0.month) }
        .reduce(.zero) { $0 + $1.amount }
    }
    isSCOP = scenario.legalForm == .scop || scenario.legalForm == .scopAmorcage
    workerMembers = scenario.resources.filter { $0.kind == .workerShares }.reduce(0) {
      $0 + $1.members
    }
    let zero = Array(repeating: Money.zero, count: scenario.months)
    revenueTTC = zero
    consumption = zero
    boughtTTC = zero
    interest = zero
    insurance = zero
    principal = zero
    quasiService = zero
    debtService = zero
    flows = (0..<scenario.months).map {
      MonthFlows(index: $0, date: scenario.start.adding(months: $0))
    }
  }

  func yearRange(_ year: Int) -> Range<Int> { (12 * (year - 1))..<(12 * year) }

  func sum(_ values: [Money], _ year: Int) -> Money {
    yearRange(year).reduce(.zero) { $0 + values[$1] }
  }
}
