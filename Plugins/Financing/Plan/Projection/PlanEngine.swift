import EssorCore

/// Projects a scenario: see ``PlanProjection`` for the conventions.
public enum PlanEngine {
  /// Projects `scenario` over its horizon.
  public static func project(_ scenario: Scenario) -> PlanProjection {
    var engine = Computation(scenario)
    return engine.run()
  }
}

/// The projection's working state, filled year by year.
private struct Computation {
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
  let isSCOP: Bool
  let workerMembers: Int

  init(_ scenario: Scenario) {
    s = scenario
    months = scenario.months
    reservesBefore = scenario.rules.openingLegalReserve + scenario.rules.openingOtherReserves
    legalReserveTotal = scenario.rules.openingLegalReserve
    highestCapital =
      scenario.rules.openingCapital
      + scenario.resources.filter { $0.existing }.reduce(.zero) { $0 + $1.amount }
    previousBFR = scenario.needs.workingCapital.opening
    workerCapital = scenario.rules.openingCapital
    cash = scenario.openingCash
    isSCOP = scenario.legalForm == .scop || scenario.legalForm == .scopAmorcage
    workerMembers = scenario.resources.filter { $0.kind == .workerShares }.reduce(0) {
      $0 + $1.members
    }
    let zero = Array(repeating: Money.zero, count: scenario.months)
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

  mutating func scheduleLoans() {
    for (index, instrument) in s.resources.enumerated() {
      guard let terms = instrument.loan else { continue }
      let schedule = LoanEngine.schedule(terms)
      schedules[index] = schedule
      let isQuasi = instrument.balanceCategory == .quasiEquity
      for row in schedule.rows {
        let month = s.monthIndex(row.date)
        guard (0..<months).contains(month) else { continue }
        interest[month] += row.interest
        insurance[month] += row.insurance
        principal[month] += row.principal
        if isQuasi {
          quasiService[month] += row.payment
        } else if !instrument.bridge {
          debtService[month] += row.payment
        }
        flows[month].debtService += row.payment
      }
    }
  }

  /// The balance of a schedule at the end of `year` (0 before it is disbursed).
  func balance(_ index: Int, endOf year: Int) -> Money {
    guard let schedule = schedules[index] else { return .zero }
    let last = 12 * year - 1
    guard s.resources[index].month <= last else { return .zero }
    return schedule.rows.last { s.monthIndex($0.date) <= last }?.balance
      ?? schedule.terms.amount
  }

  /// The month titres participatifs or bonds are repaid (may fall after the plan).
  func maturity(_ instrument: Instrument) -> Int { instrument.month + instrument.years * 12 }

  mutating func run() -> PlanProjection {
    scheduleLoans()
    for y in 1...s.horizon {
      var f = YearFigures(year: y)
      operate(&f)
      instruments(&f)
      resultAndTax(&f)
      workingCapital(&f)
      capital(&f)
      allocate(&f)
      financingPlan(&f)
      cashByMonth(f)
      years.append(f)
    }
    var running = s.openingCash
    for index in flows.indices {
      running += flows[index].net
      flows[index].cash = running
    }
    return PlanProjection(
      scenario: s, schedules: schedules, years: years, months: flows,
      initialNeeds: initialNeeds(years[0]), initialResources: initialResources(),
      projectFlows: projectFlows(years))
  }

  // MARK: The steps of a year

  /// Operations down to EBE, depreciation and the assets' book value.
  private func operate(_ f: inout YearFigures) {
    let ops = s.operations
    let i = f.year - 1
    let y = f.year
    f.revenue = ops.revenue[i]
    f.purchases = ops.revenue[i].applying(ops.purchasesRate)
    f.externalCharges = ops.externalCharges[i]
    f.taxes = ops.taxes[i]
    f.grossPay = ops.grossPay[i]
    f.employerCharges = ops.grossPay[i].applying(ops.employerCharges)
    f.otherIncome = ops.otherIncome[i]
    f.operatingGrants = ops.operatingGrants[i]
    f.ebe =
      f.revenue + f.operatingGrants + f.otherIncome - f.purchases - f.externalCharges - f.taxes
      - f.grossPay - f.employerCharges
    let assets = s.needs.investments + s.needs.startupCosts
    func written(_ asset: Needs.Asset, after elapsed: Int) -> Money {
      Depreciation.accumulated(asset.amount, from: asset.month, years: asset.years, after: elapsed)
    }
    f.depreciation = assets.reduce(.zero) {
      $0 + written($1, after: 12 * y) - written($1, after: 12 * (y - 1))
    }
    f.netBookValue = assets.reduce(.zero) {
      $0 + ($1.month < 12 * y ? $1.amount - written($1, after: 12 * y) : .zero)
    }
  }

  /// Every resource's part in the year: money in, charges, repayments, balances, capital.
  private mutating func instruments(_ f: inout YearFigures) {
    let y = f.year
    let i = y - 1
    let range = yearRange(y)
    for (index, instrument) in s.resources.enumerated() {
      let inYear = range.contains(instrument.month)
      switch instrument.kind {
      case .investmentGrant:
        let before = Depreciation.accumulated(
          instrument.amount, from: instrument.month, years: instrument.years, after: 12 * (y - 1))
        let after = Depreciation.accumulated(
          instrument.amount, from: instrument.month, years: instrument.years, after: 12 * y)
        f.grantRelease += after - before
        if instrument.month < 12 * y { f.grantsNotReleased += instrument.amount - after }
        if inYear {
          f.grantsIn += instrument.amount
          flows[instrument.month].grantsIn += instrument.amount
        }
      case .bankLoan, .participatoryLoan, .crowdlending:
        if inYear, let terms = instrument.loan {
          f.fees += terms.fees
          f.loansIn += terms.amount
          flows[instrument.month].loansIn += terms.amount
          flows[instrument.month].other += terms.fees
        }
        let owed = balance(index, endOf: y)
        if instrument.balanceCategory == .quasiEquity {
          f.quasiEquity += owed
        } else if instrument.bridge {
          f.shortTermDebt += owed
        } else {
          f.debt += owed
        }
      case .titresParticipatifs, .convertibleBonds:
        if inYear {
          f.loansIn += instrument.amount
          flows[instrument.month].loansIn += instrument.amount
        }
        let repaid = maturity(instrument)
        let outstanding = range.filter { $0 >= instrument.month && $0 < repaid }.count
        let coupon = instrument.amount.applying(instrument.rate).scaled(
          by: Int64(outstanding), over: 12)
        f.coupons += coupon
        f.quasiDebtService += coupon
        flows[range.upperBound - 1].other += coupon
        if range.contains(repaid) {
          f.principalRepaid += instrument.amount
          f.securitiesRepaid += instrument.amount
          f.quasiDebtService += instrument.amount
          flows[repaid].other += instrument.amount
        }
        if instrument.month < 12 * y && repaid >= 12 * y { f.quasiEquity += instrument.amount }
      case .currentAccount:
        if inYear {
          f.loansIn += instrument.amount
          flows[instrument.month].capitalIn += instrument.amount
        }
        let repaidYear = instrument.repaidInYear ?? Int.max
        if repaidYear == y {
          f.accountsRepaid += instrument.amount
          flows[range.upperBound - 1].other += instrument.amount
        }
        if instrument.month < 12 * y && repaidYear > y {
          if instrument.blocked {
            f.quasiEquity += instrument.amount
          } else {
            f.debt += instrument.amount
          }
        }
      case .workerShares, .honourLoan:
        if inYear && instrument.amount > .zero {
          f.newCapital += instrument.amount
          f.subscriptions += instrument.amount
          workerCapital += instrument.amount
          flows[instrument.month].capitalIn += instrument.amount
        }
        if instrument.kind == .workerShares {
          // Members subscribe a share of their own gross pay.
          let headcount = max(s.operations.headcount[i], instrument.members, 1)
          let contribution = s.operations.grossPay[i].scaled(
            by: Int64(instrument.members), over: Int64(headcount)
          ).applying(instrument.yearlyContribution)
          f.yearlyContributions += contribution
          f.newCapital += contribution
          workerCapital += contribution
          flows[range.upperBound - 1].capitalIn += contribution
          let redeemed = instrument.redemptions[i]
          f.redemptions += redeemed
          workerCapital -= redeemed
          flows[range.lowerBound + 5].other += redeemed
        }
      case .outsideShares:
        if instrument.existing {
          if y == 1 { outsideByItem[index, default: .zero] += instrument.amount }
        } else if inYear {
          f.newCapital += instrument.amount
          f.subscriptions += instrument.amount
          outsideByItem[index, default: .zero] += instrument.amount
          flows[instrument.month].capitalIn += instrument.amount
        }
        let redeemed = instrument.redemptions[i]
        f.redemptions += redeemed
        outsideByItem[index, default: .zero] -= redeemed
        flows[range.lowerBound + 5].other += redeemed
      }
    }
    // Part travail converted into shares at last year's general meeting.
    workerCapital += years.last?.convertedParticipation ?? .zero
    f.interest = sum(interest, y)
    f.insurance = sum(insurance, y)
    f.principalRepaid += sum(principal, y)
    f.debtService = sum(debtService, y)
    f.quasiDebtService += sum(quasiService, y)
  }

  /// The result: part travail and corporate tax (solved together where they depend on each
  /// other), net result, CAF both ways and break-even.
  private mutating func resultAndTax(_ f: inout YearFigures) {
    f.resultBeforeParticipationAndTax = f.ebe - f.depreciation + f.grantRelease - f.financialCharges
    // The SCOP surplus (ENG) is the result after past losses and after corporate tax; the
    // part travail is a share of it and is deductible, so the two are solved together.
    f.lossesBroughtForward = carriedLosses
    let tax = s.operations.corporateTax.terms(revenue: f.revenue)
    let available = f.resultBeforeParticipationAndTax - carriedLosses
    f.participation =
      isSCOP
      ? PartTravail.amount(available: available, share: s.rules.partTravail.value, tax: tax)
      : .zero
    var base = f.resultBeforeParticipationAndTax - f.participation
    if base < .zero {
      carriedLosses += -base
      base = .zero
    } else {
      let used = Money.min(carriedLosses, base)
      carriedLosses -= used
      base -= used
    }
    // A SCIC deducts what it puts into impartageable reserves — all it does not distribute
    // (loi 2007-1824) — which depends on the tax: solved together.
    if s.legalForm == .scic {
      base = ScicTaxBase.amount(available: base, distributed: s.rules.dividends.value, tax: tax)
    }
    f.taxableBase = base
    f.corporateTax = tax.tax(on: base)
    surplus = Money.max(.zero, available - f.corporateTax)
    f.netResult = f.resultBeforeParticipationAndTax - f.participation - f.corporateTax
    f.cafSubtractive = f.ebe - f.financialCharges - f.participation - f.corporateTax
    f.cafAdditive = f.netResult + f.depreciation - f.grantRelease
    let fixed =
      f.externalCharges + f.taxes + f.payroll + f.depreciation + f.financialCharges
      - f.otherIncome - f.operatingGrants - f.grantRelease
    let margin = Rate.scale - s.operations.purchasesRate.units
    f.breakevenReachable = margin > 0
    f.breakeven = fixed > .zero && margin > 0 ? fixed.scaled(by: Rate.scale, over: margin) : .zero
  }

  /// Working capital at year end, on the year's run rate when sales start during the year.
  private mutating func workingCapital(_ f: inout YearFigures) {
    let wc = s.needs.workingCapital
    let range = yearRange(f.year)
    f.activeMonths = min(
      12, max(1, range.upperBound - max(range.lowerBound, s.operations.activityStart ?? 0)))
    let revenueRate = f.revenue.scaled(by: 12, over: Int64(f.activeMonths))
    let purchasesRate = f.purchases.scaled(by: 12, over: Int64(f.activeMonths))
    f.stock = purchasesRate.scaled(by: Int64(wc.stockDays), over: 365)
    f.receivables = Money.sumOfProducts([(revenueRate, .one + wc.vat)]).scaled(
      by: Int64(wc.receivableDays), over: 365)
    f.payables = Money.sumOfProducts([(purchasesRate, .one + wc.vat)]).scaled(
      by: Int64(wc.payableDays), over: 365)
    f.workingCapital = f.stock + f.receivables - f.payables
    f.workingCapitalChange = f.workingCapital - previousBFR
    previousBFR = f.workingCapital
  }

  /// The part travail kept for shares, the capital and votes at year end.
  private mutating func capital(_ f: inout YearFigures) {
    let workers = s.resources.filter { $0.kind == .workerShares }
    if isSCOP {
      for worker in workers {
        f.convertedParticipation += f.participation.applying(worker.participationToShares)
          .scaled(by: Int64(worker.members), over: Int64(max(workerMembers, 1)))
      }
      // Kept in the enterprise now, turned into shares at next year's general meeting.
      f.newCapital += f.convertedParticipation
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

  /// The allocation of the result, decided at the next general meeting, and own funds.
  private mutating func allocate(_ f: inout YearFigures) {
    // Past losses (report à nouveau débiteur) are absorbed before anything is allocated.
    let absorbed = f.netResult > .zero ? Money.min(retainedLosses, f.netResult) : .zero
    retainedLosses += f.netResult > .zero ? -absorbed : -f.netResult
    let distributable = f.netResult - absorbed
    f.lossesAbsorbed = absorbed
    if distributable > .zero {
      let room = Money.max(.zero, highestCapital - legalReserveTotal)
      switch s.legalForm {
      case .scop, .scopAmorcage:
        f.legalReserve = Money.min(
          distributable, Money.min(room, surplus.applying(Allocation.legalReserveShare)))
        f.dividends = surplus.applying(s.rules.dividends.value)
      case .scic:
        f.legalReserve = Money.min(room, distributable.applying(Allocation.legalReserveShare))
        f.dividends = distributable.applying(s.rules.dividends.value)
      default:
        f.legalReserve = Money.min(
          Money.max(
            .zero,
            highestCapital.applying(Allocation.companyLegalReserveCeiling) - legalReserveTotal),
          distributable.applying(Allocation.companyLegalReserveShare))
        f.dividends = distributable.applying(s.rules.dividends.value)
      }
      f.dividends = Money.max(.zero, Money.min(f.dividends, distributable - f.legalReserve))
      f.otherReserves = distributable - f.legalReserve - f.dividends
    }
    legalReserveTotal += f.legalReserve
    f.legalReserveTotal = legalReserveTotal
    f.reservesTotal = reservesBefore
    f.ownFunds = f.capital + reservesBefore + f.netResult + f.grantsNotReleased
    reservesBefore += f.netResult - f.dividends
  }

  /// The multi-year plan's needs not counted yet (investments, last year's dividends) and
  /// the year's change in cash.
  private mutating func financingPlan(_ f: inout YearFigures) {
    let range = yearRange(f.year)
    for (asset, _) in s.needs.assets where range.contains(asset.month) {
      f.capex += asset.amount
      flows[asset.month].investments += asset.amount
    }
    if let last = years.last {
      f.dividendsPaid = last.dividends
      flows[range.lowerBound + 5].other += f.dividendsPaid
    }
    f.cashChange = f.resourcesTotal - f.needsTotal
    cash += f.cashChange
    f.cashEnd = cash
  }

  /// The year's operations, working capital, tax and part travail paid, month by month.
  private mutating func cashByMonth(_ f: YearFigures) {
    let range = yearRange(f.year)
    let ops = s.operations
    let wc = s.needs.workingCapital
    for (offset, part) in monthlyOperations(f, range: range).enumerated() {
      flows[range.lowerBound + offset].operations += part
    }
    // The first year of sales builds working capital over its first months (the longest
    // delay); later years change it in twelfths.
    let firstSales = max(range.lowerBound, ops.activityStart ?? 0)
    let isFirstYearOfSales = f.year == 1 || range.contains(ops.activityStart ?? -1)
    let delay = (max(wc.receivableDays, wc.stockDays, wc.payableDays) + 29) / 30
    let from = isFirstYearOfSales ? firstSales : range.lowerBound
    let spread = isFirstYearOfSales ? min(range.upperBound - from, max(1, delay)) : 12
    for (offset, part) in f.workingCapitalChange.split(into: spread).enumerated() {
      flows[from + offset].workingCapital -= part
    }
    flows[range.upperBound - 1].other +=
      f.corporateTax + f.participation - f.convertedParticipation
  }

  /// The year's EBE by month: the gross margin (revenue − purchases) follows the
  /// seasonality from the month sales start, the rest (fixed costs, grants) falls in
  /// twelfths; the months add up to the EBE exactly.
  func monthlyOperations(_ f: YearFigures, range: Range<Int>) -> [Money] {
    let fixed = (f.ebe - (f.revenue - f.purchases)).split(into: 12)
    let weights = s.operations.seasonality
    let firstSale = s.operations.activityStart ?? 0
    guard weights != nil || firstSale > range.lowerBound else { return f.ebe.split(into: 12) }
    let margin = f.revenue - f.purchases
    let shares = range.map { month -> Int64 in
      guard month >= firstSale else { return 0 }
      return weights?[flows[month].date.month - 1].units ?? 1
    }
    let total = shares.reduce(0, +)
    guard total > 0 else { return f.ebe.split(into: 12) }
    var result: [Money] = []
    var running: Int64 = 0
    var allocated = Money.zero
    for (index, share) in shares.enumerated() {
      running += share
      let upTo = margin.scaled(by: running, over: total)
      result.append(upTo - allocated + fixed[index])
      allocated = upTo
    }
    return result
  }

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

  /// t = 0: the first year's investments; t = y: EBE − tax − part travail − ΔBFR − later
  /// investments; the last year adds back the assets' book value, the BFR built during the
  /// plan and the deposits.
  func projectFlows(_ years: [YearFigures]) -> [Money] {
    var flows = [-(years.first?.capex ?? .zero)]
    for f in years {
      var flow = f.ebe - f.corporateTax - f.participation - f.workingCapitalChange
      if f.year > 1 { flow -= f.capex }
      if f.year == s.horizon {
        flow +=
          f.netBookValue + f.workingCapital - s.needs.workingCapital.opening
          + s.needs.deposits.reduce(.zero) { $0 + $1.amount }
      }
      flows.append(flow)
    }
    return flows
  }
}

/// Straight-line depreciation by the month (also the release of investment grants).
enum Depreciation {
  /// What is written off an amount bought in plan month `month` over `years` years, after
  /// `elapsed` months of the plan: `round(amount × min(max(elapsed − month, 0), 12·years) ÷
  /// (12·years))`, the workbook's formula.
  static func accumulated(_ amount: Money, from month: Int, years: Int, after elapsed: Int)
    -> Money
  {
    guard years > 0 else { return .zero }
    let life = Int64(years * 12)
    let used = min(max(Int64(elapsed - month), 0), life)
    return amount.scaled(by: used, over: life)
  }
}

/// The legal reserve's shares, in a cooperative and in a company.
///
/// A cooperative puts 15 % of its surplus into it until it equals the highest capital
/// (article 33 of loi 78-763; the 1947 law); a company 5 % until it is 10 % of the capital
/// (Code de commerce L232-10).
enum Allocation {
  static let legalReserveShare = Rate(units: 150_000_000_000)
  static let companyLegalReserveShare = Rate(units: 50_000_000_000)
  static let companyLegalReserveCeiling = Rate(units: 100_000_000_000)
}
