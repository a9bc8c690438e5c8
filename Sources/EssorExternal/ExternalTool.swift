import EssorCore
import EssorReport
import Foundation

/// An external tool, described, then run once per command (docs/plugins.md).
///
/// One JSON request goes in, one JSON response comes out; whatever the tool does, it cannot
/// crash or hang Essor.
public struct ExternalTool: Sendable {
  /// How long `describe` may take, in seconds.
  public static let describeTimeout = 10.0
  /// The default time a command may take, in seconds.
  public static let defaultTimeout = 30.0
  /// The most a tool may write on its standard output.
  public static let outputCap = 16 * 1024 * 1024

  public let path: String
  public let description: ExternalToolDescription

  /// A tool at `path` that described itself so (`describe` builds it; the fuzzer too).
  public init(path: String, description: ExternalToolDescription) {
    self.path = path
    self.description = description
  }

  /// The tool's file name, as it appears in messages.
  public var name: String { (path as NSString).lastPathComponent }

  /// What the tool returned for a command.
  public struct Response: Sendable {
    public var document: Document
    public var facts: FactSet
    public var warnings: [String]
  }

  /// Makes Ctrl-C and SIGTERM stop a running tool (and what it started) along with Essor.
  public static func stopOnInterrupt() { ProcessRunner.stopToolsOnInterrupt() }

  /// Asks the tool at `path` to describe itself, within `timeout` seconds.
  public static func describe(_ path: String, timeout: Double = describeTimeout) throws
    -> ExternalTool
  {
    let name = (path as NSString).lastPathComponent
    let value = try exchange(
      path, name: name, arguments: ["describe"], input: Data(), timeout: timeout)
    return ExternalTool(
      path: path, description: try ExternalToolDescription.read(value, tool: name))
  }

  /// Runs a command: the request carries the language, the workspace and the facts the tool
  /// consumes; the response is checked (document, declared facts of the declared types).
  public func run(
    command: String, arguments: [String], language: Language, workspace: Workspace?,
    facts: [String: FactValue], timeout: Double = defaultTimeout
  ) throws -> Response {
    guard description.commands.contains(where: { $0.name == command }) else {
      let names = description.commands.map(\.name).joined(separator: ", ")
      throw EssorError(
        .invalidOption, at: .flag("COMMAND"),
        LocalizedText(
          fr: "\(name) n’a pas de commande « \(command) ».",
          en: "\(name) has no command “\(command)”."),
        hint: LocalizedText(fr: "commandes : \(names).", en: "commands: \(names)."))
    }
    let request = Self.request(
      command: command, arguments: arguments, language: language, workspace: workspace,
      facts: facts, consumes: description.consumes.map(\.name))
    let value = try Self.exchange(
      path, name: name, arguments: ["run"], input: Data(request.serialized().utf8),
      timeout: timeout)
    return try response(value)
  }

  /// Reads a tool's answer to `run`: protocol, document (no formulas), declared facts and
  /// warnings; every way it can be wrong is an error naming the tool.
  public func response(_ value: JSONValue) throws -> Response {
    try ExternalProtocol.check(value["protocol"], tool: name)
    guard let documentValue = value["document"] else {
      throw Self.failure(
        name,
        LocalizedText(fr: "sa réponse n’a pas de document.", en: "its answer has no document."))
    }
    let document: Document
    do {
      document = try DocumentJSON.decode(
        documentValue, source: name, lenient: ExternalProtocol.isNewerMinor(value["protocol"]),
        allowsFormulas: false)
    } catch let error as EssorError {
      throw Self.failure(name, error.message)
    }
    let provided = try readFacts(value["facts"])
    var warnings: [String] = []
    if let listed = value["warnings"] {
      guard case .array(let items) = listed, items.allSatisfy({ $0.stringValue != nil }) else {
        throw Self.failure(
          name,
          LocalizedText(
            fr: "ses avertissements (warnings) doivent être une liste de textes.",
            en: "its warnings must be a list of strings."))
      }
      warnings = items.compactMap(\.stringValue)
    }
    return Response(document: document, facts: provided, warnings: warnings)
  }

  /// Asks the tool for the facts it provides (`essor-<id> facts`, protocol 1.1): the
  /// request carries the workspace and the facts it consumes, the answer its facts.
  public func facts(
    language: Language, workspace: Workspace, consumed: [String: FactValue],
    timeout: Double = defaultTimeout
  ) throws -> FactSet {
    let request = Self.request(
      command: nil, arguments: [], language: language, workspace: workspace, facts: consumed,
      consumes: description.consumes.map(\.name))
    let value = try Self.exchange(
      path, name: name, arguments: ["facts"], input: Data(request.serialized().utf8),
      timeout: timeout)
    try ExternalProtocol.check(value["protocol"], tool: name)
    return try readFacts(value["facts"])
  }

  /// The facts of an answer, each declared and of its declared type.
  private func readFacts(_ value: JSONValue?) throws -> FactSet {
    var provided = FactSet()
    if case .object(let members)? = value {
      for (key, factValue) in members {
        guard let declared = description.provides.first(where: { $0.name == key }) else {
          throw Self.failure(
            name,
            LocalizedText(
              fr: "il rend le fait « \(key) », qu’il ne déclare pas (provides).",
              en: "it returns the fact “\(key)”, which it does not declare (provides)."))
        }
        guard let fact = FactJSON.decode(factValue, expected: declared.kind) else {
          throw Self.failure(
            name,
            LocalizedText(
              fr: "le fait « \(key) » n’est pas du type déclaré (\(declared.kind.rawValue)).",
              en: "the fact “\(key)” is not of its declared type (\(declared.kind.rawValue))."))
        }
        provided.set(key, fact)
      }
    }
    return provided
  }

  /// The request a tool reads on its standard input.
  static func request(
    command: String?, arguments: [String], language: Language, workspace: Workspace?,
    facts: [String: FactValue], consumes: [String]
  ) -> JSONValue {
    var profile: JSONValue = .null
    if let workspace {
      let p = workspace.profile
      profile = .object([
        ("name", .string(p.name)), ("legal-form", .string(p.legalForm.rawValue)),
        ("sector", p.sector.map(JSONValue.string) ?? .null),
        ("region", p.region.map(JSONValue.string) ?? .null),
        ("headcount", p.headcount.map { .integer(Int64($0)) } ?? .null),
        ("members", p.members.map { .integer(Int64($0)) } ?? .null),
        ("language", .string(p.language.rawValue)),
      ])
    }
    let consumed = consumes.compactMap { key in
      facts[key].map { (key, FactJSON.encode($0, language: language)) }
    }
    var members: [(String, JSONValue)] = [("protocol", .string(ExternalProtocol.version))]
    if let command {
      members += [
        ("command", .string(command)), ("arguments", .array(arguments.map(JSONValue.string))),
      ]
    }
    members += [
      ("language", .string(language.rawValue)),
      (
        "workspace",
        workspace.map { .object([("path", .string($0.root)), ("profile", profile)]) } ?? .null
      ),
      ("facts", .object(consumed)),
    ]
    return .object(members)
  }

  /// The tool's facts as a provider of the run's fact store; derived by asking the tool
  /// once, with the facts it consumes from the same store.
  public var factProvider: FactProvider {
    let tool = self
    return FactProvider(id: description.id + ".facts", provides: description.provides) { context in
      let consumed = context.facts.values(
        tool.description.consumes.compactMap { entry in
          entry.kind.map { AnyFactKey(entry.name, $0) }
            ?? context.facts.declaredKey(entry.name)
        })
      return try tool.facts(
        language: context.language, workspace: context.workspace, consumed: consumed,
        timeout: ExternalTool.defaultTimeout)
    }
  }

  /// Runs the tool once and reads its JSON answer, turning every way it can fail into an
  /// error that names it.
  static func exchange(
    _ path: String, name: String, arguments: [String], input: Data, timeout: Double
  ) throws -> JSONValue {
    let outcome: ProcessRunner.Outcome
    do {
      outcome = try ProcessRunner.run(
        path, arguments: arguments, input: input, timeout: timeout, outputCap: outputCap)
    } catch {
      throw EssorError(
        .toolUnavailable, at: .file(path: path, line: nil, column: nil),
        LocalizedText(
          fr: "\(name) n’a pas pu être lancé : \(error.localizedDescription)",
          en: "\(name) could not be started: \(error.localizedDescription)"))
    }
    switch outcome.end {
    case .exited(0):
      break
    case .exited(let status):
      throw failure(
        name,
        LocalizedText(
          fr: "il s’est arrêté en erreur (code \(status)) ; voyez ce qu’il a écrit ci-dessus.",
          en: "it stopped with an error (exit \(status)); see what it wrote above."))
    case .signalled(let signal):
      throw failure(
        name,
        LocalizedText(
          fr: "il a planté (signal \(signal)).", en: "it crashed (signal \(signal))."))
    case .timedOut:
      throw failure(
        name,
        LocalizedText(
          fr: "pas de réponse en \(secondsText(timeout)) s : il a été arrêté.",
          en: "no answer within \(secondsText(timeout)) s: it was stopped."),
        hint: LocalizedText(
          fr: "donnez-lui plus de temps avec --timeout SECONDES.",
          en: "give it more time with --timeout SECONDS."))
    case .tooMuchOutput:
      throw failure(
        name,
        LocalizedText(
          fr: "il a écrit plus de \(outputCap / 1_048_576) Mio : il a été arrêté.",
          en: "it wrote more than \(outputCap / 1_048_576) MiB: it was stopped."))
    }
    guard let text = String(data: outcome.output, encoding: .utf8) else {
      throw failure(
        name,
        LocalizedText(
          fr: "sa réponse n’est pas du texte UTF-8.", en: "its answer is not UTF-8 text."))
    }
    do {
      return try JSONParser.parse(text)
    } catch {
      throw failure(
        name,
        LocalizedText(
          fr:
            "sa réponse n’est pas du JSON (ligne \(error.line), colonne \(error.column) : \(error.message)).",
          en:
            "its answer is not JSON (line \(error.line), column \(error.column): \(error.message))."
        ))
    }
  }

  /// An error about a tool.
  static func failure(_ name: String, _ message: LocalizedText, hint: LocalizedText? = nil)
    -> EssorError
  {
    EssorError(
      .toolFailed,
      LocalizedText(
        fr: "l’outil externe \(name) : \(message.fr)",
        en: "the external tool \(name): \(message.en)"),
      hint: hint)
  }
}

/// A number of seconds for messages: `30` rather than `30.0`.
private func secondsText(_ seconds: Double) -> String {
  seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
}
