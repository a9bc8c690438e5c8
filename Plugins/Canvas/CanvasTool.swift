import EssorCore
import EssorReport
import Foundation

/// The Canvas tool: business model, Lean, ESS and Blue Ocean strategy canvases, their
/// checks, and the facts the pitch takes from them.
public struct CanvasTool: FactProviding, DocumentProducing {
  public static let id = "canvas"
  public static let title = LocalizedText(fr: "Canevas", en: "Canvas")
  public static let version = "0.1.0"
  public static let providedFacts: [FactKey] = [
    .segments, .valuePropositions, .problem, .impactMeasures, .competitors, .tagline,
  ]
  public static let consumedFacts: [FactKey] = [FinancingCosts.debtService]

  /// The workspace folder that holds the canvases.
  public static let folder = "canvas"

  /// The kinds available to a workspace.
  public static func catalog(_ workspace: Workspace?, environment: [String: String])
    -> KindCatalog
  {
    KindCatalog(library: .standard(workspace: workspace, environment: environment))
  }

  /// The names of the workspace's canvases (`canvas/<name>.yaml`), sorted.
  public static func canvasNames(_ workspace: Workspace) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: workspace.path(folder))) ?? []
    return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map {
      String($0.dropLast(5))
    }
    .sorted()
  }

  /// Loads every canvas of the workspace.
  public static func workspaceCanvases(_ workspace: Workspace, catalog: KindCatalog) throws
    -> [Canvas]
  {
    try canvasNames(workspace).map {
      try CanvasReader.load(path: workspace.path(folder + "/" + $0 + ".yaml"), catalog: catalog)
    }
  }

  /// Facts from the workspace's canvases: the ESS canvas first, then the BMC, the Lean, others.
  public static func facts(in workspace: Workspace) throws -> [FactKey: FactValue] {
    let canvases = try workspaceCanvases(
      workspace, catalog: catalog(workspace, environment: ProcessInfo.processInfo.environment))
    let preference = ["ess", "bmc", "lean"]
    let ordered = canvases.sorted {
      (preference.firstIndex(of: $0.kind.id) ?? 9, $0.name)
        < (preference.firstIndex(of: $1.kind.id) ?? 9, $1.name)
    }
    func texts(_ roles: [Role]) -> [String]? {
      for canvas in ordered {
        let items = roles.flatMap { role in
          canvas.kind.block(role: role).map { canvas.countedItems($0) } ?? []
        }
        if !items.isEmpty { return items.map(\.text) }
      }
      return nil
    }
    var facts: [FactKey: FactValue] = [:]
    facts[.segments] = texts([.segments]).map(FactValue.list)
    facts[.valuePropositions] = texts([.socialValue, .valuePropositions]).map(FactValue.list)
    facts[.problem] = texts([.problem]).map { .text($0.joined(separator: "; ")) }
    facts[.impactMeasures] = texts([.impactMeasures]).map(FactValue.list)
    if let curve = ordered.compactMap(\.curve).first(where: { !$0.players.isEmpty }) {
      facts[.competitors] = .list(curve.rivals.map(\.name))
    }
    facts[.tagline] = texts([.tagline]).map { .text($0.joined(separator: " ")) }
    return facts
  }

  /// The facts the checks read, derived now by the tools that provide them.
  public static func checkContext(_ context: ToolContext) throws -> CheckContext {
    var facts: [FactKey: FactValue] = [:]
    for key in consumedFacts {
      if let value = try context.fact(key) { facts[key] = value }
    }
    return CheckContext(facts: facts)
  }

  /// The canvases drawn: a sheet laid out like each canvas, its value curves, its items.
  public static func run(_ input: [Canvas], context: ToolContext) throws -> Document {
    CanvasDocument(
      canvases: input, language: context.language, enterprise: context.workspace?.profile.name
    ).build()
  }

  /// The findings of every applicable check on each canvas.
  public static func check(_ canvases: [Canvas], context: ToolContext) throws -> FindingsDocument {
    let checkContext = try checkContext(context)
    return FindingsDocument(
      results: canvases.map { ($0, CanvasChecks.run($0, context: checkContext)) },
      language: context.language, enterprise: context.workspace?.profile.name)
  }
}

extension FactKey {
  /// The customer segments (or paying customers and funders).
  public static let segments: FactKey = "canvas.segments"
  /// The value propositions, social ones first.
  public static let valuePropositions: FactKey = "canvas.value_propositions"
  /// The problem the enterprise addresses.
  public static let problem: FactKey = "canvas.problem"
  /// The impact measures.
  public static let impactMeasures: FactKey = "canvas.impact_measures"
  /// The competitors and alternatives of the strategy canvas.
  public static let competitors: FactKey = "canvas.competitors"
  /// The strategy canvas's tagline.
  public static let tagline: FactKey = "canvas.tagline"
}
