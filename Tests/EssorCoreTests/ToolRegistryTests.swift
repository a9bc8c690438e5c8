import EssorCore
import Testing

private struct Provider: Tool {
  static let id = "provider"
  static let title = LocalizedText(verbatim: "Provider")
  static let version = "1.0.0"
  static let providedFacts: [FactKey] = ["a.total"]
  static let consumedFacts: [FactKey] = []
}

private struct Consumer: Tool {
  static let id = "consumer"
  static let title = LocalizedText(verbatim: "Consumer")
  static let version = "1.0.0"
  static let providedFacts: [FactKey] = []
  static let consumedFacts: [FactKey] = ["a.total"]
}

private struct Orphan: Tool {
  static let id = "orphan"
  static let title = LocalizedText(verbatim: "Orphan")
  static let version = "1.0.0"
  static let providedFacts: [FactKey] = []
  static let consumedFacts: [FactKey] = ["nobody.provides.this"]
}

private struct Impostor: Tool {
  static let id = "provider"
  static let title = LocalizedText(verbatim: "Impostor")
  static let version = "1.0.0"
  static let providedFacts: [FactKey] = []
  static let consumedFacts: [FactKey] = []
}

private struct Rival: Tool {
  static let id = "rival"
  static let title = LocalizedText(verbatim: "Rival")
  static let version = "1.0.0"
  static let providedFacts: [FactKey] = ["a.total"]
  static let consumedFacts: [FactKey] = []
}

private struct Shouting: Tool {
  static let id = "Shouting Tool"
  static let title = LocalizedText(verbatim: "Shouting")
  static let version = "1.0.0"
  static let providedFacts: [FactKey] = []
  static let consumedFacts: [FactKey] = []
}

@Suite struct ToolRegistryTests {
  @Test func aConsistentRegistryLoadsInOrder() throws {
    let registry = try ToolRegistry([Provider.self, Consumer.self])
    #expect(registry.tools.map { $0.id } == ["provider", "consumer"])
    #expect(registry.tool(id: "consumer") != nil)
    #expect(registry.tool(id: "missing") == nil)
  }

  /// Each broken registry and the words its refusal must contain.
  @Test(
    arguments: [
      (
        [Orphan.self], "consumes the fact “nobody.provides.this”, which no registered tool provides"
      ),
      ([Provider.self, Impostor.self], "two tools share the id “provider”"),
      (
        [Provider.self, Rival.self], "the fact “a.total” is provided by both “provider” and “rival”"
      ),
      ([Shouting.self], "must be lowercase letters and dashes"),
    ] as [([any Tool.Type], String)])
  func aBrokenRegistryIsRefusedWithAClearMessage(tools: [any Tool.Type], words: String) {
    let error = #expect(throws: EssorError.self) { try ToolRegistry(tools) }
    #expect(error?.code == .invalidRegistry)
    #expect(error?.kind.exitCode == 70)
    #expect(error?.message.en.contains(words) == true, "\(String(describing: error))")
  }
}
