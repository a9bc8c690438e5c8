import EssorCore

/// Facts as the protocol writes them: `{"type": "money", "value": 1200.50}`.
public enum FactJSON {
  /// The types a fact can have.
  public enum Kind: String, Sendable, CaseIterable {
    case money, rate, number, integer, text, list, breakdown, measures
  }

  public static func kind(of value: FactValue) -> Kind {
    switch value {
    case .money: return .money
    case .rate: return .rate
    case .number: return .number
    case .integer: return .integer
    case .text: return .text
    case .breakdown: return .breakdown
    case .list: return .list
    case .measures: return .measures
    }
  }

  public static func encode(_ value: FactValue) -> JSONValue {
    let body: JSONValue
    switch value {
    case .money(let money): body = .money(money)
    case .rate(let rate), .number(let rate): body = .number(rate, decimals: 12)
    case .integer(let number): body = .integer(Int64(number))
    case .text(let text): body = .string(text)
    case .list(let items): body = .array(items.map(JSONValue.string))
    case .breakdown(let parts):
      body = .array(
        parts.map { .object([("label", .string($0.label)), ("amount", .money($0.amount))]) })
    case .measures(let parts):
      body = .array(
        parts.map {
          .object([("label", .string($0.label)), ("value", .number($0.value, decimals: 12))])
        })
    }
    return .object([("type", .string(kind(of: value).rawValue)), ("value", body)])
  }

  /// A fact from its JSON, or nil when it does not have the form of `expected`.
  public static func decode(_ value: JSONValue, expected: Kind) -> FactValue? {
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
    switch expected {
    case .money: return money(body).map(FactValue.money)
    case .rate: return body.doubleValue.map(FactValue.rate)
    case .number: return body.doubleValue.map(FactValue.number)
    case .integer:
      guard let number = body.doubleValue, number == number.rounded(), abs(number) < 9e15 else {
        return nil
      }
      return .integer(Int(number))
    case .text: return body.stringValue.map(FactValue.text)
    case .list:
      guard case .array(let items) = body else { return nil }
      let texts = items.compactMap(\.stringValue)
      return texts.count == items.count ? .list(texts) : nil
    case .breakdown:
      guard case .array(let items) = body else { return nil }
      let parts = items.compactMap { item -> (label: String, amount: Money)? in
        guard let label = item["label"]?.stringValue, let amount = money(item["amount"]) else {
          return nil
        }
        return (label, amount)
      }
      return parts.count == items.count ? .breakdown(parts) : nil
    case .measures:
      guard case .array(let items) = body else { return nil }
      let parts = items.compactMap { item -> (label: String, value: Double)? in
        guard let label = item["label"]?.stringValue, let number = item["value"]?.doubleValue else {
          return nil
        }
        return (label, number)
      }
      return parts.count == items.count ? .measures(parts) : nil
    }
  }
}
