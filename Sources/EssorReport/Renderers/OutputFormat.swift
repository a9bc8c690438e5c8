import EssorCore
import Foundation

/// The formats a document can be produced in.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Aligned text for a terminal (the default).
  case table
  /// Markdown.
  case md
  /// JSON with a `schema` field.
  case json
  /// An Excel/LibreOffice workbook (needs an output path).
  case xlsx
}

/// Sends a document where the user asked: a renderer, then stdout or an atomic file.
public enum DocumentOutput {
  /// Renders `document` as `format` to `path`, or to standard output when `path` is nil.
  ///
  /// Returns the text for standard output (empty when a file was written).
  public static func produce(
    _ document: Document, format: OutputFormat, path: String?, isTerminal: Bool,
    environment: [String: String]
  ) throws -> String {
    let text: String
    switch format {
    case .xlsx:
      guard let path else {
        throw EssorError(
          .missingOption, at: .flag("--output"),
          LocalizedText(
            fr: "le format xlsx s’écrit dans un fichier.", en: "the xlsx format goes to a file."),
          hint: LocalizedText(
            fr: "ajoutez --output FICHIER.xlsx.", en: "add --output FILE.xlsx."))
      }
      try XLSXRenderer().write(document, to: path)
      return ""
    case .table:
      let colour =
        path == nil
        && TerminalRenderer.colorWanted(
          isTerminal: isTerminal, environment: environment)
      let width =
        path == nil ? terminalWidth(isTerminal: isTerminal, environment: environment) : 100
      // Tables are cut to fit only a screen whose width is known; a pipe or a file keeps them.
      let known = path == nil && (isTerminal || environment["COLUMNS"].flatMap { Int($0) } != nil)
      var renderer = TerminalRenderer(usesColor: colour, width: width)
      renderer.fitsTables = known
      text = renderer.render(document)
    case .md:
      text = MarkdownRenderer().render(document)
    case .json:
      text = JSONRenderer().render(document)
    }
    guard let path else { return text }
    try AtomicFile.write(text, to: path)
    return ""
  }

  /// The width to draw for: `COLUMNS` when set, else the terminal's own, else 100.
  public static func terminalWidth(isTerminal: Bool, environment: [String: String]) -> Int {
    if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
      return min(columns, 400)
    }
    var size = winsize()
    if isTerminal, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return 100
  }
}
