import EssorCore
import Foundation

/// Where one enterprise of a cohort stands, read from its facts exactly as its own
/// commands give them.
public struct EnterpriseStatus: Sendable {
  public var folder: String
  public var name: String
  public var legalForm: String?
  /// Why the workspace could not be read at all (the row shows it, the cohort goes on).
  public var error: String?
  public var firstLevel: FactTerm?
  public var level: FactTerm?
  public var firstScores: Measures?
  public var scores: Measures?
  public var canvases: Int = 0
  public var canvasErrors: Int?
  public var verdict: FactTerm?
  public var asked: Money?
  public var sources: Breakdown?
  public var minCash: Money?
  public var minCashMonth: String?
  public var missedCriteria: [String] = []
  public var pitchReadiness: Double?
  public var openActions: Int?
  public var overdueActions: Int?
  /// The phases past their end that are not done.
  public var latePhases: [Cohort.Phase] = []
  /// The warnings of the facts that could not be read.
  public var warnings: [String] = []

  /// Reads an enterprise's facts.
  static func read(
    folder: String, facts factsOf: (Workspace) -> FactStore, cohort: Cohort,
    today: CalendarDate, language: Language
  ) -> EnterpriseStatus {
    let workspace: Workspace
    do {
      workspace = try Workspace(root: folder)
    } catch let error as EssorError {
      return EnterpriseStatus(
        folder: folder, name: (folder as NSString).lastPathComponent,
        error: error.rendered(in: language))
    } catch {
      return EnterpriseStatus(
        folder: folder, name: (folder as NSString).lastPathComponent, error: "\(error)")
    }
    let facts = factsOf(workspace)
    var status = EnterpriseStatus(
      folder: folder, name: workspace.profile.name,
      legalForm: workspace.profile.legalForm.rawValue)
    func read<Value>(_ key: FactKey<Value>) -> Value? {
      let answer = facts.value(key)
      if let diagnostic = answer.diagnostic {
        let text = (diagnostic.location.map { "\($0): " } ?? "") + diagnostic.message(language)
        if !status.warnings.contains(text) { status.warnings.append(text) }
      }
      return answer.value
    }
    status.firstLevel = read(Facts.Diagnostic.firstLevel)
    status.level = read(Facts.Diagnostic.level)
    status.firstScores = read(Facts.Diagnostic.firstScores)
    status.scores = read(Facts.Diagnostic.scores)
    status.canvases = read(Facts.Canvas.canvases)?.items.count ?? 0
    status.canvasErrors = read(Facts.Canvas.checkErrors)?.items.count
    status.verdict = read(Facts.Financing.verdict)
    status.asked = read(Facts.Financing.askTotal)
    status.sources = read(Facts.Financing.sources)
    status.minCash = read(Facts.Financing.minCash)
    status.minCashMonth = read(Facts.Financing.minCashMonth)?.en
    status.missedCriteria =
      read(Facts.Financing.missedCriteria)?.items.map { $0.label(language) } ?? []
    status.pitchReadiness = read(Facts.Pitch.readiness)
    status.openActions = read(Facts.Actions.open)
    status.overdueActions = read(Facts.Actions.overdue)
    for (phase, end) in cohort.phases where end < today && !status.isDone(phase) {
      status.latePhases.append(phase)
    }
    return status
  }

  /// Whether a phase's work is done, by what the facts show.
  public func isDone(_ phase: Cohort.Phase) -> Bool {
    switch phase {
    case .diagnostic: return level != nil
    case .strategy: return canvases > 0 && canvasErrors == 0
    case .financing: return verdict != nil && verdict?.id != "not-fundable"
    case .pitch: return (pitchReadiness ?? 0) >= 0.8
    case .committee:
      return (pitchReadiness ?? 0) >= 1 && verdict != nil && verdict?.id != "not-fundable"
    }
  }

  /// Whether it is ready for the funders' committee.
  public var isReadyForCommittee: Bool { isDone(.financing) && isDone(.pitch) }
}
