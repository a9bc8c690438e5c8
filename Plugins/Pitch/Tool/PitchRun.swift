import EssorCore
import Foundation

/// The Pitch tool's commands: finding the template and the mentor's edits, building the
/// outline, checking it, listing and linting templates.
struct PitchRun {
  let input: ToolInput
  let context: ToolContext

  private var language: Language { context.language }
  private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  /// Whether a fact exists in this build (a template may only name those).
  private func knows(_ name: String) -> Bool { context.facts.declaredKey(name) != nil }

  func templates() throws -> ToolResult {
    let entries = PitchTool.templates(context.workspace, environment: context.environment)
    var rows: [Row] = []
    var failed = false
    for entry in entries {
      do {
        let loaded = try PitchTemplateReader.read(entry.load(), path: entry.path, knows: knows)
        rows.append(
          Row([
            .text(entry.id), .text(loaded.template.title(language)),
            Cell(.integer(Int64(loaded.template.slides.count))),
            Cell(.integer(Int64(loaded.template.minutes))), .text(entry.origin.rawValue),
            .text(entry.path),
          ]))
      } catch let error as EssorError {
        failed = true
        rows.append(
          Row([
            .text(entry.id), .text(error.rendered(in: language)), .empty, .empty,
            .text(entry.origin.rawValue), .text(entry.path),
          ]))
      }
    }
    let document = Document(
      title: t("Modèles de présentation", "Pitch templates"), language: language,
      sections: [
        Section(
          title: t("Modèles", "Templates"),
          blocks: [
            .table(
              Table(
                id: "templates",
                columns: [
                  Column("id", "id", .text), Column("title", t("Titre", "Title"), .text),
                  Column("slides", t("Diapositives", "Slides"), .integer),
                  Column("minutes", "minutes", .integer),
                  Column("origin", t("Origine", "Origin"), .text),
                  Column("path", t("Fichier", "File"), .text),
                ], rows: rows))
          ])
      ])
    return ToolResult(
      document: document, status: failed ? ExitStatus(.badData) : .success,
      inputs: entries.map(\.path))
  }

  func lint() throws -> ToolResult {
    let file = input["file"] ?? ""
    let loaded = try PitchTemplateReader.load(path: file, knows: knows)
    let template = loaded.template
    return ToolResult(
      diagnostics: loaded.warnings,
      headline: LocalizedText(
        fr:
          "\(file) : « \(template.id) » — \(template.slides.count) diapositives, \(template.minutes) minutes ; \(loaded.warnings.count) avertissement(s).",
        en:
          "\(file): “\(template.id)” — \(template.slides.count) slides, \(template.minutes) minutes; \(loaded.warnings.count) warning(s)."
      ))
  }

  /// The outline; `writesEdits` refreshes `pitch/<template>.yaml` (keeping the mentor's
  /// edits), as `essor pitch outline` does.
  func outline(writesEdits: Bool) throws -> ToolResult {
    let (outline, editsPath, inputs) = try build()
    let findings = PitchCheck.findings(outline, file: editsPath)
    if writesEdits {
      try Folders.prepare((editsPath as NSString).deletingLastPathComponent)
      try AtomicFile.write(PitchEditsFile.text(outline.edits, language: language), to: editsPath)
    }
    let document = OutlineDocument(
      outline: outline, findings: findings, facts: context.facts, enterprise: context.enterprise
    ).build()
    return ToolResult(
      document: document, outcome: PitchOutcome(outline: outline, findings: findings),
      diagnostics: context.facts.failures, inputs: inputs, written: writesEdits ? [editsPath] : [])
  }

  func check() throws -> ToolResult {
    let (outline, editsPath, inputs) = try build()
    let findings = PitchCheck.findings(outline, file: editsPath)
    let errors = findings.errors.count
    let warnings = findings.warnings.count
    var blocks: [Block] = [
      .keyFigures([
        KeyFigure(t("Erreurs", "Errors"), Cell(.integer(Int64(errors)))),
        KeyFigure(t("Avertissements", "Warnings"), Cell(.integer(Int64(warnings)))),
        KeyFigure(
          t("Diapositives prêtes", "Slides ready"),
          Cell(.integer(Int64(outline.slides.filter { $0.status == .ready }.count))),
          note: t("sur \(outline.slides.count)", "of \(outline.slides.count)")),
      ])
    ]
    for finding in findings {
      let word =
        finding.severity == .error
        ? t("erreur", "error")
        : finding.severity == .warning ? t("avertissement", "warning") : t("à faire", "to do")
      blocks.append(
        .paragraph(
          "\(finding.location.map { "\($0): " } ?? "")\(word) [\(finding.source ?? "")] \(finding.message(language))"
        ))
      if let hint = finding.hint { blocks.append(.paragraph("  → " + hint(language))) }
    }
    if findings.isEmpty {
      blocks.append(.paragraph(t("Aucun problème trouvé.", "No problem found.")))
    }
    let document = Document(
      title: t("Vérification de la présentation", "Pitch check")
        + (context.enterprise.map { " — " + $0 } ?? ""),
      language: language,
      sections: [Section(title: outline.template.title(language), blocks: blocks)],
      payload: [
        ("errors", .integer(Int64(errors))), ("warnings", .integer(Int64(warnings))),
        (
          "findings",
          .array(
            findings.map {
              .object([
                ("check", .string($0.source ?? "")), ("severity", .string($0.severity.rawValue)),
                ("message", .string($0.message(language))),
              ])
            })
        ),
      ])
    return ToolResult(
      document: document, outcome: PitchOutcome(outline: outline, findings: findings),
      diagnostics: context.facts.failures, status: errors > 0 ? .findings : .success,
      inputs: inputs)
  }

  /// The outline of the workspace for the chosen template, the edits file's path and the
  /// files read.
  private func build() throws -> (Outline, String, [String]) {
    let workspace = try context.requireWorkspace()
    let templateID = input["template"] ?? PitchTool.defaultTemplate
    let entries = PitchTool.templates(workspace, environment: context.environment)
    guard let entry = entries.first(where: { $0.id == templateID }) else {
      let list = entries.map(\.id).joined(separator: ", ")
      throw EssorError(
        .invalidOption, at: .flag("--template"),
        LocalizedText(
          fr: "modèle de présentation « \(templateID.prefix(80)) » inconnu.",
          en: "unknown pitch template “\(templateID.prefix(80))”."),
        hint: LocalizedText(fr: "modèles : \(list).", en: "templates: \(list)."))
    }
    let template = try ParsedFileCache.value(entry.path) {
      try PitchTemplateReader.read(entry.load(), path: entry.path, knows: knows).template
    }
    var minutes: Int?
    if let text = input["minutes"] {
      guard let value = Int(text), (1...600).contains(value) else {
        throw EssorError(
          .invalidOption, at: .flag("--minutes"),
          LocalizedText(
            fr: "durée « \(text.prefix(80)) » refusée.", en: "time “\(text.prefix(80))” refused."),
          hint: LocalizedText(
            fr: "un nombre entier de minutes, de 1 à 600.",
            en: "a whole number of minutes, from 1 to 600."))
      }
      minutes = value
    }
    let editsPath = workspace.path(PitchTool.folder + "/" + template.id + ".yaml")
    var edits = PitchEdits(template: template.id)
    if FileManager.default.fileExists(atPath: editsPath) {
      edits = try PitchEditsFile.load(
        path: editsPath, template: template.id, knownSlides: Set(template.slides.map(\.id)))
    }
    let outline = OutlineBuilder(
      template: template, facts: context.facts, profile: workspace.profile, edits: edits,
      language: language
    ).build(minutes: minutes)
    return (outline, editsPath, [entry.path, editsPath, workspace.path(Workspace.profileFile)])
  }
}

/// What an outline or a check found, as values.
public struct PitchOutcome: ToolOutcome {
  public var outline: Outline
  public var findings: [Diagnostic]
}
