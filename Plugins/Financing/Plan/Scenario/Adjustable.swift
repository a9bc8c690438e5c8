import EssorCore

/// What the optimiser may change in a resource, as `adjustable:` allows it: its amount, and
/// for a loan its rate, years or grace, each between bounds by a step.
///
///     adjustable: {min: 60000, max: 200000, step: 10000}          # the amount
///     adjustable:
///       amount: {min: 60000, max: 200000, step: 10000}
///       years: {min: 5, max: 10, step: 1}
///       rate: {min: 3.5%, max: 4.5%, step: 0.25%}                 # a rate negotiated
///       grace-months: {min: 0, max: 24, step: 6}
public struct Adjustable: Sendable, Equatable {
  /// One field's values, from `min` to `max` by `step` (`max` included when it falls on it).
  public struct Range: Sendable, Equatable {
    public var min: Int64
    public var max: Int64
    public var step: Int64

    /// The values, in order.
    public var values: [Int64] { (0..<count).map { min + Int64($0) * step } }
    public var count: Int { Int((max - min) / step) + 1 }
  }

  /// In cents.
  public var amount: Range?
  /// In rate units (``Rate/units``).
  public var rate: Range?
  public var years: Range?
  public var graceMonths: Range?

  /// The most values one field may take.
  public static let maximumValues = 1_000

  /// Reads `adjustable:` for an instrument of `kind`; loans may also adjust their rate,
  /// years and grace, titres their rate.
  static func read(_ node: YAMLNode, kind: Instrument.Kind, fields: ScenarioFields) throws
    -> Adjustable
  {
    let map = try node.mapping()
    let isLoan = [.bankLoan, .participatoryLoan, .crowdlending].contains(kind)
    var adjustable = Adjustable()
    if map.optional("min") != nil || map.optional("max") != nil || map.optional("step") != nil {
      adjustable.amount = try range(node, fields: fields, unit: .money)
      return adjustable
    }
    let allowed =
      isLoan
      ? ["amount", "rate", "years", "grace-months"]
      : [.titresParticipatifs, .convertibleBonds].contains(kind) ? ["amount", "rate"] : ["amount"]
    try map.rejectUnknownKeys(allowed: allowed)
    adjustable.amount = try map.optional("amount").map {
      try range($0, fields: fields, unit: .money)
    }
    adjustable.rate = try map.optional("rate").map { try range($0, fields: fields, unit: .rate) }
    adjustable.years = try map.optional("years").map { try range($0, fields: fields, unit: .years) }
    adjustable.graceMonths = try map.optional("grace-months").map {
      try range($0, fields: fields, unit: .months)
    }
    guard
      adjustable.amount != nil || adjustable.rate != nil || adjustable.years != nil
        || adjustable.graceMonths != nil
    else {
      throw node.error(
        .missingField,
        LocalizedText(fr: "rien d’ajustable n’est donné.", en: "nothing adjustable is given."),
        hint: LocalizedText(
          fr: "ex. adjustable: {min: 60000, max: 200000, step: 10000}.",
          en: "e.g. adjustable: {min: 60000, max: 200000, step: 10000}."))
    }
    return adjustable
  }

  private enum Unit { case money, rate, years, months }

  private static func range(_ node: YAMLNode, fields: ScenarioFields, unit: Unit) throws -> Range {
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: ["min", "max", "step"])
    func value(_ key: String) throws -> Int64 {
      let field = try map.required(key)
      switch unit {
      case .money: return try fields.money(field).cents
      case .rate: return try fields.rate(field).units
      case .years: return Int64(try field.integer(in: 0...99))
      case .months: return Int64(try field.integer(in: 0...600))
      }
    }
    let low = try value("min")
    let high = try value("max")
    let step = try value("step")
    guard low <= high else {
      throw node.error(
        .invalidValue,
        LocalizedText(fr: "min est plus grand que max.", en: "min is greater than max."),
        hint: LocalizedText(fr: "attendu : min ≤ max.", en: "expected: min ≤ max."))
    }
    guard step > 0 else {
      throw try map.required("step").error(
        .invalidValue,
        LocalizedText(fr: "un pas de 0 n’avance pas.", en: "a step of 0 goes nowhere."),
        hint: LocalizedText(fr: "attendu : un pas positif.", en: "expected: a positive step."))
    }
    let range = Range(min: low, max: high, step: step)
    guard range.count <= maximumValues else {
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "\(range.count) valeurs : plus de \(maximumValues) à essayer.",
          en: "\(range.count) values: more than \(maximumValues) to try."),
        hint: LocalizedText(fr: "un pas plus grand.", en: "a larger step."))
    }
    return range
  }
}
