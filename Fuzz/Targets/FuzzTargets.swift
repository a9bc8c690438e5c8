import Actions
import Canvas
import Cohort
import Diagnostic
import EssorCore
import EssorExternal
import EssorReport
import Financing
import Foundation
import Pitch

/// Every loader Essor has, as a fuzz target (issue 18; docs/limits.md "Fuzzing").
public enum FuzzTargets {
  public static let all: [FuzzTarget] = [
    FuzzTarget(
      name: "profile", fileName: "essor.yaml",
      seeds: ["samples/*/essor.yaml", "Tests/Fixtures/fuzz/profile/*"]
    ) { path in
      _ = try Profile(yaml: YAMLDocument.load(path: path))
    },
    // A scenario is read, projected and turned into its document: the engine's arithmetic
    // is fuzzed too, not only the reader.
    FuzzTarget(
      name: "scenario", fileName: "base.yaml",
      seeds: [
        "samples/*/financing/base.yaml", "Tests/Fixtures/financing/*",
        "Tests/Fixtures/fuzz/scenario/*",
      ]
    ) { path in
      let scenario = try ScenarioReader.load(path: path, profile: nil)
      _ = FinancingTool.plan(scenario, language: .fr, enterprise: nil)
    },
    // What a consultant types on the command line: `--set` edits and `--shock`s (one a
    // line: `set PATH=VALUE`, `shock NAME=VALUE`), applied to a small scenario, projected,
    // stressed and its headroom searched.
    FuzzTarget(
      name: "what-if", fileName: "what-if.txt",
      seeds: ["Tests/Fixtures/fuzz/what-if/*"]
    ) { path in
      let folder = (path as NSString).deletingLastPathComponent
      let base = (folder as NSString).appendingPathComponent("base.yaml")
      try whatIfScenario.write(toFile: base, atomically: true, encoding: .utf8)
      let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
      var sets: [String] = []
      var shocks: [Shock] = []
      for line in text.split(separator: "\n").prefix(40).map(String.init) {
        if line.hasPrefix("shock ") {
          shocks.append(try Shock(parsing: String(line.dropFirst(6))))
        } else {
          sets.append(line.hasPrefix("set ") ? String(line.dropFirst(4)) : line)
        }
      }
      var scenario = try ScenarioOverride.load(path: base, sets: sets, profile: nil)
      for shock in shocks { try shock.apply(to: &scenario) }
      _ = try StressTest(scenario, shockSets: [])
    },
    FuzzTarget(
      name: "loans", fileName: "loans.yaml",
      seeds: ["Tests/Fixtures/financing/loans.yaml", "Tests/Fixtures/fuzz/loans/*"]
    ) { path in
      let start = CalendarDate(year: 2027, month: 1, day: 1) ?? CalendarDate(daysSince1970: 0)
      for terms in try LoanFile.load(path: path, defaultStart: start) {
        _ = LoanEngine.schedule(terms)
      }
    },
    FuzzTarget(
      name: "canvas", fileName: "ess.yaml",
      seeds: ["samples/*/canvas/*.yaml", "Tests/Fixtures/fuzz/canvas/*"]
    ) { path in
      _ = try CanvasReader.load(path: path, catalog: catalog)
    },
    FuzzTarget(
      name: "canvas-kind", fileName: "kind.yaml",
      seeds: ["templates/canvas/*.yaml", "Tests/Fixtures/fuzz/canvas-kind/*"]
    ) { path in
      _ = try CanvasKindReader.load(path: path)
    },
    FuzzTarget(
      name: "answers", fileName: "financing-readiness.answers.yaml",
      seeds: [
        "samples/*/diagnostic/*.answers.yaml", "samples/*/diagnostic/history/*",
        "Tests/Fixtures/fuzz/answers/*",
      ]
    ) { path in
      guard let questionnaire else { return }
      _ = try AnswersFile.load(path: path, questionnaire: questionnaire)
    },
    FuzzTarget(
      name: "questionnaire", fileName: "template.yaml",
      seeds: [
        "templates/diagnostic/*.yaml", "Tests/Fixtures/diagnostic/*",
        "Tests/Fixtures/fuzz/questionnaire/*",
      ]
    ) { path in
      _ = try QuestionnaireReader.load(path: path)
    },
    // What `essor render` does with a JSON file: read it, then lay it out as a workbook (an
    // edited file's layout problem is the file's fault, as the command says).
    FuzzTarget(
      name: "document-json", fileName: "document.json",
      seeds: ["Tests/Fixtures/fuzz/document-json/*"]
    ) { path in
      let value = try json(path)
      let document = try JSONRenderer.read(value, source: path)
      do {
        try XLSXRenderer().write(document, to: path + ".xlsx")
      } catch let error as EssorError where error.code == .internalFailure {
        throw EssorError(
          .invalidValue, at: .file(path: path, line: nil, column: nil), error.message)
      }
    },
    FuzzTarget(
      name: "external-response", fileName: "response.json",
      seeds: ["Tests/Fixtures/fuzz/external-response/*"], needsLocation: false
    ) { path in
      let value = try json(path)
      if value["commands"] != nil {
        _ = try ExternalToolDescription.read(value, tool: "essor-fuzz")
      } else {
        _ = try tool?.response(value)
      }
    },
    FuzzTarget(
      name: "pitch-template", fileName: "template.yaml",
      seeds: ["templates/pitch/*.yaml", "Tests/Fixtures/fuzz/pitch-template/*"]
    ) { path in
      _ = try PitchTemplateReader.load(path: path) { $0.contains(".") }
    },
    FuzzTarget(
      name: "pitch-edits", fileName: "ess-financing.yaml",
      seeds: ["samples/*/pitch/*.yaml", "Tests/Fixtures/fuzz/pitch-edits/*"]
    ) { path in
      _ = try PitchEditsFile.load(path: path, template: "ess-financing", knownSlides: slides)
    },
    FuzzTarget(
      name: "actions", fileName: "plan.yaml",
      seeds: ["samples/*/actions/plan.yaml", "Tests/Fixtures/fuzz/actions/*"]
    ) { path in
      _ = try ActionsFile.load(path: path)
    },
    FuzzTarget(
      name: "cohort", fileName: "cohort.yaml",
      seeds: ["samples/cohort-2027/cohort.yaml", "Tests/Fixtures/fuzz/cohort/*"]
    ) { path in
      _ = try CohortFile.load(folder: (path as NSString).deletingLastPathComponent)
    },
  ]

  /// The scenario the `what-if` target edits and shocks: a small SCOP with a guaranteed
  /// loan, a grant and an uncertainty block.
  static let whatIfScenario = """
    schema: 1
    start: 2027-01
    horizon: 3
    legal-form: scop
    opening-cash: 30000
    needs:
      investments:
        - {label: Machine, amount: 36000, month: 2027-07, years: 3}
      working-capital: {receivable-days: 30, payable-days: 30, vat: 20%}
    operations:
      revenue: 120000
      purchases: 25%
      external-charges: 12000
      payroll: {gross: 40000, employer-charges: 50%, headcount: 5}
    resources:
      - {kind: worker-shares, amount: 10000, members: 5}
      - {kind: bank-loan, label: Banque, amount: 20000, rate: 4%, years: 4, month: 2027-07,
         guarantee: {guarantor: france-active, quota: 50%}}
      - {kind: investment-grant, label: Région, amount: 6000, month: 2027-07, years: 3}
    rules: {part-travail: 45%, dividends: 2%}
    uncertainty:
      revenue: {distribution: normal, mean: 0%, sd: 10%}
    """

  /// The target called `name`.
  public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }

  /// The built-in canvas kinds, the questionnaire answers are read against, and the slides
  /// of the pitch template edits are read against.
  static let catalog = KindCatalog(library: TemplateLibrary(folders: []))
  static let questionnaire: Questionnaire? = {
    guard
      let entry = TemplateLibrary.builtIn("diagnostic").first(where: {
        $0.id == "financing-readiness"
      }), let node = try? entry.load()
    else { return nil }
    return try? QuestionnaireReader.read(node, path: entry.path).questionnaire
  }()
  static let slides: Set<String> = {
    guard
      let entry = TemplateLibrary.builtIn("pitch").first(where: { $0.id == "ess-financing" }),
      let node = try? entry.load(),
      let result = try? PitchTemplateReader.read(node, path: entry.path, knows: { _ in true })
    else { return [] }
    return Set(result.template.slides.map(\.id))
  }()

  /// A tool that provides one fact of each kind, to read answers against (nil only if
  /// this description were wrong: `FuzzTests` checks it is not).
  static let tool: ExternalTool? = {
    let provides = FactKind.allCases.map {
      "{\"key\": \"fuzz.\($0.rawValue)\", \"type\": \"\($0.rawValue)\"}"
    }
    let description = """
      {"protocol": "1.1", "id": "fuzz", "title": "Fuzz", "version": "1.0",
       "commands": [{"name": "run", "help": "x"}], "consumes": [],
       "provides": [\(provides.joined(separator: ", "))]}
      """
    guard let parsed = try? JSONParser.parse(description),
      let read = try? ExternalToolDescription.read(parsed, tool: "essor-fuzz")
    else { return nil }
    return ExternalTool(path: "essor-fuzz", description: read)
  }()

  /// Reads a JSON file the way `essor render` does: a syntax error at its line and column.
  static func json(_ path: String) throws -> JSONValue {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EssorError(
        .fileNotFound, at: .file(path: path, line: nil, column: nil),
        LocalizedText(fr: "fichier introuvable.", en: "file not found."))
    }
    do {
      return try JSONParser.parse(String(decoding: data, as: UTF8.self))
    } catch {
      throw EssorError(
        .syntax, at: .file(path: path, line: error.line, column: error.column),
        LocalizedText(
          fr: "JSON invalide : \(error.message).", en: "invalid JSON: \(error.message)."))
    }
  }
}
