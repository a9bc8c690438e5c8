import EssorCore
import Foundation

/// The rate applied each period, as an exact fraction so interest rounds the same everywhere.
///
/// Proportional: `nominal / m`, exactly. Actuarial: `(1 + nominal)^(1/m) − 1`, rounded to
/// 10⁻¹⁵ once (it is irrational), then applied exactly.
public struct PeriodRate: Sendable, Equatable {
  /// Numerator of the period rate.
  public let numerator: Int64
  /// Denominator of the period rate.
  public let denominator: Int64

  /// The period rate of an annual rate paid `periodsPerYear` times a year.
  public init(annual: Rate, periodsPerYear: Int, mode: RateMode) {
    switch mode {
    case .proportional:
      numerator = annual.units
      denominator = Rate.scale * Int64(periodsPerYear)
    case .actuarial:
      let fraction = pow(1 + annual.fraction, 1 / Double(periodsPerYear)) - 1
      numerator = Int64((fraction * 1e15).rounded())
      denominator = 1_000_000_000_000_000
    }
  }

  /// The rate as a binary float, for the instalment formula and the charts.
  public var fraction: Double { Double(numerator) / Double(denominator) }

  /// `amount × rate`, rounded half-up to the cent (amount ≥ 0).
  @inline(__always)
  public func apply(to cents: Int64) -> Int64 {
    let product = Int128(cents) * Int128(numerator)
    let denominator = Int128(self.denominator)
    return Int64((product + denominator / 2) / denominator)
  }
}
