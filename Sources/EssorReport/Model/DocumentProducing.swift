import EssorCore

/// A tool that turns an input into a document: the host renders it in any format.
///
/// This is the run function of the design (`inputs + context → document`); it lives here
/// rather than in `Tool` because the document model belongs to EssorReport.
public protocol DocumentProducing: Tool {
  /// What one run needs, already checked (loans, answers, a canvas…).
  associatedtype Input: Sendable
  /// Produces the document for `input`.
  static func run(_ input: Input, context: ToolContext) throws -> Document
}
