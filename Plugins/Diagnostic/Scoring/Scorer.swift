import EssorCore

/// Scores an answer sheet as the template says (docs/diagnostic.md, "Scoring").
public enum Scorer {
  /// Scores `sheet` against `questionnaire`.
  public static func score(_ sheet: AnswerSheet, questionnaire: Questionnaire) -> DiagnosticResult {
    let visibility = Visibility(sheet: sheet, questionnaire: questionnaire)
    var questions: [DiagnosticResult.QuestionScore] = []
    for question in questionnaire.questions {
      let maximum = question.scoring?.maximum ?? 0
      guard visibility.isShown(question.id) else {
        questions.append(.init(question: question, status: .hidden, score: nil, maximum: maximum))
        continue
      }
      switch sheet.answers[question.id]?.state {
      case .value(let value)?:
        questions.append(
          .init(
            question: question, status: .answered, score: points(value, question),
            maximum: maximum))
      case .notApplicable?:
        questions.append(
          .init(question: question, status: .notApplicable, score: nil, maximum: maximum))
      case .skipped?:
        questions.append(.init(question: question, status: .skipped, score: nil, maximum: maximum))
      case nil:
        questions.append(
          .init(question: question, status: .unanswered, score: nil, maximum: maximum))
      }
    }
    var dimensions: [DiagnosticResult.DimensionScore] = []
    for dimension in questionnaire.dimensions {
      var earned = 0.0
      var possible = 0.0
      var covered = 0.0
      var base = 0.0
      for entry in questions where entry.status != .hidden {
        guard let scoring = entry.question.scoring, scoring.dimension == dimension.id else {
          continue
        }
        let weighted = scoring.weight * scoring.maximum
        base += weighted
        switch entry.status {
        case .answered:
          earned += scoring.weight * (entry.score ?? 0)
          possible += weighted
          covered += weighted
        case .notApplicable:
          covered += weighted
        default:
          break
        }
      }
      let coverage = base > 0 ? covered / base : 0
      let score =
        possible > 0 && coverage + 1e-9 >= questionnaire.minimumCoverage
        ? earned / possible * 100 : nil
      dimensions.append(
        .init(
          dimension: dimension, score: score, coverage: coverage, earned: earned,
          possible: possible, shownMaximum: base))
    }
    let scored = dimensions.filter { $0.score != nil }
    let weights = scored.reduce(0) { $0 + $1.dimension.weight }
    // A global score (and a level) only when every dimension that applies is covered enough:
    // unanswered questions are not answers.
    let covered = dimensions.allSatisfy { $0.score != nil || $0.isNotApplicable }
    let total =
      weights > 0 && covered
      ? scored.reduce(0) { $0 + $1.dimension.weight * ($1.score ?? 0) } / weights : nil
    let earned = dimensions.reduce(0) { $0 + $1.earned }
    let possible = dimensions.reduce(0) { $0 + $1.possible }
    let base = dimensions.reduce(0) { $0 + $1.shownMaximum }
    var result = DiagnosticResult(
      questionnaire: questionnaire, questions: questions, dimensions: dimensions, total: total,
      uncappedLevel: nil, level: nil, failedMustPass: [], recommendations: [],
      isComplete: questions.allSatisfy {
        !$0.question.required || $0.question.type == .info
          || $0.status == .answered || $0.status == .notApplicable || $0.status == .hidden
      })
    result.answeredScore = possible > 0 ? earned / possible * 100 : nil
    result.coverage =
      base > 0 ? dimensions.reduce(0) { $0 + $1.coverage * $1.shownMaximum } / base : 0
    let context = ScoredContext(visibility: visibility, result: result)
    // A condition on a question not answered yet (or on a dimension without a score) is
    // pending, not failed.
    let open = Set(
      questions.filter { $0.status == .unanswered || $0.status == .skipped }.map(\.question.id))
    let unscored = Set(dimensions.filter { $0.score == nil }.map(\.dimension.id))
    // (An expression that asks `answered(…)` is about answering itself: it is judged now.)
    func waits(_ expression: Expression) -> Bool {
      !expression.calls.contains("answered")
        && (expression.references.contains(where: open.contains)
          || expression.dimensions.contains(where: unscored.contains))
    }
    for rule in questionnaire.mustPass {
      let expression = rule.require.expression
      if waits(expression) {
        result.pendingMustPass.append(rule)
      } else if !expression.evaluate(in: context).isTrue {
        result.failedMustPass.append(rule)
      }
    }
    if let total {
      let reached = questionnaire.levels.lastIndex { $0.minimum <= total + 1e-9 } ?? 0
      let caps = result.failedMustPass.compactMap { rule in
        questionnaire.levels.firstIndex { $0.id == rule.cap }
      }
      result.uncappedLevel = questionnaire.levels[reached]
      result.level = questionnaire.levels[min(reached, caps.min() ?? reached)]
    }
    // Advice, too, waits for the answers it depends on.
    result.recommendations = questionnaire.recommendations.enumerated().filter {
      let expression = $0.element.when.expression
      return !waits(expression) && expression.evaluate(in: context).isTrue
    }.sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }.map(\.element)
    return result
  }

  /// The points an answer scores (nil for an unscored question).
  static func points(_ value: AnswerValue, _ question: Question) -> Double? {
    guard let scoring = question.scoring else { return nil }
    let raw: Double
    switch value {
    case .choice(let id): raw = question.choice(id)?.score ?? 0
    case .choices(let ids): raw = ids.compactMap { question.choice($0)?.score }.reduce(0, +)
    case .integer(let number) where question.type == .scale:
      raw = Double(number - (question.scale?.lowerBound ?? 0))
    case .integer(let number): raw = band(Double(number), scoring)
    case .number(let number): raw = band(number, scoring)
    case .bool(let flag): raw = flag ? scoring.yes : scoring.no
    case .text, .date: return nil
    }
    return min(max(raw, 0), scoring.maximum)
  }

  private static func band(_ value: Double, _ scoring: Scoring) -> Double {
    scoring.bands.first { band in band.below.map { value < $0 } ?? true }?.score ?? 0
  }
}

/// Which questions are shown: a question's (and its section's) condition, evaluated over
/// the earlier shown answers.
struct Visibility: EvaluationContext {
  let sheet: AnswerSheet
  let questionnaire: Questionnaire
  private(set) var shown: Set<String> = []

  init(sheet: AnswerSheet, questionnaire: Questionnaire) {
    self.sheet = sheet
    self.questionnaire = questionnaire
    for question in questionnaire.questions {
      let section = questionnaire.section(question.section)
      let sectionShown = section?.when.map { $0.expression.evaluate(in: self).isTrue } ?? true
      let questionShown = question.when.map { $0.expression.evaluate(in: self).isTrue } ?? true
      if sectionShown && questionShown { shown.insert(question.id) }
    }
  }

  func isShown(_ id: String) -> Bool { shown.contains(id) }

  func value(of question: String) -> ExpressionValue {
    guard shown.contains(question), let value = sheet.answers[question]?.value else {
      return .missing
    }
    switch value {
    case .choice(let id): return .string(id)
    case .choices(let ids): return .list(ids)
    case .integer(let number): return .number(Double(number))
    case .number(let number): return .number(number)
    case .bool(let flag): return .bool(flag)
    case .text(let text): return .string(text)
    case .date(let date): return .string(date.description)
    }
  }

  func isAnswered(_ question: String) -> Bool {
    shown.contains(question) && sheet.answers[question]?.value != nil
  }

  func dimensionScore(_ dimension: String) -> Double? { nil }
  func totalScore() -> Double? { nil }
}

/// The answers plus the scores, for must-pass rules and recommendations.
private struct ScoredContext: EvaluationContext {
  let visibility: Visibility
  let result: DiagnosticResult

  func value(of question: String) -> ExpressionValue { visibility.value(of: question) }
  func isAnswered(_ question: String) -> Bool { visibility.isAnswered(question) }
  func dimensionScore(_ dimension: String) -> Double? { result.dimension(dimension)?.score }
  func totalScore() -> Double? { result.total }
}
