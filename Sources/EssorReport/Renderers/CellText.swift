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
    case .integer(let value): return MoneyFormat.grouped(String(value), language)
    case .number(let value):
      let decimals: Int
      if case .decimal(let d) = kind { decimals = d } else { decimals = 2 }
      return MoneyFormat.number(value, decimals: decimals, language)
    case .date(let date): return date.description
    case .bool(let value):
      switch language {
      case .fr: return value ? "oui" : "non"
      case .en: return value ? "yes" : "no"
      }
    }
  }

  /// Whether the value reads best right-aligned (numbers).
  static func isNumeric(_ value: CellValue) -> Bool {
    switch value {
    case .money, .percent, .integer, .number: return true
    default: return false
    }
  }
}
