/// A rate (interest, insurance, TEG) held exactly as a whole number of 10⁻¹² units.
///
/// `4%`, `4,125 %` and `0.04` are read digit by digit, so the proportional period rate
/// (nominal ÷ periods per year) is an exact fraction and interest rounds to the cent
/// the same way on every machine.
public struct Rate: Hashable, Comparable, Sendable {
  /// The number of units in 1 (100 %).
  public static let scale: Int64 = 1_000_000_000_000

  /// The rate in units of 10⁻¹².
  public var units: Int64

  /// Creates a rate from units of 10⁻¹².
  public init(units: Int64) { self.units = units }

  /// Creates a rate from a fraction given as a binary float, rounded to 10⁻¹².
  public init(fraction: Double) {
    self.units = Int64((fraction * Double(Rate.scale)).rounded())
  }

  /// Zero.
  public static let zero = Rate(units: 0)

  /// The rate as a fraction (0.04 for 4 %).
  public var fraction: Double { Double(units) / Double(Rate.scale) }

  public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.units < rhs.units }

  /// Parses `4%`, `4 %`, `4,5%`, `0.04` or `0,045` (a value without `%` is a fraction).
  ///
  /// Returns nil for malformed text or more precision than 10⁻¹².
  public static func parse(_ text: String) -> Rate? {
    var body = text.trimmingCharacters(in: .whitespaces)
    let isPercent = body.hasSuffix("%")
    if isPercent { body.removeLast() }
    guard let decimal = DecimalText(body) else { return nil }
    let exponent = isPercent ? 10 : 12
    guard decimal.fractionDigits.count <= exponent, decimal.integerDigits.count <= 6 else {
      return nil
    }
    let fraction = decimal.fractionDigits.padding(
      toLength: exponent, withPad: "0", startingAt: 0)
    guard let whole = Int64(decimal.integerDigits), let part = Int64(fraction) else {
      return nil
    }
    var power: Int64 = 1
    for _ in 0..<exponent { power *= 10 }
    let units = whole * power + part
    return Rate(units: decimal.isNegative ? -units : units)
  }

  /// The rate as a percentage for people: `4 %` / `4%`, `4,125 %` / `4.125%`.
  public func percentText(_ language: Language) -> String {
    let percentUnits = units.magnitude  // 10^-10 of a percent
    let whole = percentUnits / 10_000_000_000
    var fraction = String(percentUnits % 10_000_000_000)
    fraction = String(repeating: "0", count: 10 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let separator = language == .fr ? "," : "."
    let number =
      (units < 0 ? "-" : "") + "\(whole)" + (fraction.isEmpty ? "" : separator + fraction)
    return language == .fr ? number + " %" : number + "%"
  }
}
