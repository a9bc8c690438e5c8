import Diagnostic
import EssorCore
import TestSupport
import Testing

/// Scoring tables worked out by hand on the fixture (docs/diagnostic.md, "Scoring").
@Suite struct ScoringTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var answers: [String: Answer.State]
    var gov: Double?
    var fin: Double?
    var total: Double?
    var level: String?
    var uncapped: String?
    var recommendations: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "all best; a hidden question's stored answer does not count",
      answers: [
        "form": .value(.choice("scop")), "colleges": .value(.integer(1)),
        "confidence": .value(.integer(5)), "tools": .value(.choices(["a", "b", "c"])),
        "cash": .value(.number(4)), "audited": .value(.bool(true)),
      ], gov: 100, fin: 100, total: 100, level: "high", uncapped: "high", recommendations: ["r3"]),
    Case(
      name: "na counts 0 out of 0; an exclusive none scores 0; the shown question counts",
      answers: [
        "form": .value(.choice("scic")), "colleges": .value(.integer(2)),
        "confidence": .value(.integer(3)), "tools": .value(.choices(["none"])),
        "cash": .notApplicable, "audited": .value(.bool(false)),
      ], gov: 400.0 / 9, fin: 0, total: 400.0 / 27, level: "low", uncapped: "low",
      recommendations: ["r1", "r2", "r3"]),
    Case(
      name: "a failed must-pass rule caps the level",
      answers: [
        "form": .value(.choice("scop")), "confidence": .value(.integer(5)),
        "tools": .value(.choices(["a", "b"])), "cash": .value(.number(3)),
        "audited": .value(.bool(false)),
      ], gov: 100, fin: 80, total: 260.0 / 3, level: "mid", uncapped: "high",
      recommendations: ["r3"]),
    Case(
      name: "below the coverage threshold: insufficient data, no level",
      answers: ["form": .value(.choice("scop"))], gov: nil, fin: nil, total: nil, level: nil,
      uncapped: nil, recommendations: ["r2"]),
    Case(
      name: "skipped optional questions lower the coverage but not the score",
      answers: [
        "form": .value(.choice("asso")), "confidence": .value(.integer(1)), "tools": .skipped,
        "cash": .value(.number(0.5)), "audited": .value(.bool(true)),
      ], gov: 0, fin: 100.0 / 3, total: 200.0 / 9, level: "low", uncapped: "low",
      recommendations: ["r1", "r3"]),
  ]

  @Test(arguments: cases) func scoresAsWorkedOutByHand(_ entry: Case) throws {
    let questionnaire = try Fixture.questionnaire()
    let result = Scorer.score(Fixture.sheet(entry.answers), questionnaire: questionnaire)
    func close(_ a: Double?, _ b: Double?) -> Bool {
      switch (a, b) {
      case (nil, nil): return true
      case (let x?, let y?): return abs(x - y) < 1e-9
      default: return false
      }
    }
    #expect(
      close(result.dimension("gov")?.score, entry.gov),
      "gov \(String(describing: result.dimension("gov")?.score))")
    #expect(
      close(result.dimension("fin")?.score, entry.fin),
      "fin \(String(describing: result.dimension("fin")?.score))")
    #expect(close(result.total, entry.total), "total \(String(describing: result.total))")
    #expect(result.level?.id == entry.level)
    #expect(result.uncappedLevel?.id == entry.uncapped)
    #expect(result.recommendations.map(\.id) == entry.recommendations)
  }

  @Test func coverageCountsNAAndNotSkips() throws {
    let questionnaire = try Fixture.questionnaire()
    let result = Scorer.score(
      Fixture.sheet([
        "form": .value(.choice("asso")), "confidence": .value(.integer(1)), "tools": .skipped,
        "cash": .notApplicable, "audited": .value(.bool(true)),
      ]), questionnaire: questionnaire)
    // fin: tools 2 (skipped) + cash 2 (na) + audited 1 → covered 3 of 5.
    #expect(abs((result.dimension("fin")?.coverage ?? 0) - 0.6) < 1e-12)
    #expect(result.dimension("gov")?.coverage == 1)
    #expect(result.isComplete)
    #expect(result.questions.first { $0.question.id == "colleges" }?.status == .hidden)
  }

  /// Unanswered questions are not answers: with only the legal form given, no global score,
  /// no level, and the audit condition (its question not asked yet) is pending, not failed;
  /// the same condition answered "false" fails and caps the level.
  @Test func aPartialRunNeitherScoresNorFailsWhatWasNotAsked() throws {
    let questionnaire = try Fixture.questionnaire()
    let partial = Scorer.score(
      Fixture.sheet(["form": .value(.choice("scop"))]), questionnaire: questionnaire)
    #expect(partial.isPartial && partial.total == nil && partial.level == nil)
    #expect(partial.failedMustPass.isEmpty)
    #expect(partial.pendingMustPass.map(\.id) == ["audit"])
    let answered = Scorer.score(
      Fixture.sheet(["form": .value(.choice("scop")), "audited": .value(.bool(false))]),
      questionnaire: questionnaire)
    #expect(answered.failedMustPass.map(\.id) == ["audit"])
    #expect(answered.pendingMustPass.isEmpty)
  }

  @Test func requiredQuestionsDecideCompleteness() throws {
    let questionnaire = try Fixture.questionnaire()
    let partial = Scorer.score(
      Fixture.sheet(["form": .value(.choice("scop"))]), questionnaire: questionnaire)
    #expect(!partial.isComplete)
  }
}

/// The facts the pitch takes from a workspace's diagnostic.
@Suite struct DiagnosticFactTests {
  @Test func sampleWorkspaceProvidesEveryDiagnosticFact() throws {
    let workspace = try Workspace(root: Repository.path("samples/scic-terres-communes"))
    let facts = try ToolFacts.store([DiagnosticTool.self], workspace: workspace)
    for key in DiagnosticTool.provides {
      #expect(facts.answer(key.name).value?.kind == key.kind, "\(key)")
    }
    let scores = try #require(facts.value(Facts.Diagnostic.scores).value)
    #expect(scores.items.count == 6)
    #expect(scores.items.allSatisfy { (0...100).contains($0.value) })
    // Stable ids for programs, labels in both languages for people.
    #expect(scores.items.allSatisfy { !$0.id.contains(" ") && $0.label.fr != $0.label.en })
    let level = try #require(facts.value(Facts.Diagnostic.level).value)
    #expect(!level.id.isEmpty && level.label.fr != level.label.en)
    let completed = try #require(facts.value(Facts.Diagnostic.completedAt).value)
    #expect(completed.en.hasPrefix("2026-"))
  }

  @Test func aWorkspaceWithoutAnswersProvidesNoFact() throws {
    let folder = try TemporaryFolder()
    let workspace = try Workspace.create(
      at: folder.file("coop"), profile: Profile(name: "Coop", legalForm: .scop))
    let facts = try ToolFacts.store([DiagnosticTool.self], workspace: workspace)
    #expect(facts.values(DiagnosticTool.provides).isEmpty)
  }
}
