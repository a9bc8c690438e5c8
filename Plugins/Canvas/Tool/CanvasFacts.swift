import EssorCore

/// The Canvas tool's facts: the ESS canvas first, then the BMC, the Lean, others.
enum CanvasFacts {
  static let provider = FactProvider(
    id: "canvas.canvases",
    provides: [
      Facts.Canvas.segments.erased, Facts.Canvas.valuePropositions.erased,
      Facts.Canvas.problem.erased, Facts.Canvas.impactMeasures.erased,
      Facts.Canvas.competitors.erased, Facts.Canvas.tagline.erased,
    ]
  ) { context in
    let workspace = context.workspace
    let canvases = try CanvasTool.workspaceCanvases(
      workspace, catalog: CanvasTool.catalog(workspace, environment: context.environment))
    let preference = ["ess", "bmc", "lean"]
    let ordered = canvases.sorted {
      (preference.firstIndex(of: $0.kind.id) ?? 9, $0.name)
        < (preference.firstIndex(of: $1.kind.id) ?? 9, $1.name)
    }
    func items(_ roles: [Role]) -> [CanvasItem]? {
      for canvas in ordered {
        let items = roles.flatMap { role in
          canvas.kind.block(role: role).map { canvas.countedItems($0) } ?? []
        }
        if !items.isEmpty { return items }
      }
      return nil
    }
    func list(_ roles: [Role]) -> FactList? {
      items(roles).map { FactList(texts: $0.map { ($0.id, $0.text) }) }
    }
    func text(_ roles: [Role], separator: String) -> LocalizedText? {
      items(roles).map { LocalizedText(verbatim: $0.map(\.text).joined(separator: separator)) }
    }
    var facts = FactSet()
    facts.set(Facts.Canvas.segments, list([.segments]))
    facts.set(Facts.Canvas.valuePropositions, list([.socialValue, .valuePropositions]))
    facts.set(Facts.Canvas.problem, text([.problem], separator: "; "))
    facts.set(Facts.Canvas.impactMeasures, list([.impactMeasures]))
    if let curve = ordered.compactMap(\.curve).first(where: { !$0.players.isEmpty }) {
      facts.set(
        Facts.Canvas.competitors, FactList(texts: curve.rivals.map { (nil, $0.name) }))
    }
    facts.set(Facts.Canvas.tagline, text([.tagline], separator: " "))
    return facts
  }
}
