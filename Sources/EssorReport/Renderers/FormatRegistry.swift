import EssorCore
import Foundation

/// The output formats Essor knows, and the rule that picks one for a command.
///
/// Adding a format is one new ``DocumentRenderer`` and one line in ``standard``.
public struct FormatRegistry: Sendable {
  /// The renderers, in the order they are listed to people.
  public private(set) var renderers: [any DocumentRenderer]

  /// A registry of `renderers`; a later renderer replaces an earlier one of the same format.
  public init(_ renderers: [any DocumentRenderer]) {
    self.renderers = []
    for renderer in renderers { register(renderer) }
  }

  /// Essor's formats: a terminal table (the default), Markdown, JSON and a workbook.
  public static let standard = FormatRegistry([
    TerminalRenderer(),
    MarkdownRenderer(), SlidesRenderer(),
    JSONRenderer(),
    XLSXRenderer(),
  ])

  /// The format a command uses when neither `--format` nor the `--output` extension says.
  public static let defaultFormat = "table"

  /// Adds `renderer`, or replaces the one of the same format (keeping its place).
  public mutating func register(_ renderer: any DocumentRenderer) {
    if let index = renderers.firstIndex(where: { $0.format == renderer.format }) {
      renderers[index] = renderer
    } else {
      renderers.append(renderer)
    }
  }

  /// This registry with `renderer` added (or replacing the one of the same format).
  public func registering(_ renderer: any DocumentRenderer) -> FormatRegistry {
    var copy = self
    copy.register(renderer)
    return copy
  }

  /// The formats' names, in order.
  public var names: [String] { renderers.map(\.format) }

  /// The names as a sentence: “table, md, json or xlsx”.
  public var namesList: LocalizedText {
    LocalizedText(fr: Self.list(names, and: "ou"), en: Self.list(names, and: "or"))
  }

  /// The renderer of the format `name` (case does not matter), if there is one.
  public func renderer(named name: String) -> (any DocumentRenderer)? {
    let wanted = name.lowercased()
    return renderers.first { $0.format == wanted }
  }

  /// The first renderer claiming the file extension `fileExtension` (without the dot; case
  /// does not matter), if any.
  public func renderer(forExtension fileExtension: String) -> (any DocumentRenderer)? {
    let wanted = fileExtension.lowercased()
    return renderers.first { $0.fileExtensions.contains(wanted) }
  }

  /// The renderer for a command's `--format` and `--output`.
  ///
  /// `--format` when given, else the `--output` file's extension, else ``defaultFormat``.
  /// An unknown `--format` is refused, listing the known ones; so is a `--format` that
  /// contradicts the file's extension (the file would not open).
  public func resolve(format: String?, output: String?) throws -> any DocumentRenderer {
    let fromExtension = output.flatMap { path in
      renderer(forExtension: (path as NSString).pathExtension)
    }
    guard let format else {
      if let fromExtension { return fromExtension }
      return try defaultRenderer()
    }
    guard let chosen = renderer(named: format) else {
      throw EssorError(
        .invalidOption, at: .flag("--format"),
        LocalizedText(fr: "format « \(format) » inconnu.", en: "unknown format “\(format)”."),
        hint: LocalizedText(fr: namesList.fr + ".", en: namesList.en + "."))
    }
    if let fromExtension, fromExtension.format != chosen.format, let output,
      !chosen.alsoWrites.contains((output as NSString).pathExtension.lowercased())
    {
      throw EssorError(
        .conflictingOptions, at: .flag("--output"),
        LocalizedText(
          fr:
            "--format \(format) et --output \(output) ne vont pas ensemble : le fichier ne s’ouvrirait pas.",
          en:
            "--format \(format) and --output \(output) do not go together: the file would not open."
        ),
        hint: LocalizedText(
          fr: "donnez au fichier l’extension du format, ou retirez --format.",
          en: "give the file the format's extension, or drop --format."))
    }
    return chosen
  }

  /// The default format's renderer; a registry without one is Essor's own mistake.
  private func defaultRenderer() throws -> any DocumentRenderer {
    guard let renderer = renderer(named: Self.defaultFormat) else {
      throw EssorError(
        .internalFailure,
        LocalizedText(
          fr: "aucun format « \(Self.defaultFormat) » n’est enregistré.",
          en: "no “\(Self.defaultFormat)” format is registered."))
    }
    return renderer
  }

  /// “a, b or c”.
  private static func list(_ items: [String], and word: String) -> String {
    guard let last = items.last else { return "" }
    let head = items.dropLast()
    return head.isEmpty ? last : head.joined(separator: ", ") + " \(word) " + last
  }
}
