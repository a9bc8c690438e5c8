import EssorCore
import Foundation

/// Reads and writes `actions/plan.yaml`, the enterprise's action plan.
///
/// ```yaml
/// schema: 1
/// actions:
///   - id: governance-statutes
///     title: Réviser les statuts avant l'entrée de l'investisseur
///     origin: diagnostic:governance-statutes   # or canvas:…, plan:…, funders:…, pitch:…, advisor
///     owner: advisor                            # entrepreneur, advisor, mentor, consultant, or a name
///     due: 2027-03-31
///     status: todo                              # todo, doing, done, dropped
///     milestone: strategy                       # diagnostic, strategy, financing, pitch, committee
///     notes: "…"
/// ```
public enum ActionsFile {
  public static let supportedSchemas = 1...1
  /// The most actions a plan holds.
  public static let maximumActions = 500
  /// The path of the plan in a workspace.
  public static let path = "actions/plan.yaml"

  static let fields = ["schema", "actions"]
  static let actionFields = [
    "id", "title", "origin", "owner", "due", "status", "milestone", "notes",
  ]

  /// The actions of the file at `path` (none when it does not exist).
  public static func load(path: String) throws -> [Action] {
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    let map = try YAMLDocument.load(path: path).mapping()
    try map.rejectUnknownKeys(allowed: fields)
    try YAMLDocument.checkSchema(map, supported: supportedSchemas)
    let nodes = try map.optional("actions")?.sequence() ?? []
    guard nodes.count <= maximumActions else {
      throw try map.required("actions").error(
        .invalidValue,
        LocalizedText(
          fr: "\(nodes.count) actions : \(maximumActions) au plus.",
          en: "\(nodes.count) actions: \(maximumActions) at most."))
    }
    var actions: [Action] = []
    for node in nodes {
      let fields = try node.mapping()
      try fields.rejectUnknownKeys(allowed: actionFields)
      let idNode = try fields.required("id")
      let id = try idNode.text()
      guard isValidID(id) else {
        throw idNode.error(
          .invalidValue,
          LocalizedText(
            fr: "id « \(id.prefix(80)) » refusé : lettres, chiffres, - et _, 60 au plus.",
            en: "id “\(id.prefix(80))” refused: letters, digits, - and _, 60 at most."))
      }
      if let other = actions.first(where: { $0.id == id }) {
        throw idNode.error(
          .duplicate,
          LocalizedText(
            fr: "l’action « \(id) » existe déjà ligne \(other.line ?? 0).",
            en: "the action “\(id)” already exists on line \(other.line ?? 0)."))
      }
      let titleNode = try fields.required("title")
      let title = try titleNode.text()
      guard !title.trimmingCharacters(in: .whitespaces).isEmpty, title.count <= 300 else {
        throw titleNode.error(
          .invalidValue,
          LocalizedText(
            fr: "un titre de 1 à 300 caractères.", en: "a title of 1 to 300 characters."))
      }
      var action = Action(
        id: id, title: title,
        origin: try fields.optional("origin").map(origin) ?? Action.Origin(.advisor),
        owner: try owner(fields.required("owner")))
      action.line = node.line
      if let dueNode = fields.optional("due") {
        action.due = try dueNode.value(
          allowed: LocalizedText(fr: "une date AAAA-MM-JJ", en: "a date YYYY-MM-DD"),
          CalendarDate.parse)
      }
      action.status = try fields.optional("status")?.choice(Action.Status.self) ?? .todo
      action.milestone = try fields.optional("milestone")?.choice(Action.Milestone.self)
      action.notes = try fields.optional("notes")?.text()
      actions.append(action)
    }
    return actions
  }

  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.count <= 60
      && id.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") && $0.isASCII }
  }

  private static func origin(_ node: YAMLNode) throws -> Action.Origin {
    let text = try node.text()
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    guard let kind = parts.first.flatMap(Action.Origin.Kind.init(rawValue:)) else {
      let kinds = Action.Origin.Kind.allCases.map(\.rawValue).joined(separator: ", ")
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "origine « \(text.prefix(80)) » inconnue.", en: "unknown origin “\(text.prefix(80))”."
        ),
        hint: LocalizedText(
          fr: "l’une de : \(kinds), suivie de « :référence » sauf advisor.",
          en: "one of: \(kinds), followed by “:reference” except advisor."))
    }
    return Action.Origin(kind, parts.count == 2 ? parts[1] : nil)
  }

  private static func owner(_ node: YAMLNode) throws -> Action.Owner {
    let text = try node.text().trimmingCharacters(in: .whitespaces)
    if let role = Action.Owner.Role(rawValue: text) { return .role(role) }
    // A person's name: capitalised words, not a misspelt role.
    guard let first = text.first, first.isUppercase, text.count <= 80 else {
      let roles = Action.Owner.Role.allCases.map(\.rawValue).joined(separator: ", ")
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "responsable « \(text.prefix(80)) » inconnu.",
          en: "unknown owner “\(text.prefix(80))”."),
        hint: LocalizedText(
          fr:
            "l’un de : \(roles), ou le nom d’une personne avec une majuscule (80 caractères au plus).",
          en: "one of: \(roles), or a person's name with a capital (80 characters at most)."))
    }
    return .person(text)
  }

  /// The file's text.
  public static func text(_ actions: [Action]) -> String {
    var lines = [
      "# Plan d’actions / action plan — essor actions (docs/actions.md).",
      "# owner: entrepreneur, advisor, mentor, consultant or a name; status: todo, doing, done, dropped;",
      "# milestone: diagnostic, strategy, financing, pitch, committee.",
      "schema: 1",
      "actions:",
    ]
    if actions.isEmpty { lines[lines.count - 1] = "actions: []" }
    for action in actions {
      lines.append("  - id: " + action.id)
      lines.append("    title: " + YAMLText.quoted(action.title))
      lines.append("    origin: " + YAMLText.quoted(action.origin.text))
      lines.append("    owner: " + YAMLText.quoted(action.owner.text))
      if let due = action.due { lines.append("    due: \(due)") }
      lines.append("    status: " + action.status.rawValue)
      if let milestone = action.milestone { lines.append("    milestone: " + milestone.rawValue) }
      if let notes = action.notes { lines.append("    notes: " + YAMLText.quoted(notes)) }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
