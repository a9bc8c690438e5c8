import EssorCore

/// A canvas an enterprise filled in: its kind, its items block by block, and for a strategy
/// canvas its value curves (`FilledCanvas`, since `Canvas` names the module).
public struct FilledCanvas: Sendable {
  /// The canvas's name (its file name without `.yaml`).
  public var name: String
  public var path: String
  public var kind: CanvasKind
  public var title: String?
  /// Block id → items, for the blocks the file fills.
  public var blocks: [String: [CanvasItem]]
  /// The value curves, for kinds that have one.
  public var curve: ValueCurve?

  public init(
    name: String, path: String, kind: CanvasKind, title: String? = nil,
    blocks: [String: [CanvasItem]], curve: ValueCurve? = nil
  ) {
    self.name = name
    self.path = path
    self.kind = kind
    self.title = title
    self.blocks = blocks
    self.curve = curve
  }

  /// The items of a block (none when the file leaves it out).
  public func items(_ block: BlockSpec) -> [CanvasItem] { blocks[block.id] ?? [] }

  /// The items of the block with a role (none when the kind lacks it).
  public func items(role: Role) -> [CanvasItem] {
    kind.block(role: role).map(items) ?? []
  }

  /// The items of a block that count towards its limits.
  public func countedItems(_ block: BlockSpec) -> [CanvasItem] {
    items(block).filter(block.counts)
  }

  /// The ids of the items of the blocks with these roles.
  func ids(of roles: [Role]) -> Set<String> {
    Set(roles.flatMap { items(role: $0) }.compactMap(\.id))
  }

  /// The canvas's title for people.
  public func displayTitle(_ language: Language) -> String {
    title ?? kind.title(language) + (name == kind.id ? "" : " — " + name)
  }
}
