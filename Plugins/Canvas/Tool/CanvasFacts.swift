import EssorCore
import Foundation

/// The Canvas tool's facts: the ESS canvas first, then the BMC, the Lean, others.
enum CanvasFacts {
  static let provider = FactProvider(
    id: "canvas.canvases",
    provides: [
      Facts.Canvas.segments.erased, Facts.Canvas.valuePropositions.erased,
      Facts.Canvas.problem.erased, Facts.Canvas.impactMeasures.erased,
      Facts.Canvas.competitors.erased, Facts.Canvas.tagline.erased,
      Facts.Canvas.canvases.erased, Facts.Canvas.checkErrors.erased,
    ],
    hint: LocalizedText(
      fr: "remplissez un canevas (essor canvas new ess, essor canvas new strategy)",
      en: "fill in a canvas (essor canvas new ess, essor canvas new strategy)")
  ) { context in
    let workspace = context.workspace
    let canvases = try CanvasTool.workspaceCanvases(
      workspace, catalog: CanvasTool.catalog(workspace, environment: context.environment))
    let preference = ["ess", "bmc", "lean"]
    let ordered = canvases.sorted {
      (preference.firstIndex(of: $0.kind.id) ?? 9, $0.name)
        < (preference.firstIndex(of: $1.kind.id) ?? 9, $1.name)
    }
    /// The items of the first canvas that has some, with where they are written.
    func items(_ roles: [Role]) -> (items: [CanvasItem], source: String)? {
      for canvas in ordered {
        let blocks = roles.compactMap { canvas.kind.block(role: $0) }
        let items = blocks.flatMap { canvas.countedItems($0) }
        if !items.isEmpty {
          let file = "canvas/" + (canvas.path as NSString).lastPathComponent
          return (items, file + " › " + blocks.map(\.id).joined(separator: ", "))
        }
      }
      return nil
    }
    var facts = FactSet()
    func list(_ key: FactKey<FactList>, _ roles: [Role]) {
      guard let found = items(roles) else { return }
      facts.set(key, FactList(texts: found.items.map { ($0.id, $0.text) }), source: found.source)
    }
    func text(_ key: FactKey<LocalizedText>, _ roles: [Role], separator: String) {
      guard let found = items(roles) else { return }
      facts.set(
        key, LocalizedText(verbatim: found.items.map(\.text).joined(separator: separator)),
        source: found.source)
    }
    list(Facts.Canvas.segments, [.segments])
    list(Facts.Canvas.valuePropositions, [.socialValue, .valuePropositions])
    text(Facts.Canvas.problem, [.problem], separator: "; ")
    list(Facts.Canvas.impactMeasures, [.impactMeasures])
    if let canvas = ordered.first(where: { !($0.curve?.players.isEmpty ?? true) }),
      let curve = canvas.curve
    {
      facts.set(
        Facts.Canvas.competitors, FactList(texts: curve.rivals.map { (nil, $0.name) }),
        source: "canvas/" + (canvas.path as NSString).lastPathComponent + " › curve")
    }
    text(Facts.Canvas.tagline, [.tagline], separator: " ")
    if !canvases.isEmpty {
      facts.set(
        Facts.Canvas.canvases,
        FactList(canvases.map { FactTerm(id: $0.name, label: $0.kind.title) }), source: "canvas/")
      // The checks, as `essor canvas check` runs them, with the loans' debt service if known.
      var checkContext = CheckContext()
      if let debt = context.facts.value(Facts.Financing.loansDebtService).value {
        checkContext.facts.set(Facts.Financing.loansDebtService, debt)
      }
      var errors: [FactTerm] = []
      for canvas in canvases {
        for found in CanvasChecks.run(canvas, context: checkContext)
        where found.diagnostic.severity == .error {
          errors.append(
            FactTerm(
              id: canvas.name + "/" + (found.diagnostic.source ?? "check"),
              label: found.diagnostic.message))
        }
      }
      facts.set(Facts.Canvas.checkErrors, FactList(errors), source: "canvas/ › essor canvas check")
    }
    return facts
  }
}
