import EssorCore

/// A programme's cohort: its name, the dates its phases end, and its enterprises'
/// workspaces.
public struct Cohort: Sendable {
  /// The programme's phases, in order.
  public enum Phase: String, Sendable, CaseIterable {
    case diagnostic, strategy, financing, pitch, committee
  }

  public var name: String
  /// When each phase ends, in the phases' order.
  public var phases: [(phase: Phase, end: CalendarDate)]
  /// The workspaces' folders, resolved (globs expanded), in order.
  public var workspaces: [String]
  /// The cohort's folder.
  public var folder: String
  public var path: String

  /// The phase under way on `today` (the first whose end is not past), nil once all ended.
  public func phase(on today: CalendarDate) -> Phase? {
    phases.first { $0.end >= today }?.phase
  }
}
