/// A tool Essor hosts (Diagnostic, Canvas, Financing, Pitch): its identity and contract.
///
/// The metadata is static so the registry can check the whole set before anything runs.
/// What a tool can do is told by the extra protocols it adopts (``FactProviding``…).
public protocol Tool: Sendable {
  /// The stable identifier, lowercase: `financing`.
  static var id: String { get }
  /// The tool's name for people.
  static var title: LocalizedText { get }
  /// The tool's version (semantic versioning).
  static var version: String { get }
  /// The facts this tool derives from a workspace.
  static var providedFacts: [FactKey] { get }
  /// The facts this tool reads from others.
  static var consumedFacts: [FactKey] { get }
}

/// A tool that derives facts from a workspace's inputs, on demand (nothing is cached).
public protocol FactProviding: Tool {
  /// The facts among ``Tool/providedFacts`` that the workspace's inputs allow.
  static func facts(in workspace: Workspace) throws -> [FactKey: FactValue]
}
