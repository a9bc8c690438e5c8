import EssorCore

/// A key message with placeholders: `{financing.ask.total}` (a fact), `{financing.ratios:dscr}`
/// (one item of a fact, by id), `{financing.breakeven#1}` (the first item), `{profile.name}`
/// (a field of the workspace's profile).
public struct MessageTemplate: Sendable, Equatable {
  /// A placeholder: a fact or a profile field, and which item.
  public struct Placeholder: Sendable, Equatable, Hashable {
    /// The fact's name, or `profile.<field>`.
    public var name: String
    /// `:id` — the item with this id.
    public var itemID: String?
    /// `#n` — the n-th item (1-based).
    public var position: Int?

    /// Whether it names a profile field rather than a fact.
    public var isProfile: Bool { name.hasPrefix("profile.") }
  }

  /// The profile fields a message may quote.
  public static let profileFields = [
    "name", "legal_form", "region", "sector", "headcount", "members", "governance",
  ]

  public let text: String

  public init(_ text: String) { self.text = text }

  /// The placeholders, in order; nil when a brace is not closed.
  public var placeholders: [Placeholder]? {
    var found: [Placeholder] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else { return nil }
      found.append(Self.placeholder(String(rest[rest.index(after: open)..<close])))
      rest = rest[rest.index(after: close)...]
    }
    return found
  }

  /// The message with each placeholder replaced by `value`, or nil when one has no value.
  public func filled(_ value: (Placeholder) -> String?) -> String? {
    var output = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else { return nil }
      output += rest[..<open]
      guard let filled = value(Self.placeholder(String(rest[rest.index(after: open)..<close])))
      else { return nil }
      output += filled
      rest = rest[rest.index(after: close)...]
    }
    return output + rest
  }

  private static func placeholder(_ body: String) -> Placeholder {
    if let hash = body.firstIndex(of: "#"), let position = Int(body[body.index(after: hash)...]) {
      return Placeholder(name: String(body[..<hash]), itemID: nil, position: position)
    }
    if let colon = body.firstIndex(of: ":") {
      return Placeholder(
        name: String(body[..<colon]), itemID: String(body[body.index(after: colon)...]),
        position: nil)
    }
    return Placeholder(name: body, itemID: nil, position: nil)
  }
}
