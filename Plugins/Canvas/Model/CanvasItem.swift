import EssorCore

/// How far a canvas item has been checked against reality.
public enum HypothesisStatus: String, Sendable, CaseIterable {
  case assumed, tested, validated

  func label(_ language: Language) -> String {
    switch (self, language) {
    case (.assumed, .fr): return "supposé"
    case (.tested, .fr): return "testé"
    case (.validated, .fr): return "validé"
    default: return rawValue
    }
  }
}

/// One entry of a canvas block.
public struct CanvasItem: Sendable {
  /// The id other items use to refer to it.
  public var id: String?
  public var text: String
  /// The ids of the items it serves or is tied to (segments, value propositions…).
  public var tags: [String]
  public var status: HypothesisStatus?
  public var evidence: String?
  /// An impact note.
  public var impact: String?
  public var category: String?
  /// Euros per year (revenues, costs).
  public var amount: Money?
  /// A share of the block's total (the revenue mix).
  public var share: Rate?
  /// The factor of the value curve it names (ERRC blocks).
  public var factor: String?
  /// The line of the item in its file.
  public var line: Int

  public init(
    id: String? = nil, text: String, tags: [String] = [], status: HypothesisStatus? = nil,
    evidence: String? = nil, impact: String? = nil, category: String? = nil,
    amount: Money? = nil, share: Rate? = nil, factor: String? = nil, line: Int = 0
  ) {
    self.id = id
    self.text = text
    self.tags = tags
    self.status = status
    self.evidence = evidence
    self.impact = impact
    self.category = category
    self.amount = amount
    self.share = share
    self.factor = factor
    self.line = line
  }
}
