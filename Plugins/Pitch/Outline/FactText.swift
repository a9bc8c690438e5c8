import EssorCore

/// Facts written for a slide: amounts to the euro, lists in words.
enum FactText {
  /// Money to the euro, the language's way: `245 000 €`, `€245,000`.
  static func money(_ money: Money, _ language: Language) -> String {
    let euros = Money(roundingEuros: money.doubleValue.rounded())
    let text = MoneyFormat.text(euros, language)
    // MoneyFormat writes the cents; a slide shows whole euros.
    return text.replacingOccurrences(of: language == .fr ? ",00" : ".00", with: "")
  }

  /// A value as it reads on a slide.
  static func text(_ value: FactValue, _ language: Language) -> String {
    switch value {
    case .money(let amount): return money(amount, language)
    case .rate(let rate): return rate.percentText(language)
    case .number(let number): return MoneyFormat.number(number, decimals: 2, language)
    case .integer(let number): return MoneyFormat.number(Double(number), decimals: 0, language)
    case .text(let text): return text(language)
    case .term(let term): return term.label(language)
    case .list(let list): return words(list.items.map { $0.label(language) }, language)
    case .breakdown(let parts):
      return parts.items.map { "\($0.label(language)) \(money($0.amount, language))" }.joined(
        separator: ", ")
    case .measures(let parts):
      return parts.items.map {
        "\($0.label(language)) \(MoneyFormat.number($0.value, decimals: 2, language))"
      }.joined(separator: ", ")
    }
  }

  /// The most items a key message quotes from a list: a headline, not an inventory.
  static let briefItems = 2

  /// A value as a key message quotes it: lists and breakdowns cut to their first items,
  /// with how many more there are.
  static func brief(_ value: FactValue, _ language: Language) -> String {
    func cut(_ items: [String]) -> String {
      guard items.count > briefItems else { return words(items, language) }
      let more = items.count - briefItems
      return items.prefix(briefItems).joined(separator: ", ")
        + (language == .fr ? " et \(more) autre(s)" : " and \(more) more")
    }
    switch value {
    case .list(let list): return cut(list.items.map { $0.label(language) })
    case .breakdown(let parts):
      let sorted = parts.items.sorted { $0.amount > $1.amount }
      return cut(sorted.map { "\($0.label(language)) \(money($0.amount, language))" })
    default: return text(value, language)
    }
  }

  /// One item of a value: by id (`:dscr`) or position (`#1`, 1-based); the value in brief
  /// when neither is asked.
  static func text(
    _ value: FactValue, item id: String?, position: Int?, _ language: Language
  ) -> String? {
    guard id != nil || position != nil else { return brief(value, language) }
    func pick<Item>(_ items: [Item], _ itemID: (Item) -> String) -> Item? {
      if let id { return items.first { itemID($0) == id } }
      guard let position, (1...items.count).contains(position) else { return nil }
      return items[position - 1]
    }
    switch value {
    case .breakdown(let parts):
      return pick(parts.items, \.id).map { money($0.amount, language) }
    case .measures(let parts):
      return pick(parts.items, \.id).map { MoneyFormat.number($0.value, decimals: 2, language) }
    case .list(let list):
      return pick(list.items, \.id).map { $0.label(language) }
    default:
      return nil
    }
  }

  /// `a, b et c` / `a, b and c`.
  static func words(_ items: [String], _ language: Language) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + (language == .fr ? " et " : " and ") + last
  }
}
