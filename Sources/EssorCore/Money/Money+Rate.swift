/// Exact products of amounts with rates and ratios, rounded half away from zero to the cent.
extension Money {
  /// The amount times `rate`, rounded to the cent (half away from zero), computed exactly.
  public func applying(_ rate: Rate) -> Money {
    Money(cents: Self.divideRounded(Int128(cents) * Int128(rate.units), by: Int128(Rate.scale)))
  }

  /// Σ amount × rate, rounded once to the cent (as a spreadsheet's `ROUND(a*r+b*s,2)`).
  public static func sumOfProducts(_ terms: [(Money, Rate)]) -> Money {
    let total = terms.reduce(Int128(0)) { $0 + Int128($1.0.cents) * Int128($1.1.units) }
    return Money(cents: divideRounded(total, by: Int128(Rate.scale)))
  }

  /// The amount times `numerator / denominator`, rounded to the cent (half away from zero).
  ///
  /// `denominator` must be positive.
  public func scaled(by numerator: Int64, over denominator: Int64) -> Money {
    Money(cents: Self.divideRounded(Int128(cents) * Int128(numerator), by: Int128(denominator)))
  }

  /// The amount split in `parts` equal amounts to the cent; the last one takes the remainder,
  /// so the parts add up exactly.
  public func split(into parts: Int) -> [Money] {
    guard parts > 1 else { return [self] }
    let each = cents / Int64(parts)
    return Array(repeating: Money(cents: each), count: parts - 1)
      + [Money(cents: cents - each * Int64(parts - 1))]
  }

  /// An amount computed in floating point (an NPV, a closed-form solution), rounded to the
  /// cent the way a spreadsheet's `ROUND(…;2)` does; a value that is not finite is zero, and
  /// one beyond a billion billion euros is clamped.
  public init(roundingEuros value: Double) {
    let rounded = (value * 100).rounded()
    self.init(cents: rounded.isFinite ? Int64(Swift.max(-1e17, Swift.min(1e17, rounded))) : 0)
  }

  /// The smaller of two amounts.
  public static func min(_ a: Money, _ b: Money) -> Money { a < b ? a : b }

  /// The larger of two amounts.
  public static func max(_ a: Money, _ b: Money) -> Money { a < b ? b : a }

  private static func divideRounded(_ value: Int128, by divisor: Int128) -> Int64 {
    let quotient = value / divisor
    let remainder = value % divisor
    var result = quotient
    if remainder.magnitude * 2 >= divisor.magnitude {
      result += value < 0 ? -1 : 1
    }
    return Int64(clamping: result)
  }
}

extension Rate {
  /// The rate as a fraction in a spreadsheet formula: `0.045`.
  public var formulaText: String {
    let magnitude = units.magnitude
    var fraction = String(magnitude % UInt64(Rate.scale))
    fraction = String(repeating: "0", count: 12 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let whole = magnitude / UInt64(Rate.scale)
    return (units < 0 ? "-" : "") + "\(whole)" + (fraction.isEmpty ? "" : "." + fraction)
  }

  /// 100 %.
  public static let one = Rate(units: Rate.scale)

  /// The sum of two rates.
  public static func + (lhs: Rate, rhs: Rate) -> Rate { Rate(units: lhs.units + rhs.units) }

  /// The difference of two rates.
  public static func - (lhs: Rate, rhs: Rate) -> Rate { Rate(units: lhs.units - rhs.units) }
}
