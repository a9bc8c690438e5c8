import Diagnostic
import EssorCore
import Testing

/// The interactive run with a scripted keyboard: navigation, commands, saving after every
/// answer.
@Suite struct SessionTests {
  struct Script: SessionIO {
    var lines: [String]
    var output = ""
    mutating func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    mutating func write(_ text: String) { output += text }
  }

  final class Saves: @unchecked Sendable {
    var sheets: [AnswerSheet] = []
  }

  private func run(_ lines: [String], sheet: AnswerSheet? = nil, language: Language = .fr)
    throws -> (Session<Script>.Outcome, AnswerSheet, String, Saves)
  {
    let questionnaire = try Fixture.questionnaire()
    let saves = Saves()
    var tick = 0
    var session = Session(
      questionnaire: questionnaire,
      sheet: sheet
        ?? AnswerSheet(template: "fixture", version: "1", language: language, started: ""),
      language: language, io: Script(lines: lines),
      clock: {
        tick += 1
        return "t" + String(repeating: "0", count: max(0, 4 - String(tick).count)) + String(tick)
      },
      save: { saves.sheets.append($0) })
    let outcome = try session.run()
    return (outcome, session.sheet, session.io.output, saves)
  }

  @Test func answersEveryQuestionSavingAfterEachAndCompletes() throws {
    // intro (Enter), form 2 = scic, colleges 4, confidence 5, tools "1,3" + evidence,
    // cash na, audited o, note skip.
    let (outcome, sheet, output, saves) = try run([
      "", "2", "4", "5", "1,3", "contrat signé", "na", "o", "skip",
    ])
    #expect(outcome == .completed)
    #expect(sheet.answers["form"]?.value == .choice("scic"))
    #expect(sheet.answers["colleges"]?.value == .integer(4))
    #expect(sheet.answers["tools"]?.value == .choices(["a", "c"]))
    #expect(sheet.answers["tools"]?.evidence == "contrat signé")
    #expect(sheet.answers["cash"]?.state == .notApplicable)
    #expect(sheet.answers["audited"]?.value == .bool(true))
    #expect(sheet.answers["note"]?.state == .skipped)
    #expect(sheet.completed != nil)
    // One save per answer, one for the evidence, one for completion.
    #expect(saves.sheets.count == 9)
    #expect(saves.sheets[0].answers.keys.sorted() == ["form"])
    // Progress never jumps: the part, and the answers against the 7 questions there can be
    // (colleges appears only once form says scic).
    #expect(output.contains("Partie 1/2 · Première — 0 réponse(s) sur 7 questions au plus"))
    #expect(output.contains("Partie 1/2 · Première — 1 réponse(s) sur 7 questions au plus"))
    #expect(!output.contains("/6"))
    #expect(output.contains("1 … 5 (1 = pas du tout, 5 = tout à fait)"))
  }

  @Test func invalidAnswersAreReaskedAndCommandsWork() throws {
    let (outcome, sheet, output, _) = try run([
      "", "?", "7", "scop", "<", "", "3", "<", "<", "q",
    ])
    #expect(outcome == .quit)
    #expect(output.contains("Celui des statuts."), "? shows the help")
    #expect(output.contains("Réponse refusée : tapez un numéro de 1 à 3."))
    #expect(output.contains("Réponse enregistrée : 1 (SCOP) — Entrée pour la garder"))
    #expect(sheet.answers["form"]?.value == .choice("scop"))
    #expect(sheet.answers["confidence"]?.value == .integer(3))
    #expect(output.contains("Vos réponses sont enregistrées."))
    #expect(sheet.completed == nil)
  }

  @Test func naAndSkipOnlyWhereAllowed() throws {
    let (_, sheet, output, _) = try run(["", "na", "skip", "1", "q"])
    #expect(output.contains("« na » n’est pas possible ici"))
    #expect(output.contains("Cette question est obligatoire."))
    #expect(sheet.answers["form"]?.value == .choice("scop"))
  }

  @Test func commandsWorkAtTheEvidencePromptAndInfoWaitsForEnter() throws {
    let (outcome, sheet, output, _) = try run(["1", "", "1", "5", "2", "<", "3", "q"])
    #expect(output.contains("Appuyez sur Entrée pour continuer."))
    #expect(outcome == .quit)
    // “<” at the evidence prompt went back to the question: tools is now [c], and “q” quit
    // without being taken for evidence.
    #expect(sheet.answers["tools"]?.value == .choices(["c"]))
    #expect(sheet.answers["tools"]?.evidence == nil)
  }

  @Test func aNewRunLeftHalfwayResumesWhereItStopped() throws {
    let (_, done, _, _) = try run(["", "1", "5", "1", "", "4", "o", "Rien"])
    #expect(done.completed != nil)
    var later = done
    later.started = "t0999"  // the new run starts after every earlier answer
    let questionnaire = try Fixture.questionnaire()
    var tick = 1000
    let saves = Saves()
    var session = Session(
      questionnaire: questionnaire, sheet: later, language: .fr,
      io: Script(lines: ["", "", "2", "q"]),
      clock: {
        tick += 1
        return "t" + String(repeating: "0", count: max(0, 4 - String(tick).count)) + String(tick)
      },
      save: { saves.sheets.append($0) })
    session.fromTheStart = true
    #expect(try session.run() == .quit)
    // Resume without --new-run: the questions not yet reviewed in this run are asked.
    var resumed = Session(
      questionnaire: questionnaire, sheet: session.sheet, language: .fr,
      io: Script(lines: ["", "", "", ""]),
      clock: {
        tick += 1
        return "t" + String(repeating: "0", count: max(0, 4 - String(tick).count)) + String(tick)
      },
      save: { saves.sheets.append($0) })
    #expect(try resumed.run() == .completed)
    #expect(resumed.io.output.contains("Partie 2/2 · Seconde"), "\(resumed.io.output)")
    #expect(resumed.sheet.answers["form"]?.value == .choice("scop"))
    #expect(resumed.sheet.answers["confidence"]?.value == .integer(2))
  }

  /// The profile's legal form is proposed and Enter confirms it; an evidence question says
  /// so before the answer; quitting names the template to resume; lines wrap on words.
  @Test func theProfileProposesTheEvidenceIsAnnouncedAndQuittingNamesTheTemplate() throws {
    let questionnaire = try Fixture.questionnaire()
    var session = Session(
      questionnaire: questionnaire,
      sheet: AnswerSheet(template: "fixture", version: "1", language: .fr, started: ""),
      language: .fr, io: Script(lines: ["", "", "4", "5", "q"]), clock: { "t0001" },
      save: { _ in })
    session.proposals = ["form": .choice("scic")]
    session.resumeCommand = "essor diagnose --template fixture"
    #expect(try session.run() == .quit)
    // Lines wrap at the width (80 here), continuations indented: read them joined.
    let output = session.io.output.replacingOccurrences(of: "\n  ", with: " ")
      .replacingOccurrences(of: "\u{A0}", with: " ")
    #expect(output.contains("D’après essor.yaml : 2 (SCIC) — Entrée pour confirmer"))
    #expect(session.sheet.answers["form"]?.value == .choice("scic"))
    #expect(output.contains("une preuve vous sera demandée (facultative : Entrée pour passer)"))
    #expect(output.contains("Relancez « essor diagnose --template fixture » pour reprendre."))
    #expect(
      session.io.output.split(separator: "\n").filter { !$0.hasPrefix(">") }.allSatisfy {
        $0.count <= 79
      })
  }

  @Test func linesWrapOnWordsNeverInsideOne() {
    let lines = Session<Script>.wrap(
      "Combien de personnes travaillent dans la structure, en équivalents temps plein ?",
      width: 30)
    #expect(lines.count > 1 && lines.allSatisfy { $0.count <= 30 })
    // The question mark stays with its word (a no-break space).
    #expect(
      lines.joined(separator: " ").replacingOccurrences(of: "   ", with: " ")
        .replacingOccurrences(of: "  ", with: " ").contains("équivalents temps plein\u{A0}?"))
    #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("?") })
  }

  @Test func theEndOfTheInputQuitsWithEverythingSaved() throws {
    let (outcome, sheet, _, saves) = try run(["", "1", "4"])
    #expect(outcome == .quit)
    #expect(sheet.answers.count == 2)
    #expect(saves.sheets.last?.answers.count == 2)
  }

  @Test func runningAgainResumesAtTheFirstUnansweredQuestion() throws {
    let (_, first, _, _) = try run(["", "1", "4", "q"])
    let (outcome, sheet, output, _) = try run(["1", "", "", "2,5", "o", "Rien"], sheet: first)
    #expect(output.contains("Reprise : 2 réponse(s) déjà enregistrée(s)"))
    #expect(
      output.contains("Partie 2/2 · Seconde — 2 réponse(s) sur 7"),
      "resumes at tools (colleges hidden)")
    #expect(outcome == .completed)
    #expect(sheet.answers["tools"]?.value == .choices(["a"]))
    #expect(sheet.answers["note"]?.value == .text("Rien"))
    #expect(output.contains("Tapez une réponse, ou skip pour passer."))
    #expect(sheet.answers["cash"]?.value == .number(2.5), "Enter on an unanswered question re-asks")
  }
}
