import EssorCore
import Foundation

/// The Pitch tool's facts, from the default template's outline and the mentor's edits.
enum PitchFacts {
  static let provider = FactProvider(
    id: "pitch.outline",
    provides: [Facts.Pitch.readiness.erased, Facts.Pitch.gaps.erased],
    hint: LocalizedText(
      fr: "préparez la présentation (essor pitch outline)",
      en: "prepare the pitch (essor pitch outline)")
  ) { context in
    var facts = FactSet()
    let workspace = context.workspace
    let entries = PitchTool.templates(workspace, environment: context.environment)
    guard let entry = entries.first(where: { $0.id == PitchTool.defaultTemplate }) else {
      return facts
    }
    let template = try ParsedFileCache.value(entry.path) {
      try PitchTemplateReader.read(entry.load(), path: entry.path) {
        context.facts.declaredKey($0) != nil
      }
      .template
    }
    let editsPath = workspace.path(PitchTool.folder + "/" + template.id + ".yaml")
    var edits = PitchEdits(template: template.id)
    if FileManager.default.fileExists(atPath: editsPath) {
      edits = try PitchEditsFile.load(
        path: editsPath, template: template.id, knownSlides: Set(template.slides.map(\.id)))
    }
    let outline = OutlineBuilder(
      template: template, facts: context.facts, profile: workspace.profile, edits: edits,
      language: workspace.profile.language
    ).build(minutes: nil)
    let source = "pitch/" + template.id + ".yaml"
    let ready = outline.slides.filter { $0.status == .ready }.count
    facts.set(
      Facts.Pitch.readiness,
      outline.slides.isEmpty ? 0 : Double(ready) / Double(outline.slides.count), source: source)
    facts.set(
      Facts.Pitch.gaps,
      FactList(
        outline.slides.filter { !$0.missing.isEmpty }.map { slide in
          FactTerm(
            id: slide.id,
            label: LocalizedText(
              fr: "\(slide.title) : il manque \(slide.missing.map(\.fact).joined(separator: ", "))",
              en: "\(slide.title): missing \(slide.missing.map(\.fact).joined(separator: ", "))"))
        }), source: source)
    return facts
  }
}
