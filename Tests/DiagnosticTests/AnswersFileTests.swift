import Diagnostic
import EssorCore
import Testing

/// Answers files: written in question order, read back the same, bad ones refused with
/// file:line and question id, upgrades keep what still applies.
@Suite struct AnswersFileTests {
  static let sheet = Fixture.sheet([
    "form": .value(.choice("scic")), "colleges": .value(.integer(4)),
    "confidence": .value(.integer(5)), "tools": .value(.choices(["a", "c"])),
    "cash": .notApplicable, "audited": .value(.bool(true)),
    "note": .value(.text("Dit « bien » : \"oui\"\n\u{1B}[31m")),
  ])

  private func read(_ text: String, questionnaire: Questionnaire? = nil) throws -> (
    sheet: AnswerSheet, dropped: [AnswersFile.Dropped]
  ) {
    try AnswersFile.read(
      YAMLDocument.parse(text, path: "answers.yaml"),
      questionnaire: questionnaire ?? Fixture.questionnaire())
  }

  @Test func roundTrips() throws {
    let questionnaire = try Fixture.questionnaire()
    var sheet = Self.sheet
    sheet.answers["tools"]?.evidence = "contrat 2026"
    sheet.completed = "2026-01-02T00:00:00Z"
    let text = AnswersFile.text(sheet, questionnaire: questionnaire)
    #expect(text.contains("  form: {value: scic, at: \"2026-01-01T00:00:00Z\"}\n"))
    #expect(text.contains("  cash: {na: true, "))
    let back = try read(text)
    #expect(back.sheet == sheet)
    #expect(back.dropped.isEmpty)
    // Question order, whatever the dictionary's.
    let ids = text.split(separator: "\n").filter { $0.hasPrefix("  ") }.map {
      String($0.dropFirst(2).prefix { $0 != ":" })
    }
    #expect(ids == ["form", "colleges", "confidence", "tools", "cash", "audited", "note"])
  }

  @Test(arguments: [
    ("template: fixture", "template: other", 3, "belong to the template “other”"),
    ("  form: {value: scic", "  forme: {value: scic", 8, "the question “forme” does not exist"),
    ("value: scic", "value: scoop", 8, "“scoop” is not a choice of “form” (scop, scic, asso)"),
    ("value: [a, c]", "value: [a, none]", 11, "excludes the other choices"),
    ("value: 5, at", "value: 9, at", 10, "from 1 to 5"),
    ("audited: {value: true", "audited: {value: maybe", 13, "true or false"),
    ("colleges: {value: 4", "colleges: {value: 40", 9, "at most 20"),
    ("audited: {value: true", "audited: {na: true", 13, "does not accept “na”"),
  ])
  func refusesBadAnswersWithTheirLine(
    _ replaced: String, _ replacement: String, _ line: Int, _ words: String
  ) throws {
    let questionnaire = try Fixture.questionnaire()
    let text = AnswersFile.text(Self.sheet, questionnaire: questionnaire)
      .replacingOccurrences(of: replaced, with: replacement)
    do {
      _ = try read(text)
      Issue.record("accepted: \(replacement)")
    } catch let error as EssorError {
      #expect(error.location?.description.hasPrefix("answers.yaml:\(line):") == true, "\(error)")
      #expect(error.description.contains(words), "\(error)")
      #expect(error.kind.exitCode == 65)
    }
  }

  @Test func anAnswerIsAValueOrNAOrSkippedNotTwo() throws {
    let questionnaire = try Fixture.questionnaire()
    let text = AnswersFile.text(Self.sheet, questionnaire: questionnaire)
      .replacingOccurrences(of: "cash: {na: true,", with: "cash: {na: true, value: 3,")
    do {
      _ = try read(text)
      Issue.record("accepted")
    } catch let error as EssorError {
      #expect(error.description.contains("not value and na"), "\(error)")
      #expect(error.location?.description.hasPrefix("answers.yaml:12:") == true, "\(error)")
    }
  }

  @Test func aCompletionDateStandsOnlyWhenTheRequiredQuestionsAreAnswered() throws {
    let questionnaire = try Fixture.questionnaire()
    var sheet = Fixture.sheet(["form": .value(.choice("scop"))])
    sheet.completed = "2026-11-27T10:00:00Z"
    let (read, _) = try read(AnswersFile.text(sheet, questionnaire: questionnaire))
    #expect(read.completed == nil)
  }

  @Test func aNewTemplateVersionKeepsWhatStillAppliesAndSaysWhatNoLongerDoes() throws {
    let questionnaire = try Fixture.questionnaire()
    let old = AnswersFile.text(Self.sheet, questionnaire: questionnaire)
      .replacingOccurrences(of: "version: \"1\"", with: "version: \"0.9\"")
      .replacingOccurrences(of: "  note: {", with: "  oldq: {value: 3, at: \"x\"}\n  note: {")
      .replacingOccurrences(of: "value: 5, at", with: "value: 7, at")
    let (sheet, dropped) = try read(old)
    #expect(sheet.version == "1")
    #expect(Set(dropped.map(\.question)) == ["oldq", "confidence"])
    #expect(sheet.answers["confidence"] == nil)
    #expect(sheet.answers["form"]?.value == .choice("scic"))
    #expect(sheet.completed == nil)
  }
}
