import EssorCore

/// A diagnostic questionnaire read from a template: dimensions, levels, questions in order,
/// must-pass rules and recommendations.
public struct Questionnaire: Sendable {
  public var id: String
  public var version: String
  public var defaultLanguage: Language
  public var title: LocalizedText
  public var description: LocalizedText?
  /// The coverage (0–1) a dimension needs to show a score.
  public var minimumCoverage: Double
  public var dimensions: [Dimension]
  /// From the lowest (min 0) up.
  public var levels: [Level]
  public var sections: [QuestionSection]
  /// Every question, in order.
  public var questions: [Question]
  public var mustPass: [MustPass]
  public var recommendations: [Recommendation]
  /// The file it was read from.
  public var path: String
  /// Labels with no text in the other language (they show the default language's).
  public var untranslated: [YAMLNode] = []

  /// The question with this id.
  public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

  /// The position of a question.
  public func index(of id: String) -> Int? { questions.firstIndex { $0.id == id } }

  /// The section with this id.
  public func section(_ id: String) -> QuestionSection? { sections.first { $0.id == id } }

  /// The dimension with this id.
  public func dimension(_ id: String) -> Dimension? { dimensions.first { $0.id == id } }

  /// The level with this id.
  public func level(_ id: String) -> Level? { levels.first { $0.id == id } }
}

/// What scores are about (governance, impact…), with its weight in the global score.
public struct Dimension: Sendable {
  public var id: String
  public var title: LocalizedText
  public var weight: Double
  /// Where it is written (its id), for the lint.
  public var node: YAMLNode?
}

/// A band of the global score.
public struct Level: Sendable {
  public var id: String
  /// The lowest global score (0–100) of the band.
  public var minimum: Double
  public var title: LocalizedText
  /// Where its `min` is written, for the lint.
  public var node: YAMLNode?
}

/// A titled group of questions, possibly shown only under a condition.
public struct QuestionSection: Sendable {
  public var id: String
  public var title: LocalizedText
  public var when: Condition?
  /// Where it is written (its id), for the lint.
  public var node: YAMLNode?
}

/// A parsed condition and where it was written.
public struct Condition: Sendable {
  public var text: String
  public var expression: Expression
  /// Where it is written, for the lint.
  public var node: YAMLNode

  public var line: Int { node.line }
}

/// A rule whose failure caps the level.
public struct MustPass: Sendable {
  public var id: String
  /// What must hold.
  public var require: Condition
  /// The highest level when it does not.
  public var cap: String
  public var title: LocalizedText
}

/// Advice that fires under a condition.
public struct Recommendation: Sendable {
  public var id: String
  public var when: Condition
  /// 1 first.
  public var priority: Int
  public var dimension: String?
  public var text: LocalizedText
}
