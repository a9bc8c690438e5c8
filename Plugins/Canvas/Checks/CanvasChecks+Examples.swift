import EssorCore

extension CanvasChecks: ExampleCarrying {
  public static let exampleFamily = "canvas"
  public static var exampleSources: [String] { all.map { $0.id } }

  /// Every check's examples: the canvas read against the kinds shipped in `templates/canvas`
  /// (never a workspace's or `ESSOR_TEMPLATES`'), then the check run on it alone.
  public static var exampleCases: [ExampleCase] {
    all.flatMap { check in
      check.examples.enumerated().map { index, example in
        ExampleCase(family: exampleFamily, source: check.id, example: example) { sample in
          let path = "canvas/\(check.id)-example-\(index + 1).yaml"
          let canvas = try CanvasReader.read(
            YAMLDocument.parse(sample.fileText, path: path), path: path, catalog: shippedKinds())
          guard check.applies(to: canvas.kind) else {
            throw EssorError(
              .invalidValue, at: .file(path: path, line: 2, column: nil),
              LocalizedText(
                fr: "\(check.id) ne s’applique pas au modèle \(sample.kind).",
                en: "\(check.id) does not apply to the kind \(sample.kind)."))
          }
          return check.findings(in: canvas, context: CheckContext(facts: sample.facts))
            .map(\.diagnostic)
        }
      }
    }
  }

  /// The kinds shipped with Essor only (compiled into it).
  static func shippedKinds() throws -> KindCatalog {
    KindCatalog(library: TemplateLibrary(folders: []))
  }
}
