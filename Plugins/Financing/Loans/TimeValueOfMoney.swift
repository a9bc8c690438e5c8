import Foundation

/// The spreadsheet / numpy-financial time-value-of-money functions, same conventions:
/// money paid out is negative, `when` 0 = end of period (default), 1 = beginning.
///
/// These work in binary floats like their references; Essor's schedules use them only for
/// the instalment, then compute every period in exact cents.
public enum TimeValueOfMoney {
  /// Payment timing.
  public enum When: Int, Sendable {
    case end = 0
    case begin = 1
  }

  /// `PMT(rate, nper, pv, fv, type)`.
  public static func pmt(
    rate: Double, periods: Double, presentValue: Double, futureValue: Double = 0,
    when: When = .end
  ) -> Double {
    let w = Double(when.rawValue)
    guard rate != 0 else { return -(futureValue + presentValue) / periods }
    let growth = pow(1 + rate, periods)
    let factor = (1 + rate * w) * (growth - 1) / rate
    return -(futureValue + presentValue * growth) / factor
  }

  /// `FV(rate, nper, pmt, pv, type)`.
  public static func fv(
    rate: Double, periods: Double, payment: Double, presentValue: Double, when: When = .end
  ) -> Double {
    let w = Double(when.rawValue)
    guard rate != 0 else { return -(presentValue + payment * periods) }
    let growth = pow(1 + rate, periods)
    return -presentValue * growth - payment * (1 + rate * w) / rate * (growth - 1)
  }

  /// `PV(rate, nper, pmt, fv, type)`.
  public static func pv(
    rate: Double, periods: Double, payment: Double, futureValue: Double = 0, when: When = .end
  ) -> Double {
    let w = Double(when.rawValue)
    guard rate != 0 else { return -futureValue - payment * periods }
    let growth = pow(1 + rate, periods)
    return (-futureValue - payment * (1 + rate * w) / rate * (growth - 1)) / growth
  }

  /// `IPMT(rate, per, nper, pv, fv, type)`: NaN for `period < 1` or beyond `periods`.
  public static func ipmt(
    rate: Double, period: Double, periods: Double, presentValue: Double, futureValue: Double = 0,
    when: When = .end
  ) -> Double {
    guard period >= 1, period <= periods else { return .nan }
    let payment = pmt(
      rate: rate, periods: periods, presentValue: presentValue, futureValue: futureValue,
      when: when)
    var interest =
      fv(rate: rate, periods: period - 1, payment: payment, presentValue: presentValue, when: when)
      * rate
    if when == .begin {
      interest = period == 1 ? 0 : interest / (1 + rate)
    }
    return interest
  }

  /// `PPMT(rate, per, nper, pv, fv, type)` = `PMT − IPMT`.
  public static func ppmt(
    rate: Double, period: Double, periods: Double, presentValue: Double, futureValue: Double = 0,
    when: When = .end
  ) -> Double {
    pmt(
      rate: rate, periods: periods, presentValue: presentValue, futureValue: futureValue, when: when
    )
      - ipmt(
        rate: rate, period: period, periods: periods, presentValue: presentValue,
        futureValue: futureValue, when: when)
  }

  /// numpy-financial's `npv`: Σ vₜ / (1 + r)ᵗ **from t = 0** (the first flow is not discounted).
  public static func npv(rate: Double, values: [Double]) -> Double {
    guard rate != -1 else { return .nan }
    var total = 0.0
    var factor = 1.0
    for value in values {
      total += value / factor
      factor *= 1 + rate
    }
    return total
  }

  /// The spreadsheet `NPV(rate, v1, …)`, which discounts the first value by one period.
  public static func spreadsheetNPV(rate: Double, values: [Double]) -> Double {
    npv(rate: rate, values: values) / (1 + rate)
  }

  /// The rate `r` such that `npv(r, values) = 0`, searched in (−1, +∞); nil when the flows
  /// do not change sign or no root is found.
  public static func irr(_ values: [Double]) -> Double? {
    guard values.contains(where: { $0 > 0 }), values.contains(where: { $0 < 0 }) else {
      return nil
    }
    // Bracket a root on a grid, then bisect: robust where Newton wanders off.
    let grid: [Double] = stride(from: -0.99, through: 10, by: 0.01).map { $0 }
    var previous = (rate: grid[0], value: npv(rate: grid[0], values: values))
    var best: Double?
    for rate in grid.dropFirst() {
      let value = npv(rate: rate, values: values)
      if value == 0 { return rate }
      if value.sign != previous.value.sign, value.isFinite, previous.value.isFinite {
        let root = bisect(values, low: previous.rate, high: rate)
        if best == nil || abs(root) < abs(best ?? root) { best = root }
      }
      previous = (rate, value)
    }
    return best
  }

  private static func bisect(_ values: [Double], low: Double, high: Double) -> Double {
    var low = low
    var high = high
    let lowSign = npv(rate: low, values: values).sign
    for _ in 0..<200 {
      let middle = (low + high) / 2
      if npv(rate: middle, values: values).sign == lowSign { low = middle } else { high = middle }
      if high - low < 1e-15 { break }
    }
    return (low + high) / 2
  }
}
