import EssorCore

/// Every check Essor runs on canvases, in the order findings are reported.
public enum CanvasChecks {
  public static let all: [any CanvasCheck.Type] = [
    RequiredBlocks.self, ItemCount.self, SegmentOrphans.self, RevenueOrphans.self,
    ErrcConflicts.self,
    BeneficiaryOrphans.self, FactorCount.self, RivalCount.self, ErrcOnCurve.self,
    EliminatedAtZero.self, CreatedAtZero.self, VagueWords.self, TooManySegments.self,
    RevenueMix.self, HypothesisEvidence.self, FinancingCosts.self, NoDivergence.self,
    NoFocus.self, TaglineLength.self,
  ]

  /// The checks that apply to a kind.
  public static func applicable(to kind: CanvasKind) -> [any CanvasCheck.Type] {
    all.filter { $0.applies(to: kind) }
  }

  /// Runs the checks that apply to the canvas's kind; errors first, then by line.
  public static func run(_ canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    let findings = applicable(to: canvas.kind).flatMap { $0.findings(in: canvas, context: context) }
    return findings.enumerated().sorted { a, b in
      (a.element.diagnostic.severity, a.offset) < (b.element.diagnostic.severity, b.offset)
    }.map(\.element)
  }
}
