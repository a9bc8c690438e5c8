import Canvas
import Diagnostic
import EssorCore
import Financing
import Foundation
import Pitch
import TestSupport
import Testing

/// The pitch outline: figures from the facts, time shared exactly, the mentor's edits kept,
/// stale figures named, missing facts flagged with what to run.
@Suite(.serialized) struct PitchTests {
  static let tools: [any Tool.Type] = [
    DiagnosticTool.self, CanvasTool.self, FinancingTool.self, PitchTool.self,
  ]

  /// A copy of a sample workspace, without its pitch edits.
  private func workspace(_ sample: String, in folder: TemporaryFolder) throws -> Workspace {
    let root = folder.file(sample)
    try FileManager.default.copyItem(atPath: Repository.path("samples/\(sample)"), toPath: root)
    try? FileManager.default.removeItem(atPath: root + "/pitch")
    return try Workspace(root: root)
  }

  private func store(_ workspace: Workspace) throws -> FactStore {
    try ToolRegistry(Self.tools).factStore(
      FactContext(workspace: workspace, clock: FixedClock.test, environment: [:]))
  }

  private func run(
    _ command: String, _ workspace: Workspace, options: [String: String] = [:],
    language: Language = .fr, facts: FactStore? = nil
  ) throws -> ToolResult {
    let facts = try facts ?? store(workspace)
    return try PitchTool.run(
      command, input: ToolInput(options: options),
      context: ToolContext(
        language: language, workspace: workspace, facts: facts, clock: FixedClock.test))
  }

  private func outline(_ result: ToolResult) throws -> Outline {
    try #require(result.outcome as? PitchOutcome).outline
  }

  @Test func theAskIsDraftedFromTheRealFiguresWithTheirSources() throws {
    let folder = try TemporaryFolder()
    let workspace = try workspace("scop-lauragais", in: folder)
    let outline = try outline(run("outline", workspace))
    let ask = try #require(outline.slides.first { $0.id == "ask" })
    // financing.ask.total = 245 000 € (bank 120 000, participatory 60 000 + 30 000, Région
    // 20 000, IéS 15 000: PlanFactsTests); the two largest sources are quoted.
    // French figures: a narrow no-break space between thousands, a no-break space before €.
    let euros = { (text: String) in
      text.replacingOccurrences(of: " 000 €", with: "\u{202F}000\u{A0}€")
        .replacingOccurrences(of: " 182 €", with: "\u{202F}182\u{A0}€")
    }
    #expect(
      ask.message
        == euros(
          "Nous demandons 245 000 € : Prêt bancaire 120 000 €, Parts des salariés 91 182 € et 3 autre(s)."
        ))
    let figure = try #require(ask.figures.first { $0.fact == "financing.ask.total" })
    #expect(figure.value == euros("245 000 €"))
    #expect(figure.source == "Financement — financing/base.yaml › resources")
    #expect(outline.slides.allSatisfy { $0.missing.isEmpty }, "\(outline.slides.map(\.missing))")
    let team = try #require(outline.slides.first { $0.id == "team" })
    #expect(team.message.contains("51 % du capital et 65 % des voix"))
    // The edits file was written, every slide to do.
    let edits = try String(
      contentsOfFile: workspace.path("pitch/ess-financing.yaml"), encoding: .utf8)
    #expect(edits.contains("draft: \"Nous demandons " + euros("245 000 €")))
  }

  @Test func theTimeIsSharedExactlyForEveryTemplateAndBudget() throws {
    let folder = try TemporaryFolder()
    let workspace = try workspace("scic-terres-communes", in: folder)
    // One run's facts for every outline: each provider derived once.
    let facts = try store(workspace)
    for template in ["ess-financing", "investor-10", "sequoia", "demo-day-3"] {
      for minutes in 1...60 {
        let outline = try outline(
          run(
            "export", workspace, options: ["template": template, "minutes": String(minutes)],
            facts: facts))
        #expect(
          outline.slides.reduce(0) { $0 + $1.seconds } == minutes * 60, "\(template) \(minutes)")
        #expect(outline.slides.allSatisfy { $0.seconds >= 0 })
      }
    }
  }

  @Test func missingFactsAreFlaggedWithWhatToRunNeverAnError() throws {
    let folder = try TemporaryFolder()
    let workspace = try Workspace.create(
      at: folder.file("new"), profile: Profile(name: "Coop Neuve", legalForm: .scic))
    let result = try run("outline", workspace)
    #expect(result.status == .success)
    let outline = try outline(result)
    let ask = try #require(outline.slides.first { $0.id == "ask" })
    #expect(ask.message.hasPrefix("À rédiger : "))
    #expect(ask.missing.map(\.fact).contains("financing.ask.total"))
    #expect(ask.missing.allSatisfy { $0.hint.contains("essor finance plan") })
    let problem = try #require(outline.slides.first { $0.id == "problem" })
    #expect(problem.missing.first?.hint.contains("essor canvas new") == true)
    let team = try #require(outline.slides.first { $0.id == "team" })
    #expect(team.missing.isEmpty && team.message.contains("trois catégories"))
  }

  @Test func theMentorsEditsSurviveRegenerationAndStaleFiguresAreNamed() throws {
    let folder = try TemporaryFolder()
    let workspace = try workspace("scop-lauragais", in: folder)
    _ = try run("outline", workspace)
    let path = workspace.path("pitch/ess-financing.yaml")
    // The mentor rewrites the ask against an older figure, moves it first, drops a slide,
    // adds one and marks another ready.
    try """
    schema: 1
    template: ess-financing
    minutes: 8
    slides:
      - id: ask
        status: draft
        message: "Nous cherchons 230 000 € pour l’atelier."
        quoted: {financing.ask.total: "230 000 €"}
        comment: "Plus court"
      - id: racines
        title: "Nos racines"
        message: "Trente ans d’atelier à Revel."
        status: ready
      - id: title
        status: ready
      - id: alternatives
        drop: true
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let regenerated = try outline(run("outline", workspace))
    #expect(regenerated.minutes == 8)
    #expect(regenerated.slides.prefix(3).map(\.id) == ["ask", "racines", "title"])
    #expect(!regenerated.slides.contains { $0.id == "alternatives" })
    #expect(regenerated.slides.count == 12)
    let ask = try #require(regenerated.slides.first)
    #expect(ask.message == "Nous cherchons 230 000 € pour l’atelier." && ask.isMentors)
    #expect(ask.comment == "Plus court" && ask.status == .draft)
    #expect(ask.stale.map(\.fact) == ["financing.ask.total"])
    #expect(
      ask.stale.first?.quoted == "230 000 €"
        && ask.stale.first?.now == "245\u{202F}000\u{A0}€")
    #expect(regenerated.slides[1].isAdded && regenerated.slides[1].title == "Nos racines")
    let file = try String(contentsOfFile: path, encoding: .utf8)
    #expect(file.contains("message: \"Nous cherchons 230 000 € pour l’atelier.\""))
    #expect(file.contains("drop: true"))
    let check = try run("check", workspace)
    #expect(check.status == .findings)
    let findings = try #require(check.outcome as? PitchOutcome).findings
    let stale = try #require(findings.first { $0.source == "stale-figures" })
    #expect(
      stale.message.fr.contains("230 000 €") && stale.message.fr.contains("245\u{202F}000\u{A0}€"))
    // Line 8 of the file Essor wrote again (three comment lines, then schema, template,
    // minutes and slides: before the first slide).
    if case .file(_, let line, _)? = stale.location { #expect(line == 8) }
  }

  @Test func badInputIsAClearErrorWithItsPlace() throws {
    let folder = try TemporaryFolder()
    let workspace = try workspace("scop-lauragais", in: folder)
    for (options, flag) in [
      (["template": "nope"], "--template"), (["minutes": "0"], "--minutes"),
      (["minutes": "601"], "--minutes"), (["minutes": "dix"], "--minutes"),
    ] {
      let error = #expect(throws: EssorError.self) {
        try run("outline", workspace, options: options)
      }
      #expect(error?.location == .flag(flag) && error?.kind.exitCode == 64)
    }
    try FileManager.default.createDirectory(
      atPath: workspace.path("pitch"), withIntermediateDirectories: true)
    for (text, line, words) in [
      (
        "schema: 1\ntemplate: ess-financing\nslides:\n  - id: nowhere\n", 4,
        "not a slide of the template"
      ),
      (
        "schema: 1\ntemplate: ess-financing\nslides:\n  - id: ask\n  - id: ask\n", 5,
        "appears twice"
      ),
      ("schema: 1\ntemplate: ess-financing\nslides:\n  - id: ask\n    status: done\n", 5, "done"),
    ] {
      try text.write(
        toFile: workspace.path("pitch/ess-financing.yaml"), atomically: true, encoding: .utf8)
      let error = #expect(throws: EssorError.self) {
        try run("outline", workspace, language: .en)
      }
      #expect(error?.kind.exitCode == 65)
      if case .file(_, let found, _)? = error?.location { #expect(found == line, "\(words)") }
      #expect(error.map { "\($0)" }?.contains(words) == true, "\(String(describing: error))")
    }
  }

  @Test func theShippedTemplatesLoadAndBrokenOnesAreRefusedWithTheirLine() throws {
    let registry = try ToolRegistry(Self.tools)
    let store = registry.factStore(nil)
    let knows = { (name: String) in store.declaredKey(name) != nil }
    for id in ["ess-financing", "investor-10", "sequoia", "demo-day-3"] {
      let loaded = try PitchTemplateReader.load(
        path: Repository.path("templates/pitch/\(id).yaml"), knows: knows)
      #expect(loaded.template.id == id)
      #expect(loaded.warnings.isEmpty, "\(id): \(loaded.warnings)")
    }
    let base = """
      schema: 1
      id: t
      title: {fr: "T", en: "T"}
      slides:
        - {id: a, title: {fr: "A", en: "A"}, purpose: {fr: "P", en: "P"}, facts: [financing.ask.total]}
      """
    func read(_ text: String) throws -> PitchTemplateReader.Result {
      try PitchTemplateReader.read(
        YAMLDocument.parse(text, path: "t.yaml"), path: "t.yaml", knows: knows)
    }
    #expect(try read(base).template.slides.count == 1)
    let unknown = #expect(throws: EssorError.self) {
      try read(base.replacingOccurrences(of: "financing.ask.total", with: "financing.nope"))
    }
    #expect(unknown?.message.en.contains("unknown fact “financing.nope”") == true)
    let twice = #expect(throws: EssorError.self) {
      try read(
        base + "\n  - {id: a, title: {fr: \"B\", en: \"B\"}, purpose: {fr: \"P\", en: \"P\"}}")
    }
    #expect(twice?.code == .duplicate)
    let untranslated = try read(
      base.replacingOccurrences(of: "title: {fr: \"A\", en: \"A\"}", with: "title: {fr: \"A\"}"))
    #expect(untranslated.warnings.count == 1)
    let weight = #expect(throws: EssorError.self) {
      try read(base.replacingOccurrences(of: "facts: [financing.ask.total]", with: "weight: 0"))
    }
    #expect(weight?.code == .invalidValue)
  }
}
