import EssorCore

/// A canvas kind read from a data file: its blocks, their order, questions, limits and
/// positions, and for a Blue Ocean strategy canvas the value curve's limits.
public struct CanvasKind: Sendable {
  /// The limits of a value curve.
  public struct Curve: Sendable {
    public var factors: ClosedRange<Int>
    public var levels: ClosedRange<Int>
    /// The fewest players besides us.
    public var minimumRivals: Int
  }

  public var id: String
  public var defaultLanguage: Language
  public var title: LocalizedText
  public var description: LocalizedText?
  /// The licence and authors to credit.
  public var credit: LocalizedText?
  public var columns: Int
  public var rows: Int
  /// The blocks in fill order.
  public var blocks: [BlockSpec]
  public var curve: Curve?
  /// The file it was read from.
  public var path: String

  /// The block with this id.
  public func block(_ id: String) -> BlockSpec? { blocks.first { $0.id == id } }

  /// The block with this role.
  public func block(role: Role) -> BlockSpec? { blocks.first { $0.role == role } }

  /// Whether the kind has every one of these roles.
  public func has(_ roles: Role...) -> Bool { roles.allSatisfy { block(role: $0) != nil } }
}
