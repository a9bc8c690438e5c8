import EssorCore
import Foundation

/// Reads and writes `pitch/<template>.yaml`, the mentor's edits of an outline.
///
/// The file is written anew at each `essor pitch outline`, with what the mentor set kept
/// and the generated draft and figures refreshed; comments typed in it are not kept.
public enum PitchEditsFile {
  public static let supportedSchemas = 1...1
  static let fields = ["schema", "template", "minutes", "slides"]
  static let slideFields = [
    "id", "title", "message", "quoted", "status", "notes", "comment", "drop", "draft", "figures",
  ]

  /// Reads the edits at `path`; `knownSlides` are the template's slide ids (another id is
  /// a slide the mentor adds, which needs a title).
  public static func load(path: String, template: String, knownSlides: Set<String>) throws
    -> PitchEdits
  {
    let map = try YAMLDocument.load(path: path).mapping()
    try map.rejectUnknownKeys(allowed: fields)
    try YAMLDocument.checkSchema(map, supported: supportedSchemas)
    let templateNode = try map.required("template")
    guard try templateNode.text() == template else {
      throw templateNode.error(
        .invalidValue,
        LocalizedText(
          fr:
            "ce fichier est celui du modèle « \(try templateNode.text().prefix(80)) », pas de « \(template) ».",
          en:
            "this file belongs to the template “\(try templateNode.text().prefix(80))”, not “\(template)”."
        ))
    }
    var edits = PitchEdits(template: template)
    edits.minutes = try map.optional("minutes")?.integer(in: 1...600)
    for node in try map.optional("slides")?.sequence() ?? [] {
      let fields = try node.mapping()
      try fields.rejectUnknownKeys(allowed: slideFields)
      let idNode = try fields.required("id")
      let id = try idNode.text()
      if let other = edits.slides.first(where: { $0.id == id }) {
        throw idNode.error(
          .duplicate,
          LocalizedText(
            fr:
              "la diapositive « \(id.prefix(80)) » apparaît deux fois (déjà ligne \(other.line ?? 0)).",
            en: "the slide “\(id.prefix(80))” appears twice (already on line \(other.line ?? 0))."))
      }
      var slide = PitchEdits.Slide(id: id)
      slide.line = node.line
      slide.title = try fields.optional("title")?.text()
      if !knownSlides.contains(id) && slide.title == nil {
        throw idNode.error(
          .invalidValue,
          LocalizedText(
            fr:
              "« \(id.prefix(80)) » n’est pas une diapositive du modèle ; pour en ajouter une, donnez-lui un title:.",
            en: "“\(id.prefix(80))” is not a slide of the template; to add one, give it a title:."),
          hint: LocalizedText(
            fr: "diapositives : \(knownSlides.sorted().joined(separator: ", ")).",
            en: "slides: \(knownSlides.sorted().joined(separator: ", "))."))
      }
      slide.message = try fields.optional("message")?.text()
      slide.status = try fields.optional("status")?.choice(PitchEdits.Status.self) ?? .todo
      slide.notes = try fields.optional("notes")?.text()
      slide.comment = try fields.optional("comment")?.text()
      if let drop = fields.optional("drop") {
        slide.dropped = try drop.value(
          allowed: LocalizedText(fr: "true ou false", en: "true or false")
        ) { ["true": true, "false": false][$0] }
      }
      slide.draft = try fields.optional("draft")?.text()
      slide.quoted = try pairs(fields.optional("quoted"))
      slide.figures = try pairs(fields.optional("figures"))
      edits.slides.append(slide)
    }
    return edits
  }

  private static func pairs(_ node: YAMLNode?) throws -> [(name: String, value: String)] {
    guard let node else { return [] }
    let map = try node.mapping()
    return try map.keyNames.map { key in (key, try map.required(key).text()) }
  }

  /// The file's text: a header that says what to edit, then every slide.
  public static func text(_ edits: PitchEdits, language: Language) -> String {
    let fr = language == .fr
    var lines = [
      fr
        ? "# Plan de présentation « \(edits.template) » — modifiez message:, status: (todo, draft, ready),"
        : "# Pitch outline “\(edits.template)” — edit message:, status: (todo, draft, ready),",
      fr
        ? "# notes:, comment: et drop: de chaque diapositive, et leur ordre ; ajoutez-en avec id: et title:."
        : "# notes:, comment: and drop: of each slide, and their order; add one with id: and title:.",
      fr
        ? "# Essor réécrit draft: et figures: à chaque « essor pitch outline » ; votre message: n’est jamais changé."
        : "# Essor rewrites draft: and figures: at each “essor pitch outline”; your message: is never changed.",
      "schema: 1",
      "template: " + YAMLText.quoted(edits.template),
    ]
    if let minutes = edits.minutes { lines.append("minutes: \(minutes)") }
    lines.append("slides:")
    for slide in edits.slides {
      lines.append("  - id: " + YAMLText.quoted(slide.id))
      if let title = slide.title { lines.append("    title: " + YAMLText.quoted(title)) }
      lines.append("    status: " + slide.status.rawValue)
      if slide.dropped { lines.append("    drop: true") }
      if let message = slide.message { lines.append("    message: " + YAMLText.quoted(message)) }
      if !slide.quoted.isEmpty {
        lines.append("    quoted:")
        lines += slide.quoted.map {
          "      " + YAMLText.quoted($0.name) + ": " + YAMLText.quoted($0.value)
        }
      }
      if let notes = slide.notes { lines.append("    notes: " + YAMLText.quoted(notes)) }
      if let comment = slide.comment { lines.append("    comment: " + YAMLText.quoted(comment)) }
      if let draft = slide.draft { lines.append("    draft: " + YAMLText.quoted(draft)) }
      if !slide.figures.isEmpty {
        lines.append("    figures:")
        lines += slide.figures.map {
          "      " + YAMLText.quoted($0.name) + ": " + YAMLText.quoted($0.value)
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
