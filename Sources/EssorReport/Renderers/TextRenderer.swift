import EssorCore

/// A format that is text: it renders a string, and files are written for it atomically.
public protocol TextRenderer: DocumentRenderer {
  /// The document as text, drawn with `options` (which only a terminal format reads).
  func text(_ document: Document, options: RenderOptions) throws -> String
}

extension TextRenderer {
  /// Text goes to standard output as well as to a file.
  public var needsFile: Bool { false }

  /// Renders the text, then returns it for standard output or writes it atomically.
  public func write(_ document: Document, to destination: RenderDestination) throws -> String? {
    let text = try text(document, options: destination.options)
    guard let path = destination.path else { return text }
    try AtomicFile.write(text, to: path)
    return nil
  }
}
