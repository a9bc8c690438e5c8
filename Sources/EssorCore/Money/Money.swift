/// An amount of euros, held exactly as a whole number of cents.
///
/// Money never goes through a binary float on its way in (text is parsed digit by digit)
/// nor while schedules are computed; `doubleValue` exists only for ratios and charts.
public struct Money: Hashable, Comparable, Sendable, AdditiveArithmetic {
  /// The amount in cents.
  public var cents: Int64

  /// The largest amount Essor accepts anywhere: one thousand billion euros.
  public static let limit = Money(cents: 100_000_000_000_000)

  /// Creates an amount from cents.
  public init(cents: Int64) { self.cents = cents }

  /// Creates an amount from whole euros.
  public init(euros: Int64) { self.cents = euros * 100 }

  /// Zero euros.
  public static let zero = Money(cents: 0)

  public static func + (lhs: Money, rhs: Money) -> Money {
    Money(cents: lhs.cents + rhs.cents)
  }

  public static func - (lhs: Money, rhs: Money) -> Money {
    Money(cents: lhs.cents - rhs.cents)
  }

  public static prefix func - (value: Money) -> Money { Money(cents: -value.cents) }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

  /// The amount as a binary float, for charts and ratios only.
  public var doubleValue: Double { Double(cents) / 100 }

  /// The amount as plain decimal text with two decimals and a dot: `1366.88`, `-5.00`.
  ///
  /// This is the form used in JSON, in YAML and wherever a program reads the number.
  public var plainText: String {
    let sign = cents < 0 ? "-" : ""
    let magnitude = cents.magnitude
    let fraction = magnitude % 100
    return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// Parses an amount typed by a person: `100000`, `100 000`, `1366.88`, `1 366,88 €`.
  ///
  /// Spaces, narrow spaces and underscores group digits; the decimal separator is a dot
  /// or a comma; at most two decimals. Returns nil for anything else (including amounts
  /// beyond ``limit``), so callers can say what is allowed.
  public static func parse(_ text: String) -> Money? {
    guard let decimal = DecimalText(text, stripping: ["€", "EUR"]),
      decimal.fractionDigits.count <= 2
    else { return nil }
    let fraction = decimal.fractionDigits.padding(toLength: 2, withPad: "0", startingAt: 0)
    guard decimal.integerDigits.count <= 15, let whole = Int64(decimal.integerDigits),
      let cents = Int64(fraction)
    else { return nil }
    let value = Money(cents: (whole * 100 + cents) * (decimal.isNegative ? -1 : 1))
    guard value.cents.magnitude <= Money.limit.cents.magnitude else { return nil }
    return value
  }
}
