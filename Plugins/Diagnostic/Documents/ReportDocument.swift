import EssorCore
import EssorReport

/// The readiness report: level, scores per dimension with a radar chart, failed must-pass
/// rules and recommendations; every answer with its score; the recommendations.
struct ReportDocument {
  var result: DiagnosticResult
  var sheet: AnswerSheet
  var language: Language
  var enterprise: String?

  private var fr: Bool { language == .fr }

  func build() -> Document {
    let questionnaire = result.questionnaire
    var summary: [Block] = []
    if result.isPartial {
      // Said first: what is shown is partial, and what it takes to get a level.
      let minimum = Int((questionnaire.minimumCoverage * 100).rounded())
      summary.append(
        .paragraph(
          fr
            ? "◐ Diagnostic partiel : \(answeredCount) réponses sur \(askedCount) questions (couverture \(percent(result.coverage))). Le score global et le niveau viendront quand chaque dimension sera couverte à \(minimum) % au moins ; les conditions dont les questions n’ont pas encore été posées sont « pas encore répondues »."
            : "◐ Partial diagnostic: \(answeredCount) answers out of \(askedCount) questions (coverage \(percent(result.coverage))). The global score and the level come once every dimension is covered at \(minimum)% at least; conditions whose questions have not been asked yet are “not answered yet”."
        ))
    }
    summary += [
      .keyFigures(keyFigures()),
      .table(scoresTable(id: "scores")),
      .chart(
        Chart(
          kind: .radar, title: fr ? "Score par dimension" : "Score per dimension",
          categories: ColumnReference(table: "scores", column: "dimension"),
          series: [
            Chart.Series(fr ? "Score" : "Score", ColumnReference(table: "scores", column: "score"))
          ],
          scale: 1.5, valueRange: 0...100)),
    ]
    if !result.failedMustPass.isEmpty {
      summary.append(
        .paragraph(
          fr
            ? "Conditions non remplies (elles plafonnent le niveau) :"
            : "Conditions not met (they cap the level):"))
      for rule in result.failedMustPass {
        let cap = questionnaire.level(rule.cap)?.title(language) ?? rule.cap
        summary.append(
          .paragraph(
            "  ✗ " + rule.title(language)
              + (fr ? " → niveau au plus « \(cap) »" : " → level at most “\(cap)”")))
      }
    }
    if !result.pendingMustPass.isEmpty {
      summary.append(
        .paragraph(
          fr
            ? "Conditions pas encore répondues (leurs questions restent à poser) :"
            : "Conditions not answered yet (their questions are still to be asked):"))
      for rule in result.pendingMustPass {
        summary.append(.paragraph("  ? " + rule.title(language)))
      }
    }
    if !result.recommendations.isEmpty {
      summary.append(
        .paragraph(fr ? "Recommandations, par priorité :" : "Recommendations, by priority:"))
      for (index, recommendation) in result.recommendations.enumerated() {
        summary.append(.paragraph("  \(index + 1). " + recommendation.text(language)))
      }
    }
    let title =
      (fr ? "Diagnostic — " : "Diagnostic — ") + questionnaire.title(language)
      + (enterprise.map { " — " + $0 } ?? "")
    return Document(
      title: title, language: language,
      properties: DocumentProperties(
        subject: questionnaire.title(language), company: enterprise,
        keywords: questionnaire.id + " " + questionnaire.version),
      sections: [
        Section(
          title: fr ? "Synthèse" : "Summary", sheetName: fr ? "Synthèse" : "Summary",
          blocks: summary),
        Section(
          title: fr ? "Réponses" : "Answers", sheetName: fr ? "Réponses" : "Answers",
          blocks: [.table(answersTable())], isAppendix: true),
        Section(
          title: fr ? "Recommandations" : "Recommendations",
          sheetName: fr ? "Recommandations" : "Recommendations",
          blocks: [.table(recommendationsTable())], isAppendix: true),
      ],
      payload: payload())
  }

  /// Questions answered (or “na”) and shown, information screens left out.
  private var answeredCount: Int {
    result.shown.filter { $0.status == .answered || $0.status == .notApplicable }
      .filter { $0.question.type != .info }.count
  }

  private var askedCount: Int { result.shown.filter { $0.question.type != .info }.count }

  private func percent(_ fraction: Double) -> String {
    let number = MoneyFormat.number(fraction * 100, decimals: 0, language)
    return language == .fr ? number + "\u{00A0}%" : number + "%"
  }

  private func keyFigures() -> [KeyFigure] {
    let questionnaire = result.questionnaire
    let answered = answeredCount
    let asked = askedCount
    var partial: [KeyFigure] = []
    if result.total == nil, let score = result.answeredScore {
      partial.append(
        KeyFigure(
          fr ? "Score des réponses données" : "Score of the answers given",
          Cell(.number((score * 10).rounded() / 10)), kind: .decimal(1),
          note: fr
            ? "/ 100, provisoire : couverture \(percent(result.coverage))"
            : "/ 100, provisional: coverage \(percent(result.coverage))"))
    }
    return partial + [
      KeyFigure(
        fr ? "Questionnaire" : "Template", .text(questionnaire.id + " " + questionnaire.version)),
      KeyFigure(
        fr ? "Niveau" : "Level",
        .text(
          result.level?.title(language)
            ?? (result.isPartial
              ? (fr ? "pas encore (diagnostic partiel)" : "not yet (partial diagnostic)")
              : (fr ? "données insuffisantes" : "insufficient data"))),
        note: levelNote()),
    ]
      + (result.total == nil && result.isPartial
        ? []
        : [
          KeyFigure(
            fr ? "Score global" : "Global score",
            result.total.map { Cell(.number(($0 * 10).rounded() / 10)) } ?? .text("—"),
            kind: .decimal(1), note: "/ 100")
        ]) + [
        KeyFigure(fr ? "Réponses" : "Answers", .text("\(answered) / \(asked)")),
        KeyFigure(
          fr ? "Terminé le" : "Completed",
          // In words: « 21 octobre 2026 », not the stored timestamp.
          .text(
            sheet.completed.map { CalendarDate.ofTimestamp($0)?.words(language) ?? $0 }
              ?? (fr ? "en cours" : "in progress"))),
      ]
  }

  private func levelNote() -> String? {
    guard let uncapped = result.uncappedLevel, let level = result.level, uncapped.id != level.id
    else { return nil }
    return fr
      ? "plafonné : le score atteint « \(uncapped.title.fr) »"
      : "capped: the score reaches “\(uncapped.title.en)”"
  }

  /// A bar of ten blocks for a score out of 100.
  static func bar(_ score: Double?) -> String {
    guard let score else { return "" }
    let filled = Int((score / 10).rounded())
    return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
  }

  private func scoresTable(id: String) -> Table {
    Table(
      id: id,
      columns: [
        Column("dimension", "Dimension", .text),
        Column("score", "Score", .decimal(1)),
        Column("bar", "", .text),
        Column("coverage", fr ? "Couverture" : "Coverage", .percent(decimals: 0)),
        Column("weight", fr ? "Poids" : "Weight", .decimal(1)),
        Column("status", fr ? "État" : "Status", .text),
      ],
      rows: result.dimensions.map { dimension in
        Row([
          .text(dimension.dimension.title(language)),
          dimension.score.map { Cell(.number(($0 * 10).rounded() / 10)) } ?? .empty,
          .text(Self.bar(dimension.score)),
          Cell(.percent(dimension.coverage)),
          Cell(.number(dimension.dimension.weight)),
          .text(
            dimension.isNotApplicable
              ? (fr ? "sans objet" : "not applicable")
              : dimension.score == nil
                ? (fr ? "données insuffisantes" : "insufficient data") : ""),
        ])
      })
  }

  private func answersTable() -> Table {
    let questionnaire = result.questionnaire
    let rows = result.questions.filter { $0.question.type != .info }.map { entry in
      let question = entry.question
      let answer = sheet.answers[question.id]
      let text: String
      switch entry.status {
      case .answered: text = answer?.value.map { AnswerText.describe($0, question, language) } ?? ""
      case .notApplicable: text = fr ? "sans objet" : "not applicable"
      case .skipped: text = fr ? "passée" : "skipped"
      case .unanswered: text = fr ? "sans réponse" : "unanswered"
      case .hidden: text = fr ? "non posée" : "not asked"
      }
      let dimension = question.scoring.flatMap { questionnaire.dimension($0.dimension) }
      return Row([
        .text(question.id), .text(dimension?.title(language) ?? ""),
        .text(question.title(language)),
        .text(text), answer?.evidence.map(Cell.text) ?? .empty,
        entry.score.map { Cell(.number($0)) } ?? .empty,
        question.scoring == nil || !entry.counts ? .empty : Cell(.number(entry.maximum)),
        question.scoring.map { Cell(.number($0.weight)) } ?? .empty,
        entry.status == .notApplicable ? .text("N/A") : .empty,
      ])
    }
    return Table(
      id: "answers",
      columns: [
        Column("id", "Id", .text), Column("dimension", "Dimension", .text),
        Column("question", "Question", .text), Column("answer", fr ? "Réponse" : "Answer", .text),
        Column("evidence", fr ? "Preuve" : "Evidence", .text),
        Column("score", "Score", .decimal(2)), Column("max", "Max", .decimal(2)),
        Column("weight", fr ? "Poids" : "Weight", .decimal(1)),
        Column("na", "N/A", .text),
      ], rows: rows)
  }

  private func recommendationsTable() -> Table {
    let questionnaire = result.questionnaire
    return Table(
      id: "recommendations",
      columns: [
        Column("priority", fr ? "Priorité" : "Priority", .plainInteger),
        Column("dimension", "Dimension", .text),
        Column("text", fr ? "Recommandation" : "Recommendation", .text),
      ],
      rows: result.recommendations.map { recommendation in
        Row([
          Cell(.integer(Int64(recommendation.priority))),
          .text(
            recommendation.dimension.flatMap { questionnaire.dimension($0)?.title(language) } ?? ""),
          .text(recommendation.text(language)),
        ])
      })
  }

  private func payload() -> [(String, JSONValue)] {
    let questionnaire = result.questionnaire
    return [
      ("template", .string(questionnaire.id)), ("version", .string(questionnaire.version)),
      ("complete", .bool(result.isComplete)),
      ("completed", sheet.completed.map(JSONValue.string) ?? .null),
      ("level", result.level.map { .string($0.id) } ?? .null),
      ("uncappedLevel", result.uncappedLevel.map { .string($0.id) } ?? .null),
      ("total", result.total.map { .number($0, decimals: 2) } ?? .null),
      (
        "dimensions",
        .array(
          result.dimensions.map { dimension in
            .object([
              ("id", .string(dimension.dimension.id)),
              ("score", dimension.score.map { .number($0, decimals: 2) } ?? .null),
              ("coverage", .number(dimension.coverage, decimals: 4)),
            ])
          })
      ),
      ("failedMustPass", .array(result.failedMustPass.map { .string($0.id) })),
      (
        "recommendations",
        .array(
          result.recommendations.map {
            .object([
              ("id", .string($0.id)), ("priority", .integer(Int64($0.priority))),
              ("text", .string($0.text(language))),
            ])
          })
      ),
      (
        "answers",
        .array(
          result.questions.filter { $0.question.type != .info }.map { entry in
            .object([
              ("id", .string(entry.question.id)),
              ("question", .string(entry.question.title(language))),
              ("status", .string(entry.status.rawValue)),
              (
                "answer",
                sheet.answers[entry.question.id]?.value.map {
                  .string(AnswerText.describe($0, entry.question, language))
                } ?? .null
              ),
              (
                "evidence",
                sheet.answers[entry.question.id]?.evidence.map(JSONValue.string) ?? .null
              ),
              ("score", entry.score.map { .number($0, decimals: 4) } ?? .null),
              // “na” and hidden questions count 0 out of 0.
              ("max", .number(entry.counts ? entry.maximum : 0, decimals: 4)),
            ])
          })
      ),
    ]
  }
}
