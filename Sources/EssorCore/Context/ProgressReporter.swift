/// Where a long computation says how far it is.
///
/// A bar on a terminal's standard error, or nowhere (a pipe, a script, `NO_COLOR`). It
/// never changes what the computation gives.
public protocol ProgressReporter: Sendable {
  /// A computation of `total` steps starts.
  func begin(_ label: LocalizedText, total: Int)
  /// `done` steps of the total are finished.
  func advance(to done: Int)
  /// The computation is over (the bar, if shown, is cleared).
  func end()
}
