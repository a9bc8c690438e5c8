import EssorCore

/// The kinds of question a template can ask.
public enum QuestionType: String, Sendable, CaseIterable {
  case single, multi, scale, integer, number, boolean, text, longtext, date, info

  /// Whether answers of this type can be scored.
  var isScorable: Bool {
    switch self {
    case .single, .multi, .scale, .integer, .number, .boolean: return true
    case .text, .longtext, .date, .info: return false
    }
  }
}

/// One question of a questionnaire.
public struct Question: Sendable {
  public var id: String
  public var type: QuestionType
  public var title: LocalizedText
  public var help: LocalizedText?
  public var required: Bool
  /// Whether “na” (not applicable) is accepted.
  public var allowsNA: Bool
  public var when: Condition?
  /// What to ask as evidence after the answer.
  public var evidence: LocalizedText?
  /// The field of `essor.yaml` that answers it (`legal-form`, `headcount`, `members`): the
  /// run proposes that value, to be confirmed with Enter.
  public var profileField: ProfileField?
  public var choices: [Choice]
  /// The fewest and most choices of a `multi` question.
  public var minimumSelections: Int?
  public var maximumSelections: Int?
  /// The range of a `scale` question and the labels of its ends.
  public var scale: ClosedRange<Int>?
  public var scaleLabels: (from: LocalizedText?, to: LocalizedText?)
  /// The bounds and unit of a number.
  public var minimum: Double?
  public var maximum: Double?
  public var unit: String?
  public var scoring: Scoring?
  /// The section it belongs to.
  public var section: String
  /// Its line in the template.
  public var line: Int
  /// Where its id is written, for the lint.
  public var node: YAMLNode?

  /// The choice with this id.
  public func choice(_ id: String) -> Choice? { choices.first { $0.id == id } }
}

/// A choice of a `single` or `multi` question.
public struct Choice: Sendable {
  public var id: String
  public var title: LocalizedText
  public var score: Double
  /// A choice that excludes every other (“none”, “don't know”).
  public var exclusive: Bool
  /// Where it is written (its id, or its `exclusive` when set), for the lint.
  public var node: YAMLNode?
}

/// How a question counts in a dimension.
public struct Scoring: Sendable {
  public var dimension: String
  public var weight: Double
  /// The best score; the question's score is out of it.
  public var maximum: Double
  /// The best score the answers can reach, and the `max` the template states, if any.
  public var reachable: Double = 0
  public var statedMaximum: Double?
  /// Where the scoring (or its `max`) is written, for the lint.
  public var node: YAMLNode?
  /// For numbers: read top to bottom, the first band the value is below gives the score.
  public var bands: [Band]
  /// For booleans.
  public var yes: Double
  public var no: Double

  /// A band of a number's scoring.
  public struct Band: Sendable {
    /// The band applies below this value; nil for the last band.
    public var below: Double?
    public var score: Double
  }
}

/// A field of the workspace's profile (`essor.yaml`) a question can be pre-filled from.
public enum ProfileField: String, Sendable, CaseIterable {
  case legalForm = "legal-form"
  case headcount
  case members
}
