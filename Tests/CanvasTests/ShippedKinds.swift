import Canvas
import EssorCore
import TestSupport

/// The kinds shipped in `templates/canvas`, loaded the way the tests need them.
enum ShippedKinds {
  /// A catalog of the repository's templates only (no workspace, no ESSOR_TEMPLATES).
  static let catalog = KindCatalog(
    library: TemplateLibrary(folders: [(.builtIn, Repository.path("templates"))]))

  /// Reads a canvas written as text against the shipped kinds.
  static func canvas(_ text: String, path: String = "canvas/example.yaml") throws -> FilledCanvas {
    try CanvasReader.read(YAMLDocument.parse(text, path: path), path: path, catalog: catalog)
  }

  /// The error reading `text` gives.
  static func error(_ text: String, path: String = "canvas/bad.yaml") -> EssorError? {
    do {
      _ = try canvas(text, path: path)
      return nil
    } catch let error as EssorError {
      return error
    } catch {
      return nil
    }
  }
}

extension EssorError {
  /// The line of the error's location, if it has one.
  var line: Int? {
    if case .file(_, let line, _)? = location { return line }
    return nil
  }
}
