import Actions
import Canvas
import Cohort
import Diagnostic
import EssorCore
import Financing
import Foundation
import Pitch
import TestSupport
import Testing

/// The programme's tools: an action plan proposed from every tool's findings and followed
/// by date, and the cohort read from each enterprise's own facts.
@Suite(.serialized) struct ActionsTests {
  static let tools: [any Tool.Type] = [
    DiagnosticTool.self, CanvasTool.self, FinancingTool.self, PitchTool.self, ActionsTool.self,
    CohortTool.self,
  ]
  /// 2 December 2026, noon UTC.
  static let today = FixedClock(20_789 * 86_400 + 43_200)

  private func copy(_ sample: String, _ folder: TemporaryFolder) throws -> Workspace {
    let root = folder.file(sample)
    try FileManager.default.copyItem(atPath: Repository.path("samples/\(sample)"), toPath: root)
    return try Workspace(root: root)
  }

  private func context(_ workspace: Workspace?, clock: FixedClock = today) throws -> ToolContext {
    let registry = try ToolRegistry(Self.tools)
    var context = ToolContext(
      language: .en, workspace: workspace,
      facts: registry.factStore(
        workspace.map { FactContext(workspace: $0, clock: clock, environment: [:]) }),
      clock: clock)
    context.factsOf = { other in
      registry.factStore(FactContext(workspace: other, clock: clock, environment: [:]))
    }
    return context
  }

  private func run(_ command: String, _ workspace: Workspace, _ input: ToolInput = ToolInput())
    throws -> ToolResult
  {
    try ActionsTool.run(command, input: input, context: context(workspace))
  }

  private func payload(_ result: ToolResult, _ key: String) throws -> [JSONValue] {
    let value = try #require(result.document?.payload?.first { $0.0 == key }?.1)
    guard case .array(let items) = value else {
      throw EssorError(.internalFailure, .init(verbatim: key))
    }
    return items
  }

  @Test func everyOriginIsSuggestedOnceAndNeverTwice() throws {
    let folder = try TemporaryFolder()
    let workspace = try copy("scic-terres-communes", folder)
    try? FileManager.default.removeItem(atPath: workspace.path("actions"))
    // A broken canvas check and a pitch gap, besides the diagnostic and the plan's misses.
    try "schema: 1\nkind: bmc\nblocks:\n  segments: [\"Tout le monde\"]\n".write(
      toFile: workspace.path("canvas/bmc.yaml"), atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: workspace.path("canvas/strategy.yaml"))
    let first = try run("suggest", workspace, ToolInput(options: ["accept": "all"]))
    let proposed = try payload(first, "proposed")
    let origins = Set(
      proposed.compactMap {
        $0["origin"]?.stringValue?.split(separator: ":").first.map(String.init)
      })
    #expect(origins == ["diagnostic", "canvas", "plan", "funders", "pitch"], "\(origins)")
    let saved = try ActionsFile.load(path: workspace.path(ActionsFile.path))
    #expect(saved.count == proposed.count)
    #expect(Set(saved.map(\.id)).count == saved.count)
    #expect(saved.contains { $0.origin.kind == .funders && $0.owner == .role(.consultant) })
    // Again: nothing new, nothing twice.
    let second = try run("suggest", workspace, ToolInput(options: ["accept": "all"]))
    #expect(try payload(second, "proposed").isEmpty)
    #expect(try ActionsFile.load(path: workspace.path(ActionsFile.path)).count == saved.count)
  }

  @Test func anActionWhoseCauseIsGoneIsResolvedByTheFacts() throws {
    let folder = try TemporaryFolder()
    let workspace = try copy("scic-terres-communes", folder)
    try? FileManager.default.removeItem(atPath: workspace.path("actions"))
    try "schema: 1\nkind: bmc\nblocks:\n  segments: [\"Tout le monde\"]\n".write(
      toFile: workspace.path("canvas/bmc.yaml"), atomically: true, encoding: .utf8)
    _ = try run("suggest", workspace, ToolInput(options: ["accept": "all"]))
    let canvasActions = try ActionsFile.load(path: workspace.path(ActionsFile.path)).filter {
      $0.origin.kind == .canvas
    }
    #expect(!canvasActions.isEmpty)
    // The canvas is fixed (removed): its actions are now resolved by the facts.
    try FileManager.default.removeItem(atPath: workspace.path("canvas/bmc.yaml"))
    let listed = try run("list", workspace)
    let resolved = try payload(listed, "actions").filter { $0["resolvedByFacts"] == .bool(true) }
    #expect(Set(resolved.compactMap { $0["id"]?.stringValue }) == Set(canvasActions.map(\.id)))
  }

  @Test func overdueIsJudgedOnTheInjectedDay() throws {
    let folder = try TemporaryFolder()
    let workspace = try copy("scop-lauragais", folder)
    let list = try run("list", workspace, ToolInput(flags: ["overdue"]))
    let overdue = try payload(list, "actions")
    // rdv-socoden was due on 2026-11-20 and is still to do on 2026-12-02.
    #expect(overdue.compactMap { $0["id"]?.stringValue } == ["rdv-socoden"])
    let facts = try context(workspace).facts
    #expect(facts.value(Facts.Actions.overdue).value == 1)
    #expect(facts.value(Facts.Actions.open).value == 2)
    #expect(facts.value(Facts.Actions.doneRatio).value == 1.0 / 3.0)
    // On 2026-11-19 nothing is late yet.
    let earlier = try ActionsTool.run(
      "list", input: ToolInput(flags: ["overdue"]),
      context: context(workspace, clock: FixedClock(20_776 * 86_400)))
    #expect(try payload(earlier, "actions").isEmpty)
  }

  @Test func addDoneAndMoveEditThePlan() throws {
    let folder = try TemporaryFolder()
    let workspace = try copy("scop-lauragais", folder)
    _ = try run(
      "add", workspace,
      ToolInput(options: [
        "title": "Visiter l’atelier avec la banque", "owner": "Paul Durand", "due": "2027-02-10",
        "milestone": "financing", "id": "visit",
      ]))
    _ = try run("done", workspace, ToolInput(arguments: ["id": "rdv-socoden"]))
    _ = try run(
      "move", workspace, ToolInput(arguments: ["id": "visit"], options: ["due": "2027-03-01"]))
    let actions = try ActionsFile.load(path: workspace.path(ActionsFile.path))
    let visit = try #require(actions.first { $0.id == "visit" })
    #expect(visit.owner == .person("Paul Durand") && visit.milestone == .financing)
    #expect(visit.due == CalendarDate(year: 2027, month: 3, day: 1))
    #expect(actions.first { $0.id == "rdv-socoden" }?.status == .done)
    for (input, flag) in [
      (ToolInput(arguments: ["id": "nope"]), "ID")
    ] {
      let error = #expect(throws: EssorError.self) { try run("done", workspace, input) }
      #expect(error?.location == .flag(flag))
    }
    let duplicate = #expect(throws: EssorError.self) {
      try run("add", workspace, ToolInput(options: ["title": "x", "id": "visit"]))
    }
    #expect(duplicate?.code == .duplicate)
    let date = #expect(throws: EssorError.self) {
      try run("move", workspace, ToolInput(arguments: ["id": "visit"], options: ["due": "demain"]))
    }
    #expect(date?.location == .flag("--due"))
  }

  @Test func badPlansAreRefusedWithTheirLine() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.yaml")
    for (text, line, words) in [
      (
        "schema: 1\nactions:\n  - {id: a, title: A, owner: advisor}\n  - {id: a, title: B, owner: advisor}\n",
        4, "already exists"
      ),
      ("schema: 1\nactions:\n  - {id: a, title: A, owner: advisor, due: soon}\n", 3, "soon"),
      (
        "schema: 1\nactions:\n  - {id: a, title: A, owner: advisor, status: finished}\n", 3,
        "finished"
      ),
      ("schema: 1\nactions:\n  - {id: a, title: A, owner: boss}\n", 3, "unknown owner"),
      (
        "schema: 1\nactions:\n  - {id: a, title: A, owner: advisor, origin: \"email:x\"}\n", 3,
        "unknown origin"
      ),
    ] {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      let error = #expect(throws: EssorError.self) { try ActionsFile.load(path: path) }
      #expect(error?.kind.exitCode == 65)
      if case .file(_, let found, _)? = error?.location { #expect(found == line, "\(words)") }
      #expect(error.map { "\($0)" }?.contains(words) == true, "\(String(describing: error))")
    }
  }

  @Test func theCohortReadsEachEnterpriseAndABrokenOneIsARow() throws {
    let folder = try TemporaryFolder()
    for sample in ["scop-lauragais", "scic-terres-communes", "sas-ess-recyclerie"] {
      _ = try copy(sample, folder)
    }
    try FileManager.default.createDirectory(
      atPath: folder.file("broken"), withIntermediateDirectories: true)
    try "name: [oops\n".write(
      toFile: folder.file("broken/essor.yaml"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: folder.file("cohort"), withIntermediateDirectories: true)
    try """
    schema: 1
    name: Test
    phases: {diagnostic: 2026-10-31, strategy: 2026-11-30, financing: 2027-03-31, pitch: 2027-05-31, committee: 2027-06-30}
    workspaces: [../scop-lauragais, ../scic-*, ../sas-ess-recyclerie, ../broken]
    """.write(toFile: folder.file("cohort/cohort.yaml"), atomically: true, encoding: .utf8)
    let result = try CohortTool.run(
      "report", input: ToolInput(options: ["cohort": folder.file("cohort")]),
      context: context(nil))
    let rows = try payload(result, "enterprises")
    #expect(rows.count == 4)
    let scop = try #require(rows.first { $0["name"]?.stringValue == "La Fabrique du Lauragais" })
    #expect(scop["firstLevel"] != scop["level"], "the SCOP's progress shows")
    #expect(scop["verdict"]?.stringValue == "fundable")
    #expect(scop["asked"]?.doubleValue == 245_000)
    #expect(scop["overdueActions"]?.doubleValue == 1)
    let scic = try #require(rows.first { $0["name"]?.stringValue == "Terres Communes" })
    #expect(scic["verdict"]?.stringValue == "fundable-with-conditions")
    #expect(scic["missedCriteria"]?.doubleValue == 2)
    // Strategy ended on 2026-11-30: canvases without errors, so on track there.
    #expect(scop["latePhases"] == .array([]))
    let broken = try #require(rows.last)
    #expect(broken["error"]?.stringValue?.contains("essor.yaml") == true)
    let document = try #require(result.document)
    #expect(document.sections.count == 4 + 4)
    try document.validate()
  }

  @Test func aCohortFileOutOfOrderOrNamingNothingIsRefused() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.file("c"), withIntermediateDirectories: true)
    for (text, line, words) in [
      (
        "schema: 1\nname: T\nphases:\n  diagnostic: 2027-03-01\n  strategy: 2027-02-01\n  financing: 2027-04-01\n  pitch: 2027-05-01\n  committee: 2027-06-01\nworkspaces: []\n",
        5, "not after"
      ),
      (
        "schema: 1\nname: T\nphases: {diagnostic: 2027-01-01, strategy: 2027-02-01, financing: 2027-03-01, pitch: 2027-04-01, committee: 2027-05-01}\nworkspaces: [../nowhere]\n",
        4, "names no folder"
      ),
      (
        "schema: 1\nname: T\nphases: {diagnostic: 2027-01-01, strategy: x, financing: 2027-03-01, pitch: 2027-04-01, committee: 2027-05-01}\nworkspaces: []\n",
        3, "YYYY-MM-DD"
      ),
    ] {
      try text.write(toFile: folder.file("c/cohort.yaml"), atomically: true, encoding: .utf8)
      let error = #expect(throws: EssorError.self) { try CohortFile.load(folder: folder.file("c")) }
      #expect(error?.kind.exitCode == 65)
      if case .file(_, let found, _)? = error?.location { #expect(found == line, "\(words)") }
      #expect(error.map { "\($0)" }?.contains(words) == true, "\(String(describing: error))")
    }
  }
}
