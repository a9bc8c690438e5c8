import EssorCore

/// A check's diagnostic and the canvas block it is about.
///
/// The diagnostic is the finding (its source is the check, its location the canvas file and
/// line); the block id goes along because `canvas check` reports it, in its JSON too.
public struct BlockDiagnostic: Sendable {
  public var diagnostic: Diagnostic
  /// The block concerned, if one.
  public var block: String?

  public init(_ diagnostic: Diagnostic, block: String? = nil) {
    self.diagnostic = diagnostic
    self.block = block
  }

}
