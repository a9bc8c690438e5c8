import EssorCore

/// Reads a questionnaire template, then lints it.
///
/// Reading checks the file's form: the fields, their types and values, the conditions'
/// syntax, a default-language text for every label (errors with file:line). The
/// ``TemplateLint`` rules then check what the template means — duplicate questions, unknown
/// or forward references, choices that do not exist, `exclusive` outside `multi`, maximums
/// out of reach, dimensions with no scored question, levels in order — and warn about labels
/// missing in the other language.
public enum QuestionnaireReader {
  /// The `schema:` versions of templates this Essor reads.
  public static let supportedSchemas = 1...1

  static let fields = [
    "schema", "id", "version", "default-language", "title", "description", "min-coverage",
    "dimensions", "levels", "sections", "must-pass", "recommendations",
  ]
  static let questionFields = [
    "id", "type", "title", "help", "required", "na", "when", "evidence", "choices", "min", "max",
    "unit", "from", "to", "labels", "scoring", "profile",
  ]

  /// A questionnaire with the lint warnings its file gave.
  public struct Result: Sendable {
    public var questionnaire: Questionnaire
    public var warnings: [Diagnostic]
  }

  /// Loads the template at `path`; the first lint error (in file order) stops it.
  public static func load(path: String) throws -> Result {
    try read(YAMLDocument.load(path: path), path: path)
  }

  /// Reads and lints a parsed template; the first lint error (in file order) stops it.
  public static func read(_ root: YAMLNode, path: String) throws -> Result {
    let questionnaire = try parse(root, path: path)
    let findings = TemplateLint.run(questionnaire)
    if let error = findings.errors.first { throw error.error }
    return Result(questionnaire: questionnaire, warnings: findings.warnings)
  }

  /// Reads a parsed template without linting it (the lint and its tests start from here).
  public static func parse(_ root: YAMLNode, path: String) throws -> Questionnaire {
    var reader = Reader(path: path)
    return try reader.read(root)
  }

  /// The state of one read: the language labels fall back to, and the labels it lacks.
  private struct Reader {
    let path: String
    var language: Language = .fr
    /// Labels missing the other language, for the lint's warnings.
    var untranslated: [YAMLNode] = []

    init(path: String) { self.path = path }

    mutating func label(_ node: YAMLNode) throws -> LocalizedText {
      let (text, missing) = try node.localizedText(defaultLanguage: language)
      if missing.contains(where: { $0 != language }) { untranslated.append(node) }
      return text
    }

    mutating func read(_ root: YAMLNode) throws -> Questionnaire {
      let map = try root.mapping()
      try map.rejectUnknownKeys(allowed: QuestionnaireReader.fields)
      try YAMLDocument.checkSchema(map, supported: QuestionnaireReader.supportedSchemas)
      language = try map.optional("default-language")?.choice(Language.self) ?? .fr
      let id = try QuestionnaireReader.identifier(try map.required("id"), dashes: true)
      let version = try map.required("version").text()
      let coverage =
        try map.optional("min-coverage")?.value(
          allowed: LocalizedText(
            fr: "une part de 0 à 100 %, ex. 60%", en: "a share from 0 to 100%, e.g. 60%")
        ) { Rate.parse($0).flatMap { (0...1).contains($0.fraction) ? $0.fraction : nil } } ?? 0.6

      var dimensions: [Dimension] = []
      for node in try map.required("dimensions").sequence() {
        let fields = try node.mapping()
        try fields.rejectUnknownKeys(allowed: ["id", "title", "weight"])
        let idNode = try fields.required("id")
        let dimensionID = try QuestionnaireReader.identifier(idNode, dashes: true)
        try QuestionnaireReader.unique(
          dimensionID, idNode, among: dimensions.map(\.id), what: "dimension")
        dimensions.append(
          Dimension(
            id: dimensionID, title: try label(try fields.required("title")),
            weight: try fields.optional("weight").map { try QuestionnaireReader.positive($0) } ?? 1,
            node: idNode)
        )
      }
      guard !dimensions.isEmpty else {
        throw try map.required("dimensions").error(
          .invalidValue, LocalizedText(fr: "aucune dimension.", en: "no dimension."))
      }

      var levels: [Level] = []
      for node in try map.required("levels").sequence() {
        let fields = try node.mapping()
        try fields.rejectUnknownKeys(allowed: ["id", "min", "title"])
        let idNode = try fields.required("id")
        let levelID = try QuestionnaireReader.identifier(idNode, dashes: true)
        try QuestionnaireReader.unique(levelID, idNode, among: levels.map(\.id), what: "level")
        let minNode = try fields.required("min")
        let minimum = try QuestionnaireReader.number(minNode, in: 0...100)
        levels.append(
          Level(
            id: levelID, minimum: minimum, title: try label(try fields.required("title")),
            node: minNode))
      }
      guard !levels.isEmpty else {
        throw try map.required("levels").error(
          .invalidValue, LocalizedText(fr: "aucun niveau.", en: "no level."))
      }

      var sections: [QuestionSection] = []
      var questions: [Question] = []
      for node in try map.required("sections").sequence() {
        let fields = try node.mapping()
        try fields.rejectUnknownKeys(allowed: ["id", "title", "when", "questions"])
        let idNode = try fields.required("id")
        let sectionID = try QuestionnaireReader.identifier(idNode, dashes: true)
        try QuestionnaireReader.unique(
          sectionID, idNode, among: sections.map(\.id), what: "section")
        let when = try fields.optional("when").map(QuestionnaireReader.condition)
        sections.append(
          QuestionSection(
            id: sectionID, title: try label(try fields.required("title")), when: when,
            node: idNode))
        for questionNode in try fields.required("questions").sequence() {
          guard questions.count < InputLimits.questionsPerTemplate else {
            throw questionNode.tooMany(
              questions.count + 1, limit: InputLimits.questionsPerTemplate,
              of: LocalizedText(fr: "questions au moins", en: "questions at least"))
          }
          questions.append(
            try readQuestion(questionNode, section: sectionID, dimensions: dimensions))
        }
      }
      guard !questions.isEmpty else {
        throw try map.required("sections").error(
          .invalidValue, LocalizedText(fr: "aucune question.", en: "no question."))
      }
      var mustPass: [MustPass] = []
      for node in try map.optional("must-pass")?.sequence() ?? [] {
        let fields = try node.mapping()
        try fields.rejectUnknownKeys(allowed: ["id", "require", "cap", "title"])
        let idNode = try fields.required("id")
        let ruleID = try QuestionnaireReader.identifier(idNode, dashes: true)
        try QuestionnaireReader.unique(ruleID, idNode, among: mustPass.map(\.id), what: "rule")
        let capNode = try fields.required("cap")
        let cap = try capNode.value(
          allowed: LocalizedText(
            fr: "l’un des niveaux \(levels.map(\.id).joined(separator: ", "))",
            en: "one of the levels \(levels.map(\.id).joined(separator: ", "))")
        ) { text in levels.contains { $0.id == text } ? text : nil }
        mustPass.append(
          MustPass(
            id: ruleID,
            require: try QuestionnaireReader.condition(try fields.required("require")),
            cap: cap, title: try label(try fields.required("title"))))
      }
      var recommendations: [Recommendation] = []
      for node in try map.optional("recommendations")?.sequence() ?? [] {
        let fields = try node.mapping()
        try fields.rejectUnknownKeys(allowed: ["id", "when", "priority", "dimension", "text"])
        let idNode = try fields.required("id")
        let ruleID = try QuestionnaireReader.identifier(idNode, dashes: true)
        try QuestionnaireReader.unique(
          ruleID, idNode, among: recommendations.map(\.id), what: "recommendation")
        let dimension = try fields.optional("dimension")?.value(
          allowed: LocalizedText(
            fr: "l’une des dimensions \(dimensions.map(\.id).joined(separator: ", "))",
            en: "one of the dimensions \(dimensions.map(\.id).joined(separator: ", "))")
        ) { text in dimensions.contains { $0.id == text } ? text : nil }
        recommendations.append(
          Recommendation(
            id: ruleID,
            when: try QuestionnaireReader.condition(try fields.required("when")),
            priority: try fields.optional("priority")?.integer(in: 1...9) ?? 2,
            dimension: dimension, text: try label(try fields.required("text"))))
      }
      return Questionnaire(
        id: id, version: version, defaultLanguage: language,
        title: try label(try map.required("title")),
        description: try map.optional("description").map { try label($0) },
        minimumCoverage: coverage, dimensions: dimensions, levels: levels, sections: sections,
        questions: questions, mustPass: mustPass, recommendations: recommendations, path: path,
        untranslated: untranslated)
    }

    // MARK: Questions

    mutating func readQuestion(_ node: YAMLNode, section: String, dimensions: [Dimension])
      throws -> Question
    {
      let fields = try node.mapping()
      try fields.rejectUnknownKeys(allowed: QuestionnaireReader.questionFields)
      let idNode = try fields.required("id")
      let id = try QuestionnaireReader.identifier(idNode, dashes: false)
      let type = try fields.required("type").choice(QuestionType.self)
      let when = try fields.optional("when").map(QuestionnaireReader.condition)
      var question = Question(
        id: id, type: type, title: try label(try fields.required("title")),
        help: try fields.optional("help").map { try label($0) },
        required: try fields.optional("required").map(QuestionnaireReader.boolean) ?? false,
        allowsNA: try fields.optional("na").map(QuestionnaireReader.boolean) ?? false, when: when,
        evidence: try fields.optional("evidence").map { try label($0) }, choices: [],
        minimumSelections: nil, maximumSelections: nil, scale: nil, scaleLabels: (nil, nil),
        minimum: nil, maximum: nil, unit: try fields.optional("unit")?.text(), scoring: nil,
        section: section, line: node.line, node: idNode)
      try QuestionnaireReader.onlyFor(
        type, fields, ["choices"], [.single, .multi])
      try QuestionnaireReader.onlyFor(type, fields, ["from", "to", "labels"], [.scale])
      try QuestionnaireReader.onlyFor(
        type, fields, ["min", "max"], [.multi, .integer, .number])
      try QuestionnaireReader.onlyFor(type, fields, ["unit"], [.integer, .number])
      try QuestionnaireReader.onlyFor(
        type, fields, ["profile"], [.single, .integer, .number])
      question.profileField = try fields.optional("profile")?.choice(ProfileField.self)
      if type == .single || type == .multi {
        let choicesNode = try fields.required("choices")
        for choiceNode in try choicesNode.sequence() {
          let choice = try choiceNode.mapping()
          try choice.rejectUnknownKeys(allowed: ["id", "title", "score", "exclusive"])
          let choiceIDNode = try choice.required("id")
          let choiceID = try QuestionnaireReader.identifier(choiceIDNode, dashes: true)
          try QuestionnaireReader.unique(
            choiceID, choiceIDNode, among: question.choices.map(\.id), what: "choice")
          let exclusiveNode = choice.optional("exclusive")
          let exclusive = try exclusiveNode.map(QuestionnaireReader.boolean) ?? false
          question.choices.append(
            Choice(
              id: choiceID, title: try label(try choice.required("title")),
              score: try choice.optional("score").map {
                try QuestionnaireReader.number($0, in: 0...1000)
              }
                ?? 0, exclusive: exclusive, node: exclusiveNode ?? choiceIDNode))
        }
        guard question.choices.count >= 2 else {
          throw choicesNode.error(
            .invalidValue, LocalizedText(fr: "2 choix au moins.", en: "at least 2 choices."))
        }
      }
      if type == .multi {
        let count = question.choices.count
        question.minimumSelections = try fields.optional("min")?.integer(in: 0...count)
        question.maximumSelections = try fields.optional("max")?.integer(in: 1...count)
        if let low = question.minimumSelections, let high = question.maximumSelections, low > high {
          throw try fields.required("min").error(
            .invalidValue, LocalizedText(fr: "min dépasse max.", en: "min exceeds max."))
        }
      }
      if type == .integer || type == .number {
        question.minimum = try fields.optional("min").map { try QuestionnaireReader.number($0) }
        question.maximum = try fields.optional("max").map { try QuestionnaireReader.number($0) }
        if let low = question.minimum, let high = question.maximum, low > high {
          throw try fields.required("min").error(
            .invalidValue, LocalizedText(fr: "min dépasse max.", en: "min exceeds max."))
        }
      }
      if type == .scale {
        let from = try fields.required("from").integer(in: 0...100)
        let toNode = try fields.required("to")
        let to = try toNode.integer(in: 0...100)
        guard from < to else {
          throw toNode.error(
            .invalidValue,
            LocalizedText(fr: "to doit dépasser from.", en: "to must be above from."))
        }
        question.scale = from...to
        if let labels = try fields.optional("labels")?.mapping() {
          try labels.rejectUnknownKeys(allowed: ["from", "to"])
          question.scaleLabels = (
            try labels.optional("from").map { try label($0) },
            try labels.optional("to").map { try label($0) }
          )
        }
      }
      if let scoringNode = fields.optional("scoring") {
        question.scoring = try readScoring(scoringNode, question: question, dimensions: dimensions)
      }
      return question
    }

    mutating func readScoring(_ node: YAMLNode, question: Question, dimensions: [Dimension])
      throws -> Scoring
    {
      guard question.type.isScorable else {
        throw node.error(
          .invalidValue,
          LocalizedText(
            fr: "une question \(question.type.rawValue) ne se note pas.",
            en: "a \(question.type.rawValue) question cannot be scored."))
      }
      let fields = try node.mapping()
      try fields.rejectUnknownKeys(allowed: ["dimension", "weight", "max", "bands", "yes", "no"])
      let dimension = try fields.required("dimension").value(
        allowed: LocalizedText(
          fr: "l’une des dimensions \(dimensions.map(\.id).joined(separator: ", "))",
          en: "one of the dimensions \(dimensions.map(\.id).joined(separator: ", "))")
      ) { text in dimensions.contains { $0.id == text } ? text : nil }
      var scoring = Scoring(
        dimension: dimension,
        weight: try fields.optional("weight").map { try QuestionnaireReader.positive($0) } ?? 1,
        maximum: 0, bands: [], yes: 1, no: 0)
      try QuestionnaireReader.onlyFor(question.type, fields, ["bands"], [.integer, .number])
      try QuestionnaireReader.onlyFor(question.type, fields, ["yes", "no"], [.boolean])
      let reachable: Double
      switch question.type {
      case .single:
        reachable = question.choices.map(\.score).max() ?? 0
      case .multi:
        let scores = question.choices.filter { !$0.exclusive }.map(\.score).sorted(by: >)
        let best = scores.prefix(question.maximumSelections ?? scores.count).reduce(0, +)
        reachable = max(best, question.choices.filter(\.exclusive).map(\.score).max() ?? 0)
      case .scale:
        reachable = Double((question.scale?.upperBound ?? 0) - (question.scale?.lowerBound ?? 0))
      case .integer, .number:
        let bandsNode = try fields.required("bands")
        for bandNode in try bandsNode.sequence() {
          let band = try bandNode.mapping()
          try band.rejectUnknownKeys(allowed: ["below", "score"])
          scoring.bands.append(
            Scoring.Band(
              below: try band.optional("below").map { try QuestionnaireReader.number($0) },
              score: try QuestionnaireReader.number(try band.required("score"), in: 0...1000)))
        }
        guard scoring.bands.last?.below == nil else {
          throw bandsNode.error(
            .invalidValue,
            LocalizedText(
              fr: "la dernière bande n’a pas de below: elle prend tout le reste.",
              en: "the last band has no below: it takes everything else."))
        }
        reachable = scoring.bands.map(\.score).max() ?? 0
      case .boolean:
        scoring.yes =
          try fields.optional("yes").map { try QuestionnaireReader.number($0, in: 0...1000) } ?? 1
        scoring.no =
          try fields.optional("no").map { try QuestionnaireReader.number($0, in: 0...1000) } ?? 0
        reachable = max(scoring.yes, scoring.no)
      case .text, .longtext, .date, .info:
        reachable = 0
      }
      // The lint judges a stated max the answers cannot reach, or no reachable point at all.
      scoring.reachable = reachable
      scoring.node = fields.optional("max") ?? node
      if let maxNode = fields.optional("max") {
        let stated = try QuestionnaireReader.positive(maxNode)
        scoring.statedMaximum = stated
        scoring.maximum = min(stated, reachable)
      } else {
        scoring.maximum = reachable
      }
      return scoring
    }
  }

  // MARK: Conditions

  /// A condition, parsed: a text that does not parse is an error at its line; what it names
  /// is judged by the lint.
  static func condition(_ node: YAMLNode) throws -> Condition {
    let text = try node.text()
    do {
      return Condition(text: text, expression: try ExpressionParser.parse(text), node: node)
    } catch {
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "condition illisible à la position \(error.offset + 1) : \(error.message).",
          en: "unreadable condition at position \(error.offset + 1): \(error.message)."),
        hint: LocalizedText(
          fr: "ex. legal_form == 'scic' and selected(funds, 'bank')",
          en: "e.g. legal_form == 'scic' and selected(funds, 'bank')"))
    }
  }

  // MARK: Values

  static func identifier(_ node: YAMLNode, dashes: Bool) throws -> String {
    try node.value(
      allowed: dashes
        ? LocalizedText(
          fr: "des minuscules, chiffres, - et _, commençant par une lettre",
          en: "lowercase letters, digits, - and _, starting with a letter")
        : LocalizedText(
          fr: "des minuscules, chiffres et _, commençant par une lettre",
          en: "lowercase letters, digits and _, starting with a letter")
    ) { text in
      guard let first = text.first, first.isASCII, first.isLetter, first.isLowercase,
        text.count <= 60,
        text.allSatisfy({
          ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" || (dashes && $0 == "-")
        })
      else { return nil }
      return text
    }
  }

  static func unique(_ id: String, _ node: YAMLNode, among ids: [String], what: String) throws {
    guard ids.contains(id) else { return }
    throw node.error(
      .duplicate,
      LocalizedText(
        fr: "« \(id) » apparaît deux fois (\(what)).", en: "“\(id)” appears twice (\(what))."))
  }

  static func number(_ node: YAMLNode, in range: ClosedRange<Double> = -1e12...1e12) throws
    -> Double
  {
    try node.value(
      allowed: LocalizedText(
        fr:
          "un nombre de \(Expression.text(range.lowerBound)) à \(Expression.text(range.upperBound))",
        en:
          "a number from \(Expression.text(range.lowerBound)) to \(Expression.text(range.upperBound))"
      )
    ) { text in
      Double(text.replacingOccurrences(of: ",", with: ".")).flatMap {
        $0.isFinite && range.contains($0) ? $0 : nil
      }
    }
  }

  static func positive(_ node: YAMLNode) throws -> Double {
    try node.value(
      allowed: LocalizedText(fr: "un nombre positif", en: "a positive number")
    ) { text in Double(text).flatMap { $0.isFinite && $0 > 0 && $0 <= 1000 ? $0 : nil } }
  }

  static func boolean(_ node: YAMLNode) throws -> Bool {
    try node.value(allowed: LocalizedText(fr: "true ou false", en: "true or false")) {
      switch $0 {
      case "true": return true
      case "false": return false
      default: return nil
      }
    }
  }

  /// Refuses fields that only make sense for other question types.
  static func onlyFor(
    _ type: QuestionType, _ fields: YAMLMapping, _ keys: [String], _ types: [QuestionType]
  ) throws {
    guard !types.contains(type) else { return }
    for key in keys {
      if let node = fields.optional(key) {
        let list = types.map(\.rawValue).joined(separator: ", ")
        throw node.error(
          .unknownField,
          LocalizedText(
            fr: "« \(key) » ne vaut que pour les questions \(list).",
            en: "“\(key)” only applies to \(list) questions."))
      }
    }
  }
}
