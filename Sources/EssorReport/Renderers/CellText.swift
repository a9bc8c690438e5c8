import EssorCore

/// How a cell's value reads as text for people (terminal, Markdown).
enum CellText {
  static func display(_ value: CellValue, kind: ColumnKind?, _ language: Language) -> String {
    switch value {
    case .empty: return ""
    case .text(let text): return text
    case .money(let money): return MoneyFormat.text(money, language)
    case .percent(let fraction):
      let decimals: Int
      if case .percent(let d) = kind { decimals = d } else { decimals = 2 }
      let number = MoneyFormat.number(fraction * 100, decimals: decimals, language)
      return language == .fr ? number + "\u{00A0}%" : number + "%"
    case .integer(let value):
      return kind == .plainInteger ? String(value) : MoneyFormat.grouped(String(value), language)
    case .number(let value) where kind == .money:
      return MoneyFormat.text(Money(roundingEuros: value), language)
    case .number(let value):
      let decimals: Int
      if case .decimal(let d) = kind { decimals = d } else { decimals = 2 }
      return MoneyFormat.number(value, decimals: decimals, language)
    case .quantity(let value, let unit):
      return MoneyFormat.number(value, decimals: unit.decimals, language)
        + unit.suffix(language, value: value)
    case .date(let date) where kind == .month: return String(date.description.prefix(7))
    case .date(let date): return date.description
    case .bool(let value):
      switch language {
      case .fr: return value ? "oui" : "non"
      case .en: return value ? "yes" : "no"
      }
    }
  }

  /// `display(value, kind:, language).count`, computed without building the text for
  /// numbers, money, dates and booleans (the workbook renderer calls it for every cell).
  static func width(_ value: CellValue, kind: ColumnKind?, _ language: Language) -> Int {
    switch value {
    case .empty: return 0
    case .text(let text): return text.count
    case .money(let money):
      // grouped(plainText) plus "\u{00A0}€" (fr) or "€" (en, the sign moves before it).
      let magnitude = money.cents.magnitude
      return (money.cents < 0 ? 1 : 0) + groupedDigits(magnitude / 100) + 3
        + (language == .fr ? 2 : 1)
    case .percent(let fraction):
      let decimals: Int
      if case .percent(let d) = kind { decimals = d } else { decimals = 2 }
      return numberWidth(fraction * 100, decimals: decimals) + (language == .fr ? 2 : 1)
    case .integer(let value):
      let digits =
        kind == .plainInteger ? digitCount(value.magnitude) : groupedDigits(value.magnitude)
      return (value < 0 ? 1 : 0) + digits
    case .number(let value) where kind == .money:
      return width(.money(Money(roundingEuros: value)), kind: kind, language)
    case .number(let value):
      let decimals: Int
      if case .decimal(let d) = kind { decimals = d } else { decimals = 2 }
      return numberWidth(value, decimals: decimals)
    case .quantity(let value, let unit):
      return numberWidth(value, decimals: unit.decimals)
        + unit.suffix(language, value: value).count
    case .date(let date): return kind == .month ? 7 : date.description.count
    case .bool(let value):
      switch language {
      case .fr: return 3
      case .en: return value ? 3 : 2
      }
    }
  }

  /// The length of `MoneyFormat.number(value, decimals:, _)`.
  private static func numberWidth(_ value: Double, decimals: Int) -> Int {
    var power = 1.0
    for _ in 0..<decimals { power *= 10 }
    var scaled = (value * power).rounded(.toNearestOrAwayFromZero)
    if scaled == 0 { scaled = 0 }
    guard scaled.isFinite, scaled.magnitude < 9e18 else { return 1 }  // "—"
    let digits = max(digitCount(UInt64(scaled.magnitude)), decimals + 1)
    let integerDigits = digits - decimals
    return (scaled < 0 ? 1 : 0) + integerDigits + (integerDigits - 1) / 3
      + (decimals > 0 ? decimals + 1 : 0)
  }

  /// Digits of `value` plus its thousands separators.
  private static func groupedDigits(_ value: UInt64) -> Int {
    let digits = digitCount(value)
    return digits + (digits - 1) / 3
  }

  private static func digitCount(_ value: UInt64) -> Int {
    var count = 1
    var rest = value
    while rest >= 10 {
      rest /= 10
      count += 1
    }
    return count
  }

  /// Whether the value reads best right-aligned (numbers).
  static func isNumeric(_ value: CellValue) -> Bool {
    switch value {
    case .money, .percent, .integer, .number, .quantity: return true
    default: return false
    }
  }
}
