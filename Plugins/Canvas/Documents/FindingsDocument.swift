import EssorCore
import EssorReport

/// The result of `essor canvas check`: each canvas's findings, errors first, with where
/// and what to do.
///
/// A finding is a ``Diagnostic`` whose source is the check, with the block it is about.
public struct FindingsDocument {
  public var results: [(canvas: FilledCanvas, findings: [BlockDiagnostic])]
  public var language: Language
  public var enterprise: String?

  /// The number of error findings.
  public var errorCount: Int {
    results.reduce(0) { $0 + $1.findings.filter { $0.diagnostic.severity == .error }.count }
  }

  /// The number of warning findings.
  public var warningCount: Int {
    results.reduce(0) { $0 + $1.findings.filter { $0.diagnostic.severity == .warning }.count }
  }

  public func build() -> Document {
    let fr = language == .fr
    var sections: [Section] = []
    for (canvas, findings) in results {
      let checks = CanvasChecks.applicable(to: canvas.kind)
      let errors = findings.filter { $0.diagnostic.severity == .error }.count
      var blocks: [Block] = [
        .keyFigures([
          KeyFigure(fr ? "Fichier" : "File", .text(canvas.path)),
          KeyFigure(fr ? "Vérifications" : "Checks run", Cell(.integer(Int64(checks.count)))),
          KeyFigure(fr ? "Erreurs" : "Errors", Cell(.integer(Int64(errors)))),
          KeyFigure(
            fr ? "Avertissements" : "Warnings", Cell(.integer(Int64(findings.count - errors)))),
        ])
      ]
      if findings.isEmpty {
        blocks.append(
          .paragraph(fr ? "Aucun problème trouvé." : "No problem found."))
      }
      for finding in findings.map(\.diagnostic) {
        let word =
          finding.severity == .error
          ? (fr ? "erreur" : "error") : (fr ? "avertissement" : "warning")
        let place = canvas.path + (finding.line.map { ":\($0)" } ?? "")
        blocks.append(
          .paragraph("\(place): \(word) [\(finding.source ?? "")] " + finding.message(language)))
        if let hint = finding.hint { blocks.append(.paragraph("  → " + hint(language))) }
      }
      sections.append(
        Section(
          title: (fr ? "Vérification — " : "Check — ") + canvas.displayTitle(language),
          sheetName: canvas.name, blocks: blocks))
    }
    return Document(
      title: (fr ? "Vérification des canevas" : "Canvas check")
        + (enterprise.map { " — " + $0 } ?? ""),
      language: language, sections: sections,
      payload: [
        ("errors", .integer(Int64(errorCount))), ("warnings", .integer(Int64(warningCount))),
        ("canvases", .array(results.map(payload))),
      ])
  }

  private func payload(_ result: (canvas: FilledCanvas, findings: [BlockDiagnostic])) -> JSONValue {
    .object([
      ("name", .string(result.canvas.name)), ("kind", .string(result.canvas.kind.id)),
      ("path", .string(result.canvas.path)),
      (
        "checks",
        .array(CanvasChecks.applicable(to: result.canvas.kind).map { .string($0.id) })
      ),
      (
        "findings",
        .array(
          result.findings.map { found in
            let finding = found.diagnostic
            var members: [(String, JSONValue)] = [
              ("check", .string(finding.source ?? "")),
              ("severity", .string(finding.severity.rawValue)),
            ]
            if let block = found.block { members.append(("block", .string(block))) }
            if let line = finding.line { members.append(("line", .integer(Int64(line)))) }
            members.append(("message", .string(finding.message(language))))
            if let hint = finding.hint { members.append(("hint", .string(hint(language)))) }
            return .object(members)
          })
      ),
    ])
  }
}
