import EssorCore
import Foundation

/// Sends a document where the user asked: a renderer, then stdout or an atomic file.
public enum DocumentOutput {
  /// Renders `document` with `renderer` to `path`, or to standard output when `path` is nil.
  ///
  /// Standard output gets the options of the screen (``RenderOptions/standardOutput(isTerminal:environment:)``);
  /// a file gets plain text of the standard width. Returns the text for standard output
  /// (empty when a file was written).
  ///
  /// `sections` chooses what a terminal draws; by default the summary on standard output and
  /// everything in a file.
  public static func produce(
    _ document: Document, renderer: any DocumentRenderer, path: String?, isTerminal: Bool,
    environment: [String: String], sections: RenderOptions.Sections? = nil
  ) throws -> String {
    var destination =
      path.map(RenderDestination.file)
      ?? .standardOutput(.standardOutput(isTerminal: isTerminal, environment: environment))
    destination.options.sections = sections ?? (path == nil ? .summary : .all)
    return try renderer.write(document, to: destination) ?? ""
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
