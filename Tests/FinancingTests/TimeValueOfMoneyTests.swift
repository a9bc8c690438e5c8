import Financing
import Testing

/// numpy-financial's published test vectors (numpy_financial/tests/test_financial.py and
/// its documentation), with their tolerances, as tables.
@Suite struct TimeValueOfMoneyTests {
  typealias TVM = TimeValueOfMoney

  @Test(
    arguments: [
      (0.08 / 12, 60.0, 15_000.0, TVM.When.end, -304.145_914_326_205_2),
      (0.0, 60.0, 15_000.0, .end, -250.0),
      (0.0, 12.0, 2000.0, .end, -166.666_67),
      (0.3, 12.0, 2000.0, .end, -626.908_14),
      (0.075 / 12, 180.0, 200_000.0, .end, -1854.024_720_005_461_9),
      (0.04 / 12, 84.0, 100_000.0, .end, -1366.880_633_648_957_7),
      (0.0, 84.0, 100_000.0, .end, -1190.476_190_476_190_4),
      (0.04 / 12, 84.0, 100_000.0, .begin, -1362.339_501_975_705_2),
    ] as [(Double, Double, Double, TVM.When, Double)])
  func pmt(rate: Double, periods: Double, pv: Double, when: TVM.When, expected: Double) {
    let value = TVM.pmt(rate: rate, periods: periods, presentValue: pv, when: when)
    #expect(abs(value - expected) < 1e-5)
  }

  /// Vectors published with two or three decimals (numpy's array case, OpenOffice wiki, spreadsheet docs).
  @Test(
    arguments: [
      (0.8, 3.0, 20_000.0, TVM.When.end, -19_311.258),
      (0.055 / 12, 24.0, 5000.0, .end, -220.48),
      (0.005, 15.0, 5000.0, .end, -346.82),
      (0.005, 15.0, 5000.0, .begin, -345.10),
    ] as [(Double, Double, Double, TVM.When, Double)])
  func pmtToTheCent(rate: Double, periods: Double, pv: Double, when: TVM.When, expected: Double) {
    let value = TVM.pmt(rate: rate, periods: periods, presentValue: pv, when: when)
    #expect(abs(value - expected) < 0.005)
  }

  @Test(
    arguments: [
      (0.1 / 12, 1.0, 60.0, 55_000.0, TVM.When.end, -710.254_126),
      (0.1 / 12, 1.0, 60.0, 55_000.0, .begin, -1158.929_712),
      (0.08 / 12, 1.0, 60.0, 15_000.0, .begin, -302.131_703),
      (0.08 / 12, 1.0, 60.0, 15_000.0, .end, -204.145_914),
      (0.04 / 12, 1.0, 84.0, 100_000.0, .end, -1033.547_300_315_624_4),
      (0.04 / 12, 84.0, 84.0, 100_000.0, .end, -1362.339_501_975_705_2),
    ] as [(Double, Double, Double, Double, TVM.When, Double)])
  func ppmt(
    rate: Double, period: Double, periods: Double, pv: Double, when: TVM.When, expected: Double
  ) {
    let value = TVM.ppmt(rate: rate, period: period, periods: periods, presentValue: pv, when: when)
    #expect(abs(value - expected) < 1e-6)
  }

  @Test(
    arguments: [
      (0.1 / 12, 1.0, 24.0, 2000.0, TVM.When.end, -16.666_666_67),
      (0.1 / 12, 2.0, 24.0, 2000.0, .end, -16.036_473_45),
      (0.1 / 12, 3.0, 24.0, 2000.0, .end, -15.401_028_62),
      (0.1 / 12, 4.0, 24.0, 2000.0, .end, -14.760_288_42),
      (0.1 / 12, 1.0, 24.0, 2000.0, .begin, 0.0),
      (0.001_988_079_518_355_057, 2.0, 360.0, 300_000.0, .begin, -594.107_158),
      (0.001_988_079_518_355_057, 3.0, 360.0, 300_000.0, .begin, -592.971_592),
      (0.04 / 12, 1.0, 84.0, 100_000.0, .end, -333.333_333_333_333_37),
      (0.04 / 12, 84.0, 84.0, 100_000.0, .end, -4.541_131_673_252_433),
    ] as [(Double, Double, Double, Double, TVM.When, Double)])
  func ipmt(
    rate: Double, period: Double, periods: Double, pv: Double, when: TVM.When, expected: Double
  ) {
    let value = TVM.ipmt(rate: rate, period: period, periods: periods, presentValue: pv, when: when)
    #expect(abs(value - expected) < 1e-6)
  }

  @Test func theDocumentedScheduleOf2500At824Percent() {
    let rate = 0.0824 / 12
    #expect(abs(TVM.ipmt(rate: rate, period: 1, periods: 12, presentValue: 2500) - -17.17) < 0.005)
    #expect(abs(TVM.ppmt(rate: rate, period: 1, periods: 12, presentValue: 2500) - -200.58) < 0.005)
    let interest = (1...12).reduce(0.0) {
      $0 + TVM.ipmt(rate: rate, period: Double($1), periods: 12, presentValue: 2500)
    }
    #expect(abs(interest - -112.98) < 0.005)
  }

  @Test func ipmtIsNaNOutsideThePeriods() {
    #expect(TVM.ipmt(rate: 0.1 / 12, period: 0, periods: 24, presentValue: 2000).isNaN)
    #expect(TVM.ppmt(rate: 0.08 / 12, period: 0, periods: 60, presentValue: 15_000).isNaN)
  }

  @Test func sumOfInterestOfTheReferenceLoan() {
    let total = (1...84).reduce(0.0) {
      $0 + TVM.ipmt(rate: 0.04 / 12, period: Double($1), periods: 84, presentValue: 100_000)
    }
    #expect(abs(total - -14_817.973_226_514_738) < 1e-6)
  }

  @Test func fvAndPv() {
    #expect(
      abs(
        TVM.fv(rate: 0.075, periods: 20, payment: -2000, presentValue: 0) - 86_609.362_673_042_924)
        < 1e-6)
    #expect(
      abs(
        TVM.fv(rate: 0.075, periods: 20, payment: -2000, presentValue: 0, when: .begin)
          - 93_105.064_874) < 1e-5)
    #expect(abs(TVM.fv(rate: 0, periods: 5, payment: 100, presentValue: 0) - -500) < 1e-9)
    #expect(abs(TVM.fv(rate: 0.1, periods: 5, payment: 100, presentValue: 0) - -610.51) < 1e-6)
    #expect(
      abs(
        TVM.fv(rate: 0.05 / 12, periods: 120, payment: -100, presentValue: -100)
          - 15_692.928_894_335_748) < 1e-6)
    #expect(abs(TVM.pv(rate: 0.07, periods: 20, payment: 12_000) - -127_128.170_946_193_93) < 1e-6)
  }

  @Test func npvStartsAtTimeZeroAndTheSpreadsheetOneDoesNot() {
    let flows = [-15_000.0, 1500, 2500, 3500, 4500, 6000]
    #expect(abs(TVM.npv(rate: 0.05, values: flows) - 122.89) < 0.01 * 122.89)
    let second = [-40_000.0, 5000, 8000, 12_000, 30_000]
    #expect(abs(TVM.npv(rate: 0.08, values: second) - 3065.222_67) < 1e-4)
    let excel = second[0] + TVM.spreadsheetNPV(rate: 0.08, values: Array(second.dropFirst()))
    #expect(abs(excel - 3065.222_67) < 1e-4)
  }

  @Test(
    arguments: [
      ([-150_000.0, 15_000, 25_000, 35_000, 45_000, 60_000], 0.0524),
      ([-100.0, 0, 0, 74], -0.0955),
      ([-100.0, 39, 59, 55, 20], 0.28095),
      ([-100.0, 100, 0, -7], -0.0833),
      ([-100.0, 100, 0, 7], 0.06206),
      ([-5.0, 10.5, 1, -8, 1], 0.0886),
      ([-1678.87, 771.96, 1814.05, 3520.30, 3552.95, 3584.99, 4789.91, -1], 1.00426),
    ] as [([Double], Double)])
  func irr(flows: [Double], expected: Double) throws {
    let value = try #require(TVM.irr(flows))
    #expect(abs(value - expected) < 1e-4)
  }

  @Test func irrOfSameSignFlowsIsNil() {
    #expect(TVM.irr([100, 200, 300]) == nil)
  }

  @Test func npvAtTheIRRIsZero() throws {
    let flows = [-40_000.0, 5000, 8000, 12_000, 30_000]
    let rate = try #require(TVM.irr(flows))
    #expect(abs(TVM.npv(rate: rate, values: flows)) < 1e-9)
  }
}
