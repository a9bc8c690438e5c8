import EssorCore
import Financing
import TestSupport
import Testing

/// The projection on a small scenario worked out by hand, and invariants on random ones.
@Suite struct PlanEngineTests {
  /// A SCOP with 120 000 € of revenue, a 36 000 € machine bought in July over 3 years and a
  /// 6 000 € grant released over 3 years, no loans.
  static let handScenario = """
    schema: 1
    start: 2027-01
    horizon: 3
    legal-form: scop
    opening-cash: 30000
    needs:
      investments:
        - {label: Machine, amount: 36000, month: 2027-07, years: 3}
      working-capital: {receivable-days: 30, payable-days: 30, vat: 20%}
    operations:
      revenue: 120000
      purchases: 25%
      external-charges: 12000
      taxes: 1000
      payroll: {gross: 40000, employer-charges: 50%, headcount: 5}
    resources:
      - {kind: worker-shares, amount: 10000, members: 5}
      - {kind: investment-grant, label: Région, amount: 6000, month: 2027-07, years: 3}
    rules: {part-travail: 45%, dividends: 2%, investment-provision: false}
    """

  static func project(_ text: String) throws -> PlanProjection {
    let node = try YAMLDocument.parse(text, path: "hand.yaml")
    return PlanEngine.project(try ScenarioReader.read(node, path: "hand.yaml", profile: nil))
  }

  private func euros(_ text: String) -> Money { Money.parse(text) ?? .zero }

  @Test func theFirstYearMatchesTheHandComputation() throws {
    let plan = try Self.project(Self.handScenario)
    let y1 = plan.years[0]
    #expect(y1.ebe == euros("17000"))  // 120 000 − 30 000 − 12 000 − 1 000 − 40 000 − 20 000
    #expect(y1.depreciation == euros("6000"))  // 36 000 × 6/36, from July
    #expect(y1.grantRelease == euros("1000"))
    #expect(y1.resultBeforeParticipationAndTax == euros("12000"))
    // The SCOP surplus (ENG) is after tax and the part travail is deductible:
    // P = 45 % × 12 000 × 85 % ÷ (1 − 45 % × 15 %) = 4 922,25.
    #expect(y1.participation == euros("4922.25"))
    #expect(y1.taxableBase == euros("7077.75"))  // 12 000 − 4 922.25
    #expect(y1.corporateTax == euros("1061.66"))  // 15 % under 42 500 €
    #expect(y1.netResult == euros("6016.09"))
    #expect(y1.cafSubtractive == euros("11016.09"))  // EBE − part travail − tax
    #expect(y1.cafAdditive == euros("11016.09"))  // result + depreciation − 777
    // ENG = 12 000 − 1 061.66 = 10 938.34; the part travail is 45 % of it.
    #expect(y1.legalReserve == euros("1640.75"))  // 15 % of the ENG, below the capital
    #expect(y1.dividends == euros("218.77"))  // 2 % of the ENG
    #expect(y1.otherReserves == euros("4156.57"))
    #expect(y1.receivables == euros("12000"))  // December's 10 000 + 20 % VAT, at 30 days
    #expect(y1.payables == euros("3000"))  // December's 2 500 of purchases + VAT
    #expect(y1.workingCapital == euros("9000"))
    #expect(y1.breakeven == euros("104000"))  // 78 000 of fixed costs / 75 % margin
    #expect(plan.initialNeedsTotal == euros("45000"))  // the machine and 9 000 of BFR
    #expect(plan.initialResourcesTotal == euros("46000"))
    #expect(plan.initialGap == euros("1000"))
    // Debts at year end: VAT of December 2 000 − 500 − 200 = 1 300 (July's 7 200 on the
    // machine was refunded in September); the tax 1 061.66 (no instalments the first year);
    // December's employer charges 1 666.74 (20 000 in twelfths, the cents in December); the
    // part travail 4 922.25: 8 950.65 the cash still holds.
    #expect(y1.vatPayable == euros("1300") && y1.socialDebts == euros("1666.74"))
    #expect(y1.taxPayable == euros("1061.66") && y1.participationPayable == euros("4922.25"))
    #expect(y1.otherWorkingCapitalChange == euros("-8950.65"))
    // 30 000 + 11 016.09 + 10 000 + 6 000 − 36 000 − 9 000 + 8 950.65
    #expect(y1.cashEnd == euros("20966.74"))
  }

  @Test func laterYearsCarryDepreciationDividendsAndCash() throws {
    let plan = try Self.project(Self.handScenario)
    let y2 = plan.years[1]
    #expect(y2.depreciation == euros("12000") && y2.grantRelease == euros("2000"))
    #expect(y2.participation == euros("2871.31"))  // 45 % × 7 000 × 85 % ÷ 93.25 %
    #expect(y2.corporateTax == euros("619.30"))
    #expect(y2.netResult == euros("3509.39"))
    #expect(y2.dividendsPaid == euros("218.77"))  // year 1's, paid in year 2
    #expect(y2.workingCapitalChange == .zero)
    // Year 1's tax (1 061.66, under 3 000 €: no instalments) is paid in May, its part travail
    // too; year 2 owes 1 300 + 619.30 + 1 666.74 + 2 871.31 = 6 457.35, 2 493.30 less.
    #expect(y2.otherWorkingCapitalChange == euros("2493.30"))
    // 20 966.74 + CAF 13 509.39 − 218.77 − 2 493.30
    #expect(y2.cashEnd == euros("31764.06"))
  }

  @Test func corporateTaxUsesTheReducedRateUpToItsCeiling() {
    let tax = CorporateTax()
    #expect(tax.tax(on: Money(euros: 50_000)) == Money(euros: 8_250))  // 6 375 + 1 875
    #expect(tax.tax(on: Money(euros: 42_500)) == Money.parse("6375"))
    #expect(tax.tax(on: Money(euros: -1_000)) == .zero)
  }

  @Test func aGuaranteeCoversTheQuotaUpToItsCap() {
    let guarantee = Guarantee(
      guarantor: "france-active", quota: Rate.parse("65%") ?? .zero, cap: Money(euros: 200_000),
      fee: Rate.parse("2.5%") ?? .zero)
    #expect(guarantee.guaranteed(on: Money(euros: 100_000)) == Money(euros: 65_000))
    #expect(guarantee.guaranteed(on: Money(euros: 400_000)) == Money(euros: 200_000))
    #expect(guarantee.feeAmount(on: Money(euros: 100_000)) == Money(euros: 1_625))
  }

  @Test func lossesAreCarriedBeforeThePartTravailAndTax() throws {
    let text = Self.handScenario.replacingOccurrences(
      of: "revenue: 120000", with: "revenue: [90000, 150000, 150000]")
    let plan = try Self.project(text)
    let y1 = plan.years[0]
    #expect(y1.resultBeforeParticipationAndTax < .zero)
    #expect(y1.participation == .zero && y1.corporateTax == .zero)
    let y2 = plan.years[1]
    let loss = -y1.resultBeforeParticipationAndTax
    let surplus = y2.resultBeforeParticipationAndTax - loss
    // The part travail is 45 % of the surplus after tax, to the cent.
    let share = (surplus - y2.corporateTax).applying(Rate.parse("45%") ?? .zero)
    #expect(abs((y2.participation - share).cents) <= 1)
    #expect(y2.taxableBase == surplus - y2.participation)
    #expect(y2.lossesBroughtForward == loss)
  }

  /// Random scenarios: CAF by both methods agree, the monthly plan ends each year on the
  /// yearly plan's cash, needs and resources add up, principal repaid equals loans' principal.
  @Test func invariantsHoldOnRandomScenarios() throws {
    var random = SeededGenerator(seed: 2026)
    for round in 0..<60 {
      var scenario = RuleExample.base(
        [LegalForm.scop, .scic, .sasEss, .scopAmorcage].randomElement(using: &random) ?? .scop)
      scenario.rules.conversion = Located(
        CalendarDate(year: 2025, month: 1, day: 1) ?? scenario.start)
      scenario.horizon = Int.random(in: 3...6, using: &random)
      func series(_ range: ClosedRange<Int64>) -> [Money] {
        (0..<scenario.horizon).map { _ in Money(cents: Int64.random(in: range, using: &random)) }
      }
      scenario.operations.revenue = series(10_000_000...200_000_000)
      scenario.operations.externalCharges = series(0...20_000_000)
      scenario.operations.taxes = series(0...2_000_000)
      scenario.operations.grossPay = series(0...60_000_000)
      scenario.operations.otherIncome = series(0...1_000_000)
      scenario.operations.operatingGrants = series(0...3_000_000)
      scenario.operations.headcount = Array(repeating: 10, count: scenario.horizon)
      scenario.operations.purchasesRate = Rate(
        units: Int64.random(in: 0...700_000_000_000, using: &random))
      scenario.needs.workingCapital.receivableDays = Int.random(in: 0...120, using: &random)
      scenario.needs.workingCapital.payableDays = Int.random(in: 0...90, using: &random)
      scenario.needs.workingCapital.stockDays = Int.random(in: 0...90, using: &random)
      scenario.needs.investments[0].month = Int.random(
        in: 0..<12 * scenario.horizon, using: &random)
      scenario.needs.investments[0].years = Int.random(in: 1...10, using: &random)
      for index in scenario.resources.indices {
        scenario.resources[index].redemptions = Array(repeating: .zero, count: scenario.horizon)
        scenario.resources[index].month = Int.random(in: 0..<12, using: &random)
        if var terms = scenario.resources[index].loan {
          terms.start = scenario.start.adding(months: scenario.resources[index].month)
          terms.gracePeriods = Int.random(in: 0...12, using: &random)
          terms.graceType = Bool.random(using: &random) ? .partial : .total
          scenario.resources[index].loan = terms
        }
      }
      scenario.vat.returns = Bool.random(using: &random) ? .monthly : .quarterly
      scenario.vat.refundDelay = Int.random(in: 0...3, using: &random)
      scenario.vat.externalCharges = Rate(
        units: Int64.random(in: 0...200, using: &random) * 1_000_000_000)
      if Bool.random(using: &random) {
        scenario.operations.seasonality = (0..<12).map { _ in Rate(units: 0) }
        var left: Int64 = 100
        for month in 0..<11 {
          let part = Int64.random(in: 0...min(left, 20), using: &random)
          scenario.operations.seasonality?[month] = Rate(units: part * 10_000_000_000)
          left -= part
        }
        scenario.operations.seasonality?[11] = Rate(units: left * 10_000_000_000)
        scenario.operations.activityStart = Int.random(in: 0...11, using: &random)
      }
      if Bool.random(using: &random) {
        scenario.opening.fixedAssets = [
          OpeningBalance.FixedAsset(
            label: "Existant", net: Money(cents: Int64.random(in: 0...50_000_000, using: &random)),
            yearsLeft: Int.random(in: 1...8, using: &random))
        ]
        scenario.opening.stock = Money(cents: Int64.random(in: 0...5_000_000, using: &random))
        scenario.opening.receivables = Money(cents: Int64.random(in: 0...9_000_000, using: &random))
        scenario.opening.payables = Money(cents: Int64.random(in: 0...4_000_000, using: &random))
        scenario.opening.taxAndSocialDebts = Money(
          cents: Int64.random(in: 0...3_000_000, using: &random))
        scenario.opening.lastYearTax = Money(cents: Int64.random(in: 0...3_000_000, using: &random))
        scenario.opening.grantsNotReleased = Money(
          cents: Int64.random(in: 0...1_000_000, using: &random))
        scenario.opening.grantsYearsLeft = Int.random(in: 1...6, using: &random)
        var running = scenario.resources[2]
        running.existing = true
        running.month = 0
        running.loan?.start = scenario.start
        scenario.resources.append(running)
      }
      if Bool.random(using: &random) {
        scenario.resources[2].guarantee = Guarantee(
          guarantor: "sofiscop", quota: Rate(units: 500_000_000_000), cap: nil, fee: .zero)
      }
      let plan = PlanEngine.project(scenario)
      var cash = scenario.openingCash
      for f in plan.years {
        #expect(f.cafSubtractive == f.cafAdditive, "round \(round) year \(f.year)")
        #expect(f.cashChange == f.resourcesTotal - f.needsTotal)
        cash += f.cashChange
        #expect(f.cashEnd == cash)
        #expect(plan.months[12 * f.year - 1].cash == f.cashEnd, "round \(round) year \(f.year)")
        #expect(f.ownFunds == f.capital + f.reservesTotal + f.netResult + f.grantsNotReleased)
        // The balance sheet balances: every stock computed on its own agrees with the cash.
        #expect(f.balanceGap == plan.openingGap, "round \(round) year \(f.year)")
        #expect(f.cashFromMonths == f.cashEnd, "round \(round) year \(f.year)")
      }
      guard scenario.opening.fixedAssets.isEmpty else { continue }
      let depreciation = plan.years.reduce(Money.zero) { $0 + $1.depreciation }
      let investment = scenario.needs.investments[0]
      let life = investment.years * 12
      let used = min(12 * scenario.horizon - investment.month, life)
      #expect(depreciation == investment.amount.scaled(by: Int64(used), over: Int64(life)))
    }
  }

  /// The balance-sheet check's examples (VAT returns, seasons, an opening balance sheet with a
  /// running loan, a Sofiscop guarantee): every year balances and agrees with the cash plan.
  @Test func theBalanceSheetBalancesOnItsExamples() {
    for example in BalanceSheetRule.examples {
      let plan = PlanEngine.project(example.input.scenario)
      #expect(plan.openingGap == .zero, "\(example.description)")
      for result in BalanceSheetRule.check(plan) {
        #expect(result.passed, "\(example.description): \(result.message.en)")
      }
    }
  }

  @Test func thePartTravailConvertedIntoSharesCountsFromTheNextGeneralMeeting() throws {
    let text = Self.handScenario.replacingOccurrences(
      of: "{kind: worker-shares, amount: 10000, members: 5}",
      with: "{kind: worker-shares, amount: 10000, members: 5, participation-to-shares: 50%}")
    let plan = try Self.project(text)
    let (y1, y2) = (plan.years[0], plan.years[1])
    #expect(y1.convertedParticipation == euros("2461.13"))  // half of 4 922.25, rounded
    #expect(y1.workerCapital == euros("10000"))  // not yet: the meeting is in year 2
    #expect(y2.workerCapital == euros("12461.13"))
    // Until the meeting the whole part travail is owed; then the converted half becomes
    // capital without cash and only the other half is paid, in the 5th month.
    #expect(y1.newCapital == euros("10000"))
    #expect(y1.participationPayable == y1.participation)
    #expect(plan.years[1].participationToCapital == y1.convertedParticipation)
    #expect(plan.years[1].newCapital >= y1.convertedParticipation)
    #expect(plan.months[16].taxAndParticipation >= y1.participation - y1.convertedParticipation)
    #expect(plan.months[11].cash == y1.cashEnd)
  }

  @Test func theGrossMarginFollowsTheSeasonalityFromTheStartOfSales() throws {
    let text = Self.handScenario.replacingOccurrences(
      of: "revenue: 120000",
      with: """
        revenue: [60000, 120000, 120000]
          activity-start: 2027-07
          seasonality: [10%, 10%, 10%, 10%, 10%, 10%, 0%, 0%, 10%, 10%, 10%, 10%]
        """)
    let plan = try Self.project(text)
    let y1 = plan.years[0]
    #expect(y1.activeMonths == 6)
    // No sales before July, none in July and August (0 %): customers pay from September.
    let receipts = plan.months.prefix(12).map(\.receipts)
    #expect(Array(receipts[0..<9]) == Array(repeating: .zero, count: 9))
    // 60 000 over four months = 15 000 a month, 18 000 VAT included, collected at 30 days:
    // September's invoices in October, and so on; December's are still owed at year end.
    #expect(receipts[9] == euros("18000"))
    #expect(y1.receivables == euros("18000"))
    // Purchases (25 %) follow the same months: 3 750 + VAT = 4 500, paid at 30 days.
    #expect(y1.payables == euros("4500"))
    let y2 = plan.years[1]
    #expect(y2.receivables == euros("14400"))  // December of year 2: 10 % of 120 000 + VAT
    #expect(plan.months[11].cash == y1.cashEnd && plan.months[23].cash == y2.cashEnd)
  }

  @Test func existingOutsideMembersCountInCapitalButAreNoResource() throws {
    let text = Self.handScenario.replacingOccurrences(
      of: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with: """
          - {kind: worker-shares, amount: 10000, members: 5}
          - {kind: outside-shares, label: Union régionale, amount: 4000, existing: true}
        """)
    let plan = try Self.project(text)
    #expect(plan.years[0].outsideCapital == euros("4000"))
    #expect(plan.years[0].outsideMembers == 1)
    #expect(plan.initialResourcesTotal == euros("46000"))  // unchanged
    #expect(plan.years[0].newCapital == euros("10000"))
  }

  @Test func noReducedTaxRateAboveTheRevenueLimit() throws {
    let text = Self.handScenario.replacingOccurrences(
      of: "revenue: 120000", with: "revenue: 12000000"
    ).replacingOccurrences(of: "purchases: 25%", with: "purchases: 85%")
    let plan = try Self.project(text)
    let y1 = plan.years[0]
    #expect(y1.corporateTax == y1.taxableBase.applying(Rate.parse("25%") ?? .zero))
  }

  @Test func theLegalReserveStopsWhenItEqualsTheHighestCapital() throws {
    // 10 000 € of capital and already 9 000 € of legal reserve: only 1 000 € more.
    let text = Self.handScenario.replacingOccurrences(
      of: "rules: {part-travail: 45%, dividends: 2%, investment-provision: false}",
      with:
        "rules: {part-travail: 45%, dividends: 2%, investment-provision: false, opening-legal-reserve: 9000}"
    )
    let plan = try Self.project(text)
    #expect(plan.years[0].legalReserve == euros("1000"))
    #expect(plan.years[0].legalReserveTotal == euros("10000"))
    #expect(plan.years[1].legalReserve == .zero)
    // What the legal reserve cannot take goes to the development fund.
    let y1 = plan.years[0]
    #expect(y1.otherReserves == y1.netResult - y1.legalReserve - y1.dividends)
  }

  @Test func aSCICIsTaxedOnWhatItDistributesOnly() throws {
    let text = Self.handScenario.replacingOccurrences(
      of: "legal-form: scop", with: "legal-form: scic"
    )
    .replacingOccurrences(of: "part-travail: 45%, dividends: 2%", with: "dividends: 20%")
    let y1 = try Self.project(text).years[0]
    #expect(y1.participation == .zero)
    // B = 20 % × 12 000 ÷ (1 − 15 % × 80 %) = 2 727.27: the dividends and the tax on them.
    #expect(y1.taxableBase == euros("2727.27"))
    #expect(y1.corporateTax == euros("409.09"))
    #expect(y1.netResult == euros("11590.91"))
    #expect(y1.dividends == euros("2318.18"))
    #expect(abs((y1.taxableBase - y1.dividends - y1.corporateTax).cents) <= 1)
    #expect(y1.legalReserve == euros("1738.64"))  // 15 % of the result, below the capital
  }

  @Test func bridgeLoansFinanceCashButNotTheInitialPlanOrTheRatios() throws {
    let text = Self.handScenario.replacingOccurrences(
      of: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with: """
          - {kind: worker-shares, amount: 10000, members: 5}
          - {kind: bank-loan, amount: 20000, rate: 4%, years: 1, method: in-fine, bridge: true}
        """)
    let plan = try Self.project(text)
    #expect(plan.initialResourcesTotal == euros("46000"))  // unchanged
    #expect(plan.years[0].debtService == .zero && plan.years[0].debt == .zero)
    #expect(plan.years[0].shortTermDebt == euros("20000"))
    #expect(plan.years[0].loansIn == euros("20000"))  // the cash is real
  }

  @Test func theHighestCapitalCountsTheCapitalBeforeTheYearsRedemptions() throws {
    let text = Self.handScenario.replacingOccurrences(
      of: "{kind: worker-shares, amount: 10000, members: 5}",
      with: "{kind: worker-shares, amount: 10000, members: 5, redemptions: [8000, 0, 0]}")
    let f = try Self.project(text).years[0]
    #expect(f.capital == euros("2000"))
    #expect(f.highestCapital == euros("10000"))
  }

  @Test func pastLossesAbsorbedAreNotReserves() throws {
    let text = Self.handScenario.replacingOccurrences(
      of: "revenue: 120000", with: "revenue: [90000, 150000, 150000]")
    let plan = try Self.project(text)
    let y2 = plan.years[1]
    #expect(y2.lossesAbsorbed > .zero)
    #expect(
      y2.otherReserves == y2.netResult - y2.lossesAbsorbed - y2.legalReserve - y2.dividends)
  }
}
