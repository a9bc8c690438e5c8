/// The Blue Ocean strategy canvas's curves: factors and each player's level on them.
public struct ValueCurve: Sendable {
  /// A factor the market competes on.
  public struct Factor: Sendable {
    public var id: String
    public var label: String
    public var line: Int
  }

  /// Us, a competitor or an alternative, with a level for every factor.
  public struct Player: Sendable {
    public var name: String
    public var isUs: Bool
    /// Factor id → level.
    public var levels: [String: Int]
    public var line: Int
  }

  public var factors: [Factor]
  public var players: [Player]

  /// Our player.
  public var us: Player? { players.first(where: \.isUs) }

  /// The other players.
  public var rivals: [Player] { players.filter { !$0.isUs } }

  /// The factor an ERRC item names, by id or by label.
  public func factor(named name: String) -> Factor? {
    let wanted = name.lowercased()
    return factors.first { $0.id.lowercased() == wanted || $0.label.lowercased() == wanted }
  }
}
