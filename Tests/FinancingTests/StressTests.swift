import EssorCore
import Financing
import Foundation
import Testing

/// Shocks and headroom: a small case worked by hand, each shock's effect, and bad shocks.
@Suite struct StressTests {
  /// A case worked by hand: one year, no VAT, no delays, no tax paid in the year.
  ///
  /// 10 000 € of sales and 5 000 € of charges a month from nothing. Each month adds 10 000 × (1 − d) − 5 000, so cash stays
  /// at or over zero down to d = 50 %: 60 000 € of its 120 000 € of revenue.
  static let handCase = """
    schema: 1
    start: 2027-01
    horizon: 1
    legal-form: sas-ess
    opening-cash: 0
    needs:
      working-capital: {receivable-days: 0, payable-days: 0, vat: 0%}
    vat: {sales: 0%, purchases: 0%, external-charges: 0%, investments: 0%}
    operations:
      revenue: 120000
      external-charges: 60000
    resources: []
    """

  private func scenario(_ text: String) throws -> Scenario {
    try ScenarioReader.read(
      YAMLDocument.parse(text, path: "hand.yaml"), path: "hand.yaml", profile: nil)
  }

  @Test func theRevenueHeadroomOfTheHandCaseIsHalfItsRevenueToTheEuro() throws {
    let headroom = StressTest.headroom(try scenario(Self.handCase))
    let euros = try #require(headroom.revenueDropEuros)
    #expect(abs(euros.doubleValue - 60_000) <= 1, "\(euros)")
    #expect(abs((headroom.revenueDrop ?? 0) - 0.5) < 1e-5)
    // No loan: no rate headroom.
    #expect(headroom.rateRise == nil)
    // The month-1 arithmetic: just under the drop holds, just over it fails.
    var held = try scenario(Self.handCase)
    try Shock(.revenue, -0.4999).apply(to: &held)
    #expect(StressTest.survives(PlanEngine.project(held)))
    var failed = try scenario(Self.handCase)
    try Shock(.revenue, -0.5001).apply(to: &failed)
    let plan = PlanEngine.project(failed)
    #expect(!StressTest.survives(plan))
    // Each month 10 000 × 0.4999 − 5 000 = −1 €: twelve of them by December.
    #expect(plan.lowestMonth?.cash == Money(cents: -1200))
  }

  /// The rate headroom is the largest rise, in whole basis points, that holds: one more
  /// basis point fails.
  @Test func theRateHeadroomIsTheLastBasisPointThatHolds() throws {
    let text = Self.handCase.replacingOccurrences(
      of: "resources: []",
      with: "resources:\n  - {kind: bank-loan, amount: 50000, rate: 4%, years: 2, month: 2027-01}"
    )
    .replacingOccurrences(of: "external-charges: 60000", with: "external-charges: 90000")
    let base = try scenario(text)
    let headroom = StressTest.headroom(base)
    let rise = try #require(headroom.rateRise)
    #expect(!headroom.rateBeyondCeiling)
    var held = base
    try Shock(.rate, rise).apply(to: &held)
    #expect(StressTest.survives(PlanEngine.project(held)))
    var failed = base
    try Shock(.rate, rise + 0.0001).apply(to: &failed)
    #expect(!StressTest.survives(PlanEngine.project(failed)))
  }

  /// Each shock moves what it names, and only that.
  @Test func eachShockMovesWhatItNames() throws {
    let base = try scenario(PlanEngineTests.handScenario)
    func shocked(_ text: String) throws -> Scenario {
      var copy = base
      try Shock(parsing: text).apply(to: &copy)
      return copy
    }
    let money = { (text: String) in Money.parse(text) ?? .zero }
    #expect(
      try shocked("revenue=-20%").operations.revenue == [
        money("96000"), money("96000"), money("96000"),
      ])
    #expect(try shocked("capex=+15%").needs.investments[0].amount == money("41400"))
    #expect(try shocked("receivable-days=+30").needs.workingCapital.receivableDays == 60)
    #expect(try shocked("grant-delay=6m").resources[1].month == base.resources[1].month + 6)
    #expect(try shocked("purchases=+2pt").operations.purchasesRate == Rate.parse("27%"))
    #expect(try shocked("payroll=+10%").operations.grossPay[0] == money("44000"))
    // Sales starting 3 months late lose a quarter of year 1.
    let late = try shocked("activity-start=+3m")
    #expect(late.operations.activityStart == 3)
    #expect(
      late.operations.revenue[0] == money("90000") && late.operations.revenue[1] == money("120000"))
  }

  @Test func badShocksAreUsageErrorsNamingTheFlag() throws {
    let base = try scenario(PlanEngineTests.handScenario)
    for (text, says) in [
      ("revenu=-20%", "not a known shock"), ("revenue=-20", "-20% / +15%"),
      ("rate=+2", "+2pt / +150bp"), ("grant-delay=99m", "from 0 to 60 months"),
      ("revenue", "NAME=VALUE"), ("rate=+2pt", "nothing to shock here (loans)"),
      ("receivable-days=1e300d", "from -365 to +365"), ("grant-delay=2.5m", "6m / +3m"),
    ] {
      do {
        var copy = base
        try Shock(parsing: text).apply(to: &copy)
        Issue.record("\(text): accepted")
      } catch let error as EssorError {
        #expect(error.kind == .usage, "\(text)")
        #expect(error.location == .flag("--shock " + text), "\(text): \(error)")
        #expect("\(error)".contains(says), "\(text): \(error)")
      }
    }
  }
}
