/// The fixed list of tools the host knows, checked once when the host starts.
public struct ToolRegistry: Sendable {
  /// The tools, in display order.
  public let tools: [any Tool.Type]

  /// Checks and freezes a list of tools.
  ///
  /// Refuses a list with an empty or duplicate id, a fact provided twice, or a consumed fact
  /// that no tool provides: these are programming errors, reported with exit code 70.
  public init(_ tools: [any Tool.Type]) throws {
    var ids: Set<String> = []
    var providers: [FactKey: String] = [:]
    for tool in tools {
      guard !tool.id.isEmpty, tool.id.allSatisfy({ $0.isLowercase || $0 == "-" }) else {
        throw Self.invalid("the tool id “\(tool.id)” must be lowercase letters and dashes")
      }
      guard ids.insert(tool.id).inserted else {
        throw Self.invalid("two tools share the id “\(tool.id)”")
      }
      for fact in tool.providedFacts {
        if let other = providers[fact] {
          throw Self.invalid(
            "the fact “\(fact)” is provided by both “\(other)” and “\(tool.id)”")
        }
        providers[fact] = tool.id
      }
    }
    for tool in tools {
      for fact in tool.consumedFacts where providers[fact] == nil {
        throw Self.invalid(
          "the tool “\(tool.id)” consumes the fact “\(fact)”, which no registered tool provides")
      }
    }
    self.tools = tools
  }

  /// The tool with this id.
  public func tool(id: String) -> (any Tool.Type)? {
    tools.first { $0.id == id }
  }

  /// Asks the tool that provides `key` to derive it from the workspace.
  ///
  /// Returns nil when the workspace lacks the inputs for it (a fact consumed if present).
  public func fact(_ key: FactKey, in workspace: Workspace) throws -> FactValue? {
    for tool in tools where tool.providedFacts.contains(key) {
      guard let provider = tool as? any FactProviding.Type else { return nil }
      return try provider.facts(in: workspace)[key]
    }
    return nil
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
