/// The facts one provider derived, by name.
public struct FactSet: Sendable, Equatable {
  /// The values, by fact name.
  public private(set) var values: [String: FactValue] = [:]
  /// Where each fact comes from, for people: `financing/base.yaml › resources`.
  public private(set) var sources: [String: String] = [:]

  public init() {}

  /// Sets a fact; nil leaves it absent (the inputs do not allow it).
  public mutating func set<Value>(_ key: FactKey<Value>, _ value: Value?, source: String? = nil) {
    values[key.name] = value?.fact
    sources[key.name] = value == nil ? nil : source
  }

  /// Sets an erased value (external tools' facts, already checked against their type).
  public mutating func set(_ name: String, _ value: FactValue) { values[name] = value }

  /// A typed fact, nil when absent or of another type.
  public subscript<Value>(_ key: FactKey<Value>) -> Value? {
    values[key.name].flatMap(Value.init(fact:))
  }
}
