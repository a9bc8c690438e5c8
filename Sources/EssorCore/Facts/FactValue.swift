/// The kinds of value a fact can hold; the external-tool protocol names them the same way.
public enum FactKind: String, Sendable, CaseIterable, Hashable {
  case money, rate, number, integer, text, term, list, breakdown, measures
}

/// A fact's value once its type is erased: what the store keeps and the protocol carries.
public enum FactValue: Sendable, Equatable {
  case money(Money)
  case rate(Rate)
  case number(Double)
  case integer(Int)
  /// A text, in both languages (a person's own words read the same in both).
  case text(LocalizedText)
  /// One labelled term of a fixed list (a readiness level).
  case term(FactTerm)
  /// An ordered list of labelled items (segments, recommendations…).
  case list(FactList)
  /// Labelled amounts (a mix by instrument, uses of funds…).
  case breakdown(Breakdown)
  /// Labelled numbers that are not money (scores per dimension, ratios…).
  case measures(Measures)

  /// The value's kind.
  public var kind: FactKind {
    switch self {
    case .money: return .money
    case .rate: return .rate
    case .number: return .number
    case .integer: return .integer
    case .text: return .text
    case .term: return .term
    case .list: return .list
    case .breakdown: return .breakdown
    case .measures: return .measures
    }
  }
}

/// A labelled term: a stable id for programs, a label for people.
public struct FactTerm: Sendable, Equatable {
  public var id: String
  public var label: LocalizedText

  public init(id: String, label: LocalizedText) {
    self.id = id
    self.label = label
  }
}

/// An ordered list of labelled items.
public struct FactList: Sendable, Equatable {
  public var items: [FactTerm]

  public init(_ items: [FactTerm]) { self.items = items }

  /// A list of a person's own texts, numbered from 1 when they carry no id.
  public init(texts: [(id: String?, text: String)]) {
    items = texts.enumerated().map { index, entry in
      FactTerm(id: entry.id ?? String(index + 1), label: LocalizedText(verbatim: entry.text))
    }
  }
}

/// Labelled amounts, in order.
public struct Breakdown: Sendable, Equatable {
  /// One labelled amount.
  public struct Item: Sendable, Equatable {
    public var id: String
    public var label: LocalizedText
    public var amount: Money

    public init(id: String, label: LocalizedText, amount: Money) {
      self.id = id
      self.label = label
      self.amount = amount
    }
  }

  public var items: [Item]

  public init(_ items: [Item]) { self.items = items }

  /// The sum of the amounts.
  public var total: Money { items.reduce(.zero) { $0 + $1.amount } }

  /// The amount with this id.
  public subscript(id: String) -> Money? { items.first { $0.id == id }?.amount }
}

/// Labelled numbers, in order.
public struct Measures: Sendable, Equatable {
  /// One labelled number.
  public struct Item: Sendable, Equatable {
    public var id: String
    public var label: LocalizedText
    public var value: Double

    public init(id: String, label: LocalizedText, value: Double) {
      self.id = id
      self.label = label
      self.value = value
    }
  }

  public var items: [Item]

  public init(_ items: [Item]) { self.items = items }

  /// The number with this id.
  public subscript(id: String) -> Double? { items.first { $0.id == id }?.value }
}
