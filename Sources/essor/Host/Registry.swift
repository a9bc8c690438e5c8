import Actions
import Canvas
import Cohort
import Diagnostic
import EssorCore
import Financing
import Pitch

/// The tools this build of Essor hosts, in display order.
enum Registry {
  /// The tool types; adding a tool means adding it here.
  static let toolTypes: [any Tool.Type] = [
    DiagnosticTool.self, CanvasTool.self, FinancingTool.self, PitchTool.self,
    ActionsTool.self, CohortTool.self,
  ]

  /// The registry, checked once when the process starts (``EssorMain``).
  static let checked = Result { try ToolRegistry(toolTypes) }

  /// Why the registry is broken, if it is: checked when a command is about to run.
  ///
  /// Not inlined, so the optimizer cannot hoist the check of ``checked`` (a global's lazy
  /// initialisation) above the parsing of the command line: `--help` and argument errors
  /// never pay for it.
  @inline(never)
  static func defect() -> (any Error)? {
    if case .failure(let error) = checked { return error }
    return nil
  }

  /// The checked registry; a broken list stops Essor with exit code 70.
  static func load() throws -> ToolRegistry { try checked.get() }
}
