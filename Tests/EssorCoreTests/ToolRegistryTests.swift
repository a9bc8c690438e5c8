import EssorCore
import Foundation
import Testing

/// Test keys, declared once as the catalogue does.
private enum Keys {
  static let total = FactKey<Money>("a.total")
  static let count = FactKey<Int>("a.count")
  static let totalAsNumber = FactKey<Double>("a.total")
  static let orphan = FactKey<Money>("nobody.provides.this")
}

/// How many times the test provider derived, across the process (tests run in parallel,
/// so each test reads the store's own count instead).
private struct Provider: Tool {
  static let id = "provider"
  static let title = LocalizedText(verbatim: "Provider")
  static let version = "1.0.0"
  static let commands = [
    ToolCommand(
      "show", path: ["provider", "show"], summary: LocalizedText(verbatim: "Show"),
      arguments: [.init("name", help: LocalizedText(verbatim: "name"))],
      options: [
        .init("file", help: LocalizedText(verbatim: "file")),
        .flag("strict", help: LocalizedText(verbatim: "strict")),
      ])
  ]
  static let factProviders = [
    FactProvider(id: "provider.main", provides: [Keys.total.erased, Keys.count.erased]) {
      context in
      var facts = FactSet()
      let path = context.workspace.path("broken")
      if FileManager.default.fileExists(atPath: path) {
        throw EssorError(
          .invalidValue, at: .file(path: path, line: 3, column: nil),
          LocalizedText(fr: "valeur refusée.", en: "value refused."))
      }
      facts.set(Keys.total, Money(euros: 42))
      facts.set(Keys.count, 7)
      return facts
    }
  ]
  static func run(_ command: String, input: ToolInput, context: ToolContext) throws -> ToolResult {
    ToolResult()
  }
}

private struct Consumer: Tool {
  static let id = "consumer"
  static let title = LocalizedText(verbatim: "Consumer")
  static let version = "1.0.0"
  static let commands: [ToolCommand] = []
  static let consumes = [Keys.total.erased]
  static func run(_ command: String, input: ToolInput, context: ToolContext) throws -> ToolResult {
    ToolResult()
  }
}

private struct Orphan: Tool {
  static let id = "orphan"
  static let title = LocalizedText(verbatim: "Orphan")
  static let version = "1.0.0"
  static let commands: [ToolCommand] = []
  static let consumes = [Keys.orphan.erased]
  static func run(_ command: String, input: ToolInput, context: ToolContext) throws -> ToolResult {
    ToolResult()
  }
}

private struct MistypedConsumer: Tool {
  static let id = "mistyped"
  static let title = LocalizedText(verbatim: "Mistyped")
  static let version = "1.0.0"
  static let commands: [ToolCommand] = []
  static let consumes = [Keys.totalAsNumber.erased]
  static func run(_ command: String, input: ToolInput, context: ToolContext) throws -> ToolResult {
    ToolResult()
  }
}

private struct Impostor: Tool {
  static let id = "provider"
  static let title = LocalizedText(verbatim: "Impostor")
  static let version = "1.0.0"
  static let commands: [ToolCommand] = []
  static func run(_ command: String, input: ToolInput, context: ToolContext) throws -> ToolResult {
    ToolResult()
  }
}

private struct Rival: Tool {
  static let id = "rival"
  static let title = LocalizedText(verbatim: "Rival")
  static let version = "1.0.0"
  static let commands = [
    ToolCommand("show", path: ["provider", "show"], summary: LocalizedText(verbatim: "Show"))
  ]
  static let factProviders = [
    FactProvider(id: "rival.main", provides: [Keys.total.erased]) { _ in FactSet() }
  ]
  static func run(_ command: String, input: ToolInput, context: ToolContext) throws -> ToolResult {
    ToolResult()
  }
}

private struct Shouting: Tool {
  static let id = "Shouting Tool"
  static let title = LocalizedText(verbatim: "Shouting")
  static let version = "1.0.0"
  static let commands: [ToolCommand] = []
  static func run(_ command: String, input: ToolInput, context: ToolContext) throws -> ToolResult {
    ToolResult()
  }
}

@Suite struct ToolRegistryTests {
  @Test func aConsistentRegistryLoadsInOrder() throws {
    let registry = try ToolRegistry([Provider.self, Consumer.self])
    #expect(registry.tools.map { $0.id } == ["provider", "consumer"])
    #expect(registry.tool(id: "consumer") != nil)
    #expect(registry.tool(id: "missing") == nil)
    #expect(registry.command(path: ["provider", "show"])?.command.name == "show")
    #expect(registry.declared["a.total"]?.kind == .money)
  }

  /// Each broken registry and the words its refusal must contain.
  @Test(
    arguments: [
      (
        [Orphan.self], "consumes the fact “nobody.provides.this”, which no registered tool provides"
      ),
      ([Provider.self, Impostor.self], "two tools share the id “provider”"),
      ([Provider.self, Rival.self], "the command words “provider show” are used twice"),
      ([Provider.self, MistypedConsumer.self], "consumes “a.total” as number, provided as money"),
      ([Shouting.self], "must be lowercase letters and dashes"),
    ] as [([any Tool.Type], String)])
  func aBrokenRegistryIsRefusedWithAClearMessage(tools: [any Tool.Type], words: String) {
    let error = #expect(throws: EssorError.self) { try ToolRegistry(tools) }
    #expect(error?.code == .invalidRegistry)
    #expect(error?.kind.exitCode == 70)
    #expect(error?.message.en.contains(words) == true, "\(String(describing: error))")
  }

  @Test func anExternalProviderOfAKnownFactIsRefused() throws {
    var registry = try ToolRegistry([Provider.self])
    let duplicate = FactProvider(id: "x.facts", provides: [Keys.total.erased]) { _ in FactSet() }
    #expect(registry.add(external: duplicate, consumes: [])?.en.contains("a.total") == true)
    let fresh = FactProvider(id: "x.facts", provides: [AnyFactKey("x.score", .number)]) { _ in
      FactSet()
    }
    #expect(registry.add(external: fresh, consumes: [Keys.total.erased]) == nil)
    #expect(registry.declared["x.score"]?.kind == .number)
  }
}

@Suite struct FactStoreTests {
  private func workspace(broken: Bool = false) throws -> (Workspace, String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "essor-facts-\(UUID().uuidString)"
    ).path
    let workspace = try Workspace.create(
      at: root, profile: Profile(name: "Coop", legalForm: .scop))
    if broken {
      _ = FileManager.default.createFile(atPath: workspace.path("broken"), contents: nil)
    }
    return (workspace, root)
  }

  private func store(_ workspace: Workspace?) throws -> FactStore {
    try ToolRegistry([Provider.self, Consumer.self]).factStore(
      workspace.map { FactContext(workspace: $0, clock: FixedClock(0), environment: [:]) })
  }

  @Test func eachProviderIsDerivedOncePerRunWhateverIsAsked() throws {
    let (workspace, root) = try workspace()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let facts = try store(workspace)
    #expect(facts.derivations == 0)
    #expect(facts.value(Keys.total).value == Money(euros: 42))
    #expect(facts.value(Keys.count).value == 7)
    #expect(facts.values([Keys.total.erased, Keys.count.erased]).count == 2)
    #expect(facts.derivations == 1)
    // A new run derives again: nothing is kept between runs.
    let next = try store(workspace)
    #expect(next.value(Keys.count).value == 7)
    #expect(next.derivations == 1)
  }

  @Test func aBrokenInputMakesItsFactsUnavailableWithItsLocation() throws {
    let (workspace, root) = try workspace(broken: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let facts = try store(workspace)
    let diagnostic = try #require(facts.value(Keys.total).diagnostic)
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.source == "provider.main")
    #expect(diagnostic.location == .file(path: workspace.path("broken"), line: 3, column: nil))
    #expect(diagnostic.message.en == "provider.main facts unavailable: value refused.")
    #expect(facts.value(Keys.count).diagnostic == diagnostic)
    #expect(facts.values([Keys.total.erased]).isEmpty)
    #expect(facts.failures == [diagnostic])
    #expect(facts.derivations == 1)
  }

  @Test func withoutAWorkspaceOrAProviderAFactIsAbsent() throws {
    let facts = try store(nil)
    guard case .absent = facts.value(Keys.total) else {
      Issue.record("a fact without a workspace")
      return
    }
    guard case .absent = FactStore.empty.value(Keys.orphan) else {
      Issue.record("a fact nobody provides")
      return
    }
    #expect(facts.derivations == 0)
  }

  @Test func aFactOfAnotherTypeThanAskedIsNotPassedOn() throws {
    let (workspace, root) = try workspace()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let facts = try store(workspace)
    guard case .absent = facts.value(Keys.totalAsNumber) else {
      Issue.record("a money fact read as a number")
      return
    }
  }
}

@Suite struct ToolInputTests {
  private let command = ToolCommand(
    "show", path: ["provider", "show"], summary: LocalizedText(verbatim: "Show"),
    arguments: [.init("name", help: LocalizedText(verbatim: "name"))],
    options: [
      .init("file", help: LocalizedText(verbatim: "file")),
      .flag("strict", help: LocalizedText(verbatim: "strict")),
    ])

  @Test func wordsAreReadAsTheCommandDeclaresThem() throws {
    let input = try ToolInput.parse(["base", "--file", "x.yaml", "--strict"], for: command)
    #expect(
      input
        == ToolInput(arguments: ["name": "base"], options: ["file": "x.yaml"], flags: ["strict"]))
    #expect(try ToolInput.parse(["--file=y.yaml"], for: command)["file"] == "y.yaml")
  }

  /// Each bad command line and the flag its error names.
  @Test(
    arguments: [
      (["--nope"], "--nope", ErrorCode.invalidOption),
      (["--file"], "--file", .missingOption),
      (["--strict=yes"], "--strict", .invalidOption),
      (["a", "b"], "b", .invalidOption),
    ])
  func badWordsAreUsageErrorsNamingTheFlag(words: [String], flag: String, code: ErrorCode) {
    let error = #expect(throws: EssorError.self) { try ToolInput.parse(words, for: command) }
    #expect(error?.code == code)
    #expect(error?.location == .flag(flag))
    #expect(error?.kind.exitCode == 64)
  }
}

@Suite struct ContextTests {
  @Test func theSeededRandomSourceIsReproducibleAndStreamsDiffer() {
    var a = SeededRandom(seed: 7)
    var b = SeededRandom(seed: 7)
    let first = (0..<4).map { _ in a.next() }
    #expect(first == (0..<4).map { _ in b.next() })
    var s1 = SeededRandom.stream(seed: 7, 1)
    var s2 = SeededRandom.stream(seed: 7, 2)
    #expect(s1.next() != s2.next())
  }

  @Test func aFixedClockGivesTheDayAndTheNextMonth() throws {
    let clock = FixedClock(20_802 * 86_400 + 43_200)
    #expect(clock.today == CalendarDate(year: 2026, month: 12, day: 15))
    #expect(clock.today.firstOfNextMonth == CalendarDate(year: 2027, month: 1, day: 1))
    #expect(clock.timestamp == "2026-12-15T12:00:00Z")
    #expect(
      SystemClock(environment: ["ESSOR_NOW": "86400"]).today
        == CalendarDate(year: 1970, month: 1, day: 2))
  }

  @Test func civilDatesRoundTripThroughDaysSince1970() throws {
    for days in stride(from: -1000, through: 80_000, by: 97) {
      #expect(CalendarDate(daysSince1970: days).daysSince1970 == days)
    }
  }
}
