/// The tools the host knows, checked once when the host starts: built-in tool types, and
/// the fact providers of external tools added as they are found.
public struct ToolRegistry: Sendable {
  /// The built-in tools, in display order.
  public let tools: [any Tool.Type]
  /// Every fact provider: the built-in tools', then external tools'.
  public private(set) var providers: [FactProvider]
  /// The declared type of every provided fact, by name.
  public private(set) var declared: [String: AnyFactKey]

  /// Checks and freezes a list of tools.
  ///
  /// Refuses an empty, malformed or duplicate id, a command declared twice or two commands
  /// on the same command-line words, a provider id that is not `<tool>.<part>` or is used
  /// twice, a fact provided twice, and a consumed fact that no tool provides or provides
  /// with another type: these are programming errors, reported with exit code 70.
  public init(_ tools: [any Tool.Type]) throws {
    var ids: Set<String> = []
    var paths: Set<[String]> = []
    var providerIDs: Set<String> = []
    var declared: [String: AnyFactKey] = [:]
    var owner: [String: String] = [:]
    for tool in tools {
      guard Self.isValidID(tool.id) else {
        throw Self.invalid("the tool id “\(tool.id)” must be lowercase letters and dashes")
      }
      guard ids.insert(tool.id).inserted else {
        throw Self.invalid("two tools share the id “\(tool.id)”")
      }
      var names: Set<String> = []
      for command in tool.commands {
        guard names.insert(command.name).inserted else {
          throw Self.invalid("the tool “\(tool.id)” declares the command “\(command.name)” twice")
        }
        guard !command.path.isEmpty, paths.insert(command.path).inserted else {
          throw Self.invalid(
            "the command words “\(command.path.joined(separator: " "))” are used twice")
        }
      }
      for provider in tool.factProviders {
        guard provider.id.hasPrefix(tool.id + "."), providerIDs.insert(provider.id).inserted else {
          throw Self.invalid(
            "the fact provider “\(provider.id)” of “\(tool.id)” must be unique and start with “\(tool.id).”"
          )
        }
        for key in provider.provides {
          if let other = owner[key.name] {
            throw Self.invalid("the fact “\(key)” is provided by both “\(other)” and “\(tool.id)”")
          }
          owner[key.name] = tool.id
          declared[key.name] = key
        }
      }
    }
    for tool in tools {
      for key in tool.consumes {
        guard let provided = declared[key.name] else {
          throw Self.invalid(
            "the tool “\(tool.id)” consumes the fact “\(key)”, which no registered tool provides")
        }
        guard provided.kind == key.kind else {
          throw Self.invalid(
            "the tool “\(tool.id)” consumes “\(key)” as \(key.kind.rawValue), provided as \(provided.kind.rawValue)"
          )
        }
      }
    }
    self.tools = tools
    self.providers = tools.flatMap { $0.factProviders }
    self.declared = declared
  }

  /// The built-in tool with this id.
  public func tool(id: String) -> (any Tool.Type)? {
    tools.first { $0.id == id }
  }

  /// The built-in tool and command called by these command-line words.
  public func command(path: [String]) -> (tool: any Tool.Type, command: ToolCommand)? {
    for tool in tools {
      if let command = tool.commands.first(where: { $0.path == path }) { return (tool, command) }
    }
    return nil
  }

  /// Adds an external tool's fact provider.
  ///
  /// Returns why it cannot be added (a fact another tool provides already, a consumed
  /// fact of another type than provided), or nil once it is added.
  public mutating func add(external provider: FactProvider, consumes: [AnyFactKey])
    -> LocalizedText?
  {
    for key in provider.provides where declared[key.name] != nil {
      return LocalizedText(
        fr: "il déclare fournir « \(key) », qu’un autre outil fournit déjà",
        en: "it declares “\(key)”, which another tool provides already")
    }
    for key in consumes {
      if let provided = declared[key.name], provided.kind != key.kind {
        return LocalizedText(
          fr:
            "il lit « \(key) » comme \(key.kind.rawValue), fourni comme \(provided.kind.rawValue)",
          en: "it reads “\(key)” as \(key.kind.rawValue), provided as \(provided.kind.rawValue)")
      }
    }
    providers.append(provider)
    for key in provider.provides { declared[key.name] = key }
    return nil
  }

  /// The facts of one run over a workspace (none without one).
  public func factStore(_ context: FactContext?) -> FactStore {
    FactStore(providers: providers, context: context)
  }

  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.allSatisfy { ($0.isLowercase && $0.isASCII) || $0 == "-" }
  }

  private static func invalid(_ reason: String) -> EssorError {
    EssorError(
      .invalidRegistry,
      LocalizedText(
        fr: "registre d’outils invalide : \(reason).", en: "invalid tool registry: \(reason)."),
      hint: LocalizedText(
        fr: "c’est un défaut d’Essor : signalez-le.", en: "this is a defect in Essor: report it."))
  }
}
