/// Formats money and numbers for people, the French or English way, without the C locale.
public enum MoneyFormat {
  /// `1 366,88 €` in French, `€1,366.88` in English.
  public static func text(_ money: Money, _ language: Language) -> String {
    let number = grouped(money.plainText, language)
    switch language {
    case .fr: return number + "\u{00A0}€"
    case .en: return money.cents < 0 ? "-€" + number.dropFirst() : "€" + number
    }
  }

  /// Groups the integer digits of a plain decimal (`-1234567.50`) by thousands, with the
  /// language's separators: `-1 234 567,50` or `-1,234,567.50`.
  public static func grouped(_ plain: String, _ language: Language) -> String {
    var body = plain
    let negative = body.hasPrefix("-")
    if negative { body.removeFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    let integer = Array(parts[0])
    var groups: [String] = []
    var end = integer.count
    while end > 0 {
      let start = max(0, end - 3)
      groups.insert(String(integer[start..<end]), at: 0)
      end = start
    }
    let (thousands, decimal) = language == .fr ? ("\u{202F}", ",") : (",", ".")
    var text = (negative ? "-" : "") + groups.joined(separator: thousands)
    if parts.count > 1 { text += decimal + parts[1] }
    return text
  }

  /// A binary float with a fixed number of decimals, grouped: `1,234.57` / `1 234,57`.
  public static func number(_ value: Double, decimals: Int, _ language: Language) -> String {
    var scaled = (value * pow10(decimals)).rounded(.toNearestOrAwayFromZero)
    if scaled == 0 { scaled = 0 }  // no "-0"
    guard scaled.isFinite, scaled.magnitude < 9e18 else { return "—" }
    let negative = scaled < 0
    let digits = String(Int64(scaled.magnitude))
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    let plain: String
    if decimals == 0 {
      plain = padded
    } else {
      plain = String(padded.dropLast(decimals)) + "." + String(padded.suffix(decimals))
    }
    return grouped((negative ? "-" : "") + plain, language)
  }

  private static func pow10(_ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<n { result *= 10 }
    return result
  }
}
