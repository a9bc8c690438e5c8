import EssorCore

/// Reads and lints a pitch template: duplicate slide ids, unknown facts, malformed
/// placeholders and weights stop the load with file:line; a text missing in the other
/// language is a warning.
public enum PitchTemplateReader {
  /// The `schema:` versions read.
  public static let supportedSchemas = 1...1
  /// The most slides a template may hold.
  public static let maximumSlides = 40

  static let fields = [
    "schema", "id", "default-language", "title", "audience", "minutes", "slides",
  ]
  static let slideFields = [
    "id", "title", "purpose", "message", "facts", "prompts", "evidence", "notes", "weight",
  ]

  /// A template with the warnings its file gave.
  public struct Result: Sendable {
    public var template: PitchTemplate
    public var warnings: [Diagnostic]
  }

  /// Loads the template at `path`; `knows` says whether a fact exists.
  public static func load(path: String, knows: (String) -> Bool) throws -> Result {
    try read(YAMLDocument.load(path: path), path: path, knows: knows)
  }

  /// Reads a parsed template.
  public static func read(_ root: YAMLNode, path: String, knows: (String) -> Bool) throws -> Result
  {
    let map = try root.mapping()
    try map.rejectUnknownKeys(allowed: fields)
    try YAMLDocument.checkSchema(map, supported: supportedSchemas)
    var warnings: [Diagnostic] = []
    let language = try map.optional("default-language")?.choice(Language.self) ?? .fr
    func label(_ node: YAMLNode) throws -> LocalizedText {
      let (text, missing) = try node.localizedText(defaultLanguage: language)
      for other in missing where other != language {
        warnings.append(
          Diagnostic(
            .warning, .missingField, source: "translations", at: node.location,
            LocalizedText(
              fr:
                "pas de texte en « \(other.rawValue) » : le texte en « \(language.rawValue) » sera affiché.",
              en: "no “\(other.rawValue)” text: the “\(language.rawValue)” text will be shown.")))
      }
      return text
    }
    let idNode = try map.required("id")
    let id = try idNode.text()
    guard !id.isEmpty, id.allSatisfy({ ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" })
    else {
      throw idNode.error(
        .invalidValue,
        LocalizedText(
          fr: "id « \(id.prefix(80)) » refusé : minuscules, chiffres et tirets.",
          en: "id “\(id.prefix(80))” refused: lowercase letters, digits and dashes."))
    }
    let minutes = try map.optional("minutes")?.integer(in: 1...600) ?? 10
    let slideNodes = try map.required("slides").sequence()
    guard (1...maximumSlides).contains(slideNodes.count) else {
      throw try map.required("slides").error(
        .invalidValue,
        LocalizedText(
          fr: "de 1 à \(maximumSlides) diapositives ; \(slideNodes.count) ici.",
          en: "1 to \(maximumSlides) slides; \(slideNodes.count) here."))
    }
    var slides: [SlideSpec] = []
    for node in slideNodes {
      let fields = try node.mapping()
      try fields.rejectUnknownKeys(allowed: slideFields)
      let slideIDNode = try fields.required("id")
      let slideID = try slideIDNode.text()
      guard !slideID.isEmpty,
        slideID.allSatisfy({ ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" })
      else {
        throw slideIDNode.error(
          .invalidValue,
          LocalizedText(
            fr:
              "id de diapositive « \(slideID.prefix(80)) » refusé : minuscules, chiffres et tirets.",
            en: "slide id “\(slideID.prefix(80))” refused: lowercase letters, digits and dashes."))
      }
      if let other = slides.first(where: { $0.id == slideID }) {
        throw slideIDNode.error(
          .duplicate,
          LocalizedText(
            fr: "la diapositive « \(slideID) » est déjà définie ligne \(other.line).",
            en: "the slide “\(slideID)” is already defined on line \(other.line)."))
      }
      var facts: [String] = []
      if let list = fields.optional("facts") {
        for factNode in try list.sequence() {
          let name = try factNode.text()
          guard knows(name) else { throw unknownFact(name, factNode) }
          facts.append(name)
        }
      }
      var message: LocalizedText?
      if let messageNode = fields.optional("message") {
        let text = try label(messageNode)
        for variant in [text.fr, text.en] {
          guard let placeholders = MessageTemplate(variant).placeholders else {
            throw messageNode.error(
              .invalidValue,
              LocalizedText(fr: "une accolade n’est pas fermée.", en: "a brace is not closed."))
          }
          for placeholder in placeholders {
            if placeholder.isProfile {
              let field = String(placeholder.name.dropFirst("profile.".count))
              guard MessageTemplate.profileFields.contains(field) else {
                throw messageNode.error(
                  .invalidValue,
                  LocalizedText(
                    fr:
                      "champ de profil « \(field) » inconnu ; champs : \(MessageTemplate.profileFields.joined(separator: ", ")).",
                    en:
                      "unknown profile field “\(field)”; fields: \(MessageTemplate.profileFields.joined(separator: ", "))."
                  ))
              }
            } else if !knows(placeholder.name) {
              throw unknownFact(placeholder.name, messageNode)
            }
          }
        }
        message = text
      }
      let weightNode = fields.optional("weight")
      let weight =
        try weightNode.map { node -> Double in
          try node.value(
            allowed: LocalizedText(fr: "un nombre de 0,1 à 10", en: "a number from 0.1 to 10")
          ) { Double($0).flatMap { (0.1...10).contains($0) ? $0 : nil } }
        } ?? 1
      slides.append(
        SlideSpec(
          id: slideID, title: try label(fields.required("title")),
          purpose: try label(fields.required("purpose")), message: message, facts: facts,
          prompts: try fields.optional("prompts")?.sequence().map(label) ?? [],
          evidence: try fields.optional("evidence").map(label),
          notes: try fields.optional("notes").map(label), weight: weight, line: node.line))
    }
    return Result(
      template: PitchTemplate(
        id: id, title: try label(map.required("title")),
        audience: try map.optional("audience").map(label), minutes: minutes, slides: slides,
        path: path),
      warnings: warnings)
  }

  private static func unknownFact(_ name: String, _ node: YAMLNode) -> EssorError {
    node.error(
      .invalidValue,
      LocalizedText(
        fr: "fait « \(name.prefix(80)) » inconnu (voir « essor tools »).",
        en: "unknown fact “\(name.prefix(80))” (see “essor tools”)."))
  }
}
