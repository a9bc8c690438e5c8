/// A YAML mapping read field by field, refusing unknown and duplicate keys.
public struct YAMLMapping: Sendable {
  /// The mapping's own node (for "missing field" locations).
  public let node: YAMLNode
  private let values: [String: YAMLNode]
  private let keys: [YAMLNode]

  init(node: YAMLNode, entries: [(key: YAMLNode, value: YAMLNode)]) throws {
    self.node = node
    var values: [String: YAMLNode] = [:]
    var keys: [YAMLNode] = []
    for entry in entries {
      let key = try entry.key.text()
      guard values[key] == nil else {
        throw EssorError(
          .duplicate, at: entry.key.location,
          LocalizedText(
            fr: "la clé « \(key) » apparaît deux fois.", en: "the key “\(key)” appears twice."),
          hint: LocalizedText(fr: "gardez-en une seule.", en: "keep only one."))
      }
      var value = entry.value
      value.keyPath = node.keyPath.isEmpty ? key : node.keyPath + "." + key
      values[key] = value
      var keyNode = entry.key
      keyNode.keyPath = value.keyPath
      keys.append(keyNode)
    }
    self.values = values
    self.keys = keys
  }

  /// The keys in file order.
  public var keyNames: [String] { keys.compactMap { try? $0.text() } }

  /// The value of `key`, or nil when absent or null.
  public func optional(_ key: String) -> YAMLNode? {
    guard let value = values[key] else { return nil }
    if case .null = value.content { return nil }
    return value
  }

  /// The value of `key`, or a missing-field error located at the mapping.
  public func required(_ key: String) throws -> YAMLNode {
    guard let value = optional(key) else {
      let path = node.keyPath.isEmpty ? key : node.keyPath + "." + key
      throw EssorError(
        .missingField, at: node.location,
        LocalizedText(
          fr: "le champ « \(path) » est obligatoire.", en: "the field “\(path)” is required."))
    }
    return value
  }

  /// Refuses any key outside `allowed`, suggesting the closest allowed one.
  public func rejectUnknownKeys(allowed: [String]) throws {
    for key in keys {
      let name = (try? key.text()) ?? ""
      guard !allowed.contains(name) else { continue }
      let closest = allowed.min { editDistance($0, name) < editDistance($1, name) }
      var hint = LocalizedText(
        fr: "champs possibles : \(allowed.joined(separator: ", ")).",
        en: "known fields: \(allowed.joined(separator: ", ")).")
      if let closest, editDistance(closest, name) <= max(2, name.count / 3) {
        hint = LocalizedText(
          fr: "vouliez-vous dire « \(closest) » ? " + hint.fr,
          en: "did you mean “\(closest)”? " + hint.en)
      }
      throw EssorError(
        .unknownField, at: key.location,
        LocalizedText(fr: "champ inconnu « \(name) ».", en: "unknown field “\(name)”."),
        hint: hint)
    }
  }
}

/// The Levenshtein distance between two strings, for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  guard !a.isEmpty else { return b.count }
  guard !b.isEmpty else { return a.count }
  var previous = Array(0...b.count)
  for i in 1...a.count {
    var current = [i] + Array(repeating: 0, count: b.count)
    for j in 1...b.count {
      current[j] = min(
        previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.count]
}
