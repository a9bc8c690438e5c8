import EssorCore

/// Facts as the protocol writes them: `{"type": "money", "value": 1200.50}`.
///
/// Labels go out in the request's language; items carry their stable `id` beside their
/// label (protocol 1.1). Coming back, a label may be a string or `{"fr": …, "en": …}`, and
/// an item without an id takes its label as id (protocol 1.0).
public enum FactJSON {
  public static func encode(_ value: FactValue, language: Language) -> JSONValue {
    let body: JSONValue
    func term(_ term: FactTerm) -> JSONValue {
      .object([("id", .string(term.id)), ("label", .string(term.label(language)))])
    }
    switch value {
    case .money(let money): body = .money(money)
    case .rate(let rate): body = .number(rate.fraction, decimals: 12)
    case .number(let number): body = .number(number, decimals: 12)
    case .integer(let number): body = .integer(Int64(number))
    case .text(let text): body = .string(text(language))
    case .term(let value): body = term(value)
    case .list(let list): body = .array(list.items.map(term))
    case .breakdown(let parts):
      body = .array(
        parts.items.map {
          .object([
            ("id", .string($0.id)), ("label", .string($0.label(language))),
            ("amount", .money($0.amount)),
          ])
        })
    case .measures(let parts):
      body = .array(
        parts.items.map {
          .object([
            ("id", .string($0.id)), ("label", .string($0.label(language))),
            ("value", .number($0.value, decimals: 12)),
          ])
        })
    }
    return .object([("type", .string(value.kind.rawValue)), ("value", body)])
  }

  /// A fact from its JSON, or nil when it does not have the form of `expected`.
  public static func decode(_ value: JSONValue, expected: FactKind) -> FactValue? {
    guard case .object(let members) = value, members.count == 2,
      value["type"]?.stringValue == expected.rawValue, let body = value["value"]
    else { return nil }
    func money(_ value: JSONValue?) -> Money? {
      guard let amount = value?.doubleValue, abs(amount) <= Money.limit.doubleValue else {
        return nil
      }
      let cents = (amount * 100).rounded()
      guard abs(cents - amount * 100) < 1e-6 else { return nil }
      return Money(cents: Int64(cents))
    }
    func label(_ value: JSONValue?) -> LocalizedText? {
      if let plain = value?.stringValue { return LocalizedText(verbatim: plain) }
      guard let fr = value?["fr"]?.stringValue, let en = value?["en"]?.stringValue else {
        return nil
      }
      return LocalizedText(fr: fr, en: en)
    }
    func term(_ item: JSONValue) -> FactTerm? {
      if let plain = item.stringValue {
        return FactTerm(id: plain, label: LocalizedText(verbatim: plain))
      }
      guard let text = label(item["label"]) else { return nil }
      return FactTerm(id: item["id"]?.stringValue ?? text.en, label: text)
    }
    func items<Item>(_ make: (JSONValue) -> Item?) -> [Item]? {
      guard case .array(let list) = body else { return nil }
      let made = list.compactMap(make)
      return made.count == list.count ? made : nil
    }
    switch expected {
    case .money: return money(body).map(FactValue.money)
    case .rate: return body.doubleValue.map { .rate(Rate(fraction: $0)) }
    case .number: return body.doubleValue.map(FactValue.number)
    case .integer:
      guard let number = body.doubleValue, number == number.rounded(), abs(number) < 9e15 else {
        return nil
      }
      return .integer(Int(number))
    case .text: return label(body).map(FactValue.text)
    case .term: return term(body).map(FactValue.term)
    case .list: return items(term).map { .list(FactList($0)) }
    case .breakdown:
      return items { item -> Breakdown.Item? in
        guard let text = label(item["label"]), let amount = money(item["amount"]) else {
          return nil
        }
        return Breakdown.Item(id: item["id"]?.stringValue ?? text.en, label: text, amount: amount)
      }.map { .breakdown(Breakdown($0)) }
    case .measures:
      return items { item -> Measures.Item? in
        guard let text = label(item["label"]), let number = item["value"]?.doubleValue else {
          return nil
        }
        return Measures.Item(id: item["id"]?.stringValue ?? text.en, label: text, value: number)
      }.map { .measures(Measures($0)) }
    }
  }
}
