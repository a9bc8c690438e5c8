import EssorCore

/// A scored answer sheet: every question's score, the dimensions, the level and the advice.
public struct DiagnosticResult: Sendable {
  /// What became of a question.
  public enum Status: String, Sendable {
    case answered
    case notApplicable = "na"
    case skipped, unanswered, hidden
  }

  /// One question's part in the score.
  public struct QuestionScore: Sendable {
    public var question: Question
    public var status: Status
    /// The score, for an answered scored question.
    public var score: Double?
    /// Out of this (0 for an unscored question).
    public var maximum: Double

    /// Whether it counts in its dimension's score (shown and not “na”).
    public var counts: Bool { status != .hidden && status != .notApplicable }
  }

  /// One dimension's score.
  public struct DimensionScore: Sendable {
    public var dimension: Dimension
    /// 0–100, or nil when the coverage is too low (or nothing applies).
    public var score: Double?
    /// The share (weight × max) of shown scored questions answered or “na”.
    public var coverage: Double
    public var earned: Double
    public var possible: Double
    /// Σ weight × max over the shown scored questions.
    public var shownMaximum: Double

    /// Nothing in it applies: every scored question hidden or answered “na”.
    public var isNotApplicable: Bool { possible == 0 && (shownMaximum == 0 || coverage >= 1) }
  }

  public var questionnaire: Questionnaire
  public var questions: [QuestionScore]
  public var dimensions: [DimensionScore]
  /// The weighted mean of the dimensions, once every dimension that applies has a score
  /// (nil for a partial run: no global score, no level).
  public var total: Double?
  /// The level the total reaches, before caps.
  public var uncappedLevel: Level?
  /// The level after the failed must-pass rules' caps.
  public var level: Level?
  public var failedMustPass: [MustPass]
  /// Must-pass conditions that depend on a question not answered yet (or a dimension without
  /// a score): neither kept nor failed.
  public var pendingMustPass: [MustPass] = []
  /// The score of the questions answered so far (0–100), whatever the coverage.
  public var answeredScore: Double?
  /// The share (weight × max) of the shown scored questions answered or “na”.
  public var coverage = 0.0
  /// The rules that fire, by priority.
  public var recommendations: [Recommendation]
  /// Whether every required question shown has an answer.
  public var isComplete: Bool

  /// Whether the run is partial: required questions unanswered, or a dimension not covered
  /// enough for a score.
  public var isPartial: Bool { !isComplete || total == nil }

  /// The shown questions (their conditions hold).
  public var shown: [QuestionScore] { questions.filter { $0.status != .hidden } }

  /// The score of the dimension with this id.
  public func dimension(_ id: String) -> DimensionScore? {
    dimensions.first { $0.dimension.id == id }
  }
}
