import EssorCore

/// One output format: its name, the file extensions that choose it, and how it writes.
///
/// A new format is one type conforming to this protocol (or to ``TextRenderer``, which
/// writes files for it) plus one line in ``FormatRegistry/standard``.
public protocol DocumentRenderer: Sendable {
  /// The name `--format` takes: "table", "md", "json", "xlsx".
  var format: String { get }
  /// The file extensions (lowercase, without the dot) that choose this format for `--output`.
  var fileExtensions: [String] { get }
  /// Other extensions its files may have without choosing it (slides are Markdown: `.md`).
  var alsoWrites: [String] { get }
  /// Whether the output can only be a file (a workbook), never standard output.
  var needsFile: Bool { get }
  /// What the format is, for help texts.
  var summary: LocalizedText { get }
  /// Writes `document` to `destination`.
  ///
  /// Returns the text for standard output when `destination.path` is nil, else nil once the
  /// file has been written (atomically: the previous file stays until the new one is whole).
  func write(_ document: Document, to destination: RenderDestination) throws -> String?
}

extension DocumentRenderer {
  public var alsoWrites: [String] { [] }
}
