import EssorCore

/// Reads and writes answers files (`diagnostic/<template>.answers.yaml`).
///
/// An answers file for the template's current version must match it exactly (an unknown
/// question or a wrong value is an error with file:line and question id); one written for
/// an earlier version keeps the answers that still apply and lists those that no longer do.
public enum AnswersFile {
  /// The `schema:` versions of answers files this Essor reads.
  public static let supportedSchemas = 1...1

  /// An answer dropped when reading a file written for another version of the template.
  public struct Dropped: Sendable, Equatable {
    public var question: String
    public var reason: LocalizedText
  }

  /// Reads the answers at `path` for `questionnaire`.
  public static func load(path: String, questionnaire: Questionnaire) throws -> (
    sheet: AnswerSheet, dropped: [Dropped]
  ) {
    try read(YAMLDocument.load(path: path), questionnaire: questionnaire)
  }

  /// Reads parsed answers.
  public static func read(_ root: YAMLNode, questionnaire: Questionnaire) throws -> (
    sheet: AnswerSheet, dropped: [Dropped]
  ) {
    let map = try root.mapping()
    try map.rejectUnknownKeys(allowed: [
      "schema", "template", "version", "language", "started", "completed", "answers",
    ])
    try YAMLDocument.checkSchema(map, supported: supportedSchemas)
    let templateNode = try map.required("template")
    let template = try templateNode.text()
    guard template == questionnaire.id else {
      throw templateNode.error(
        .invalidValue,
        LocalizedText(
          fr:
            "ces réponses sont celles du questionnaire « \(template) », pas « \(questionnaire.id) ».",
          en: "these answers belong to the template “\(template)”, not “\(questionnaire.id)”."),
        hint: LocalizedText(
          fr: "choisissez le bon questionnaire avec --template \(template).",
          en: "choose the right template with --template \(template)."))
    }
    let version = try map.required("version").text()
    let sameVersion = version == questionnaire.version
    var sheet = AnswerSheet(
      template: template, version: questionnaire.version,
      language: try map.optional("language")?.choice(Language.self)
        ?? questionnaire.defaultLanguage,
      started: try map.optional("started")?.text() ?? "",
      completed: try map.optional("completed")?.text())
    var dropped: [Dropped] = []
    guard let answersNode = map.optional("answers") else { return (sheet, dropped) }
    let answers = try answersNode.mapping()
    for id in answers.keyNames {
      guard let node = answers.optional(id) else { continue }
      guard let question = questionnaire.question(id) else {
        if sameVersion {
          throw node.error(
            .unknownField,
            LocalizedText(
              fr:
                "la question « \(id) » n’existe pas dans « \(questionnaire.id) » \(questionnaire.version).",
              en:
                "the question “\(id)” does not exist in “\(questionnaire.id)” \(questionnaire.version)."
            ))
        }
        dropped.append(
          Dropped(
            question: id,
            reason: LocalizedText(
              fr: "la question n’existe plus", en: "the question no longer exists")))
        continue
      }
      do {
        sheet.answers[id] = try readAnswer(node, question: question)
      } catch let error as EssorError where !sameVersion {
        dropped.append(Dropped(question: id, reason: error.message))
      }
    }
    // A completion date stands only if every required question shown is answered.
    if sheet.completed != nil && !Scorer.score(sheet, questionnaire: questionnaire).isComplete {
      sheet.completed = nil
    }
    return (sheet, dropped)
  }

  private static func readAnswer(_ node: YAMLNode, question: Question) throws -> Answer {
    let fields = try node.mapping()
    try fields.rejectUnknownKeys(allowed: ["value", "na", "skipped", "evidence", "at"])
    let at = try fields.optional("at")?.text() ?? ""
    let evidence = try fields.optional("evidence")?.text()
    let states = ["value", "na", "skipped"].filter { fields.optional($0) != nil }
    guard states.count == 1 else {
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "une réponse a une valeur (value:), ou na: true, ou skipped: true — pas "
            + "\(states.isEmpty ? "aucun" : states.joined(separator: " et ")).",
          en: "an answer has a value (value:), or na: true, or skipped: true — not "
            + "\(states.isEmpty ? "none" : states.joined(separator: " and "))."))
    }
    if let na = fields.optional("na"), try na.text() == "true" {
      guard question.allowsNA else {
        throw na.error(
          .invalidValue,
          LocalizedText(
            fr: "la question « \(question.id) » n’accepte pas « na ».",
            en: "the question “\(question.id)” does not accept “na”."))
      }
      return Answer(.notApplicable, evidence: evidence, at: at)
    }
    if let skipped = fields.optional("skipped"), try skipped.text() == "true" {
      return Answer(.skipped, evidence: evidence, at: at)
    }
    let valueNode = try fields.required("value")
    let value: AnswerValue
    switch question.type {
    case .multi:
      let items: [YAMLNode]
      if case .scalar = valueNode.content {
        items = [valueNode]
      } else {
        items = try valueNode.sequence()
      }
      let ids = try items.map { try $0.text() }
      if let problem = AnswerParser.check(choices: ids, for: question) {
        throw valueNode.error(.invalidValue, problem)
      }
      value = .choices(ids)
    default:
      let text = try valueNode.text()
      switch AnswerParser.parse(stored: text, for: question) {
      case .success(let parsed): value = parsed
      case .failure(let problem):
        throw valueNode.error(.invalidValue, problem.message)
      }
    }
    return Answer(.value(value), evidence: evidence, at: at)
  }

  /// The file's text: every answer in question order, one line each.
  public static func text(_ sheet: AnswerSheet, questionnaire: Questionnaire) -> String {
    var lines = [
      "# " + sheetComment(questionnaire, sheet.language),
      "schema: 1",
      "template: " + sheet.template,
      "version: " + YAMLText.quoted(sheet.version),
      "language: " + sheet.language.rawValue,
      "started: " + YAMLText.quoted(sheet.started),
    ]
    if let completed = sheet.completed { lines.append("completed: " + YAMLText.quoted(completed)) }
    lines.append(sheet.answers.isEmpty ? "answers: {}" : "answers:")
    for question in questionnaire.questions {
      guard let answer = sheet.answers[question.id] else { continue }
      var fields: [String] = []
      switch answer.state {
      case .notApplicable: fields.append("na: true")
      case .skipped: fields.append("skipped: true")
      case .value(let value): fields.append("value: " + yaml(value))
      }
      fields.append("at: " + YAMLText.quoted(answer.at))
      if let evidence = answer.evidence { fields.append("evidence: " + YAMLText.quoted(evidence)) }
      lines.append("  \(question.id): {" + fields.joined(separator: ", ") + "}")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func sheetComment(_ questionnaire: Questionnaire, _ language: Language) -> String {
    let title = String(
      String.UnicodeScalarView(
        questionnaire.title(language).unicodeScalars.map {
          $0.isControlOrFormatting ? " " : $0
        }))
    return language == .fr
      ? "Réponses — \(title) — enregistrées par essor après chaque réponse."
      : "Answers — \(title) — saved by essor after every answer."
  }

  private static func yaml(_ value: AnswerValue) -> String {
    switch value {
    case .choice(let id): return id
    case .choices(let ids): return "[" + ids.joined(separator: ", ") + "]"
    case .integer(let number): return String(number)
    case .number(let number): return Expression.text(number)
    case .bool(let flag): return flag ? "true" : "false"
    case .text(let text): return YAMLText.quoted(text)
    case .date(let date): return date.description
    }
  }
}
