import EssorCore
import Foundation

/// The Actions tool's commands over `actions/plan.yaml`.
struct ActionsRun {
  let input: ToolInput
  let context: ToolContext

  private var language: Language { context.language }
  private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  private func plan() throws -> (Workspace, String, [Action]) {
    let workspace = try context.requireWorkspace()
    let path = workspace.path(ActionsFile.path)
    return (workspace, path, try ActionsFile.load(path: path))
  }

  private func save(_ actions: [Action], to path: String) throws {
    try Folders.prepare((path as NSString).deletingLastPathComponent)
    try AtomicFile.write(ActionsFile.text(actions), to: path)
  }

  func list() throws -> ToolResult {
    let (_, path, actions) = try plan()
    let today = context.clock.today
    var shown = actions
    if let owner = input["owner"] { shown = shown.filter { $0.owner.text == owner } }
    if let text = input["status"] {
      guard let status = Action.Status(rawValue: text) else {
        throw choice("--status", text, Action.Status.allCases.map(\.rawValue))
      }
      shown = shown.filter { $0.status == status }
    }
    if let text = input["milestone"] {
      guard let milestone = Action.Milestone(rawValue: text) else {
        throw choice("--milestone", text, Action.Milestone.allCases.map(\.rawValue))
      }
      shown = shown.filter { $0.milestone == milestone }
    }
    if input.flag("overdue") { shown = shown.filter { $0.isOverdue(on: today) } }
    let resolved = resolvedByFacts(actions)
    return ToolResult(
      document: ActionsDocument(
        actions: shown, resolved: resolved, today: today, language: language,
        enterprise: context.enterprise, title: nil
      ).build(), inputs: [path])
  }

  /// Open actions whose cause the facts no longer show (the check now passes…).
  private func resolvedByFacts(_ actions: [Action]) -> Set<String> {
    let (current, unavailable) = Suggestions.all(
      context.facts, language: language, today: context.clock.today)
    guard unavailable.isEmpty else { return [] }
    let origins = Set(current.map(\.origin))
    return Set(
      actions.filter {
        $0.status.isOpen && $0.origin.kind != .advisor && !origins.contains($0.origin)
      }.map(\.id))
  }

  func suggest() throws -> ToolResult {
    let (_, path, actions) = try plan()
    let today = context.clock.today
    let (proposed, unavailable) = Suggestions.all(context.facts, language: language, today: today)
    let known = Set(actions.map(\.origin))
    let taken = Set(actions.map(\.id))
    // Never the same origin twice; ids kept apart from the plan's.
    var fresh: [Action] = []
    for var action in proposed where !known.contains(action.origin) {
      var id = action.id
      var counter = 2
      while taken.contains(id) {
        id = action.id + "-\(counter)"
        counter += 1
      }
      action.id = id
      fresh.append(action)
    }
    var accepted: [Action] = []
    if let accept = input["accept"] {
      let wanted = Set(accept.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
      if !wanted.contains("all") {
        let unknown = wanted.subtracting(fresh.map(\.id))
        if let first = unknown.sorted().first {
          throw EssorError(
            .invalidOption, at: .flag("--accept"),
            LocalizedText(
              fr: "« \(first.prefix(80)) » n’est pas une action proposée.",
              en: "“\(first.prefix(80))” is not a proposed action."),
            hint: LocalizedText(
              fr: "proposées : \(fresh.map(\.id).joined(separator: ", ")), ou all.",
              en: "proposed: \(fresh.map(\.id).joined(separator: ", ")), or all."))
        }
      }
      accepted = fresh.filter { wanted.contains("all") || wanted.contains($0.id) }
    } else if let console = context.console, console.isTerminal, !fresh.isEmpty {
      for action in fresh {
        console.write(
          "\(action.id) — \(action.title) [\(action.owner.text), \(action.milestone?.rawValue ?? "")]\n"
            + t("Ajouter ? (o/N) ", "Add? (y/N) "))
        guard let answer = console.readLine()?.lowercased() else { break }
        if ["o", "oui", "y", "yes"].contains(answer) { accepted.append(action) }
      }
    }
    if !accepted.isEmpty { try save(actions + accepted, to: path) }
    let acceptedIDs = Set(accepted.map(\.id))
    let resolved = resolvedByFacts(actions)
    var blocks: [Block] = []
    for action in fresh {
      let mark = acceptedIDs.contains(action.id) ? "✔ " : "+ "
      blocks.append(
        .paragraph(
          mark
            + "\(action.id) — \(action.title) [\(action.origin.text); \(action.owner.text); \(action.due.map { "\($0)" } ?? "")]"
        ))
    }
    if fresh.isEmpty {
      blocks.append(.paragraph(t("Rien de nouveau à proposer.", "Nothing new to propose.")))
    }
    for action in actions where resolved.contains(action.id) {
      blocks.append(
        .paragraph(
          t("Résolue par les faits (à clore) : ", "Resolved by the facts (to close): ")
            + "\(action.id) — \(action.title)"))
    }
    if accepted.isEmpty && !fresh.isEmpty {
      blocks.append(
        .paragraph(
          t(
            "Pour les ajouter : essor actions suggest --accept all (ou des ids séparés par des virgules).",
            "To add them: essor actions suggest --accept all (or comma-separated ids).")))
    }
    let document = Document(
      title: t("Actions proposées", "Proposed actions")
        + (context.enterprise.map { " — " + $0 } ?? ""),
      language: language,
      sections: [Section(title: t("Propositions", "Proposals"), blocks: blocks)],
      payload: [
        (
          "proposed",
          .array(
            fresh.map {
              .object([
                ("id", .string($0.id)), ("title", .string($0.title)),
                ("origin", .string($0.origin.text)), ("owner", .string($0.owner.text)),
                ("accepted", .bool(acceptedIDs.contains($0.id))),
              ])
            })
        ),
        ("resolvedByFacts", .array(resolved.sorted().map(JSONValue.string))),
      ])
    return ToolResult(
      document: document, diagnostics: unavailable, inputs: [path],
      written: accepted.isEmpty ? [] : [path])
  }

  func add() throws -> ToolResult {
    let (_, path, actions) = try plan()
    guard let title = input["title"], !title.trimmingCharacters(in: .whitespaces).isEmpty,
      title.count <= 300
    else {
      throw EssorError(
        .missingOption, at: .flag("--title"),
        LocalizedText(
          fr: "il faut un titre (300 caractères au plus).",
          en: "a title is needed (300 characters at most)."))
    }
    let owner: Action.Owner
    let ownerText = input["owner"] ?? "entrepreneur"
    if let role = Action.Owner.Role(rawValue: ownerText) {
      owner = .role(role)
    } else if let first = ownerText.first, first.isUppercase, ownerText.count <= 80 {
      owner = .person(ownerText)
    } else {
      throw choice(
        "--owner", ownerText, Action.Owner.Role.allCases.map(\.rawValue) + [t("un nom", "a name")])
    }
    var action = Action(
      id: input["id"] ?? String(("act-" + Suggestions.slug(title)).prefix(60)), title: title,
      owner: owner, due: try date("--due"), notes: input["notes"])
    if let text = input["milestone"] {
      guard let milestone = Action.Milestone(rawValue: text) else {
        throw choice("--milestone", text, Action.Milestone.allCases.map(\.rawValue))
      }
      action.milestone = milestone
    }
    guard ActionsFile.isValidID(action.id) else {
      throw EssorError(
        .invalidOption, at: .flag("--id"),
        LocalizedText(
          fr: "id « \(action.id.prefix(80)) » refusé : lettres, chiffres, - et _, 60 au plus.",
          en: "id “\(action.id.prefix(80))” refused: letters, digits, - and _, 60 at most."))
    }
    guard !actions.contains(where: { $0.id == action.id }) else {
      throw EssorError(
        .duplicate, at: .flag("--id"),
        LocalizedText(
          fr: "l’action « \(action.id) » existe déjà.",
          en: "the action “\(action.id)” already exists."),
        hint: LocalizedText(fr: "donnez un autre --id.", en: "give another --id."))
    }
    try save(actions + [action], to: path)
    return ToolResult(written: [path])
  }

  func done() throws -> ToolResult {
    try change { $0.status = .done }
  }

  func move() throws -> ToolResult {
    guard let due = try date("--due") else {
      throw EssorError(
        .missingOption, at: .flag("--due"),
        LocalizedText(fr: "il faut la nouvelle échéance.", en: "the new due date is needed."))
    }
    return try change { $0.due = due }
  }

  private func change(_ edit: (inout Action) -> Void) throws -> ToolResult {
    let (_, path, actions) = try plan()
    let id = input["id"] ?? ""
    guard let index = actions.firstIndex(where: { $0.id == id }) else {
      throw EssorError(
        .invalidOption, at: .flag("ID"),
        LocalizedText(
          fr: "aucune action « \(id.prefix(80)) ».", en: "no action “\(id.prefix(80))”."),
        hint: LocalizedText(
          fr: "actions : \(actions.map(\.id).joined(separator: ", ")).",
          en: "actions: \(actions.map(\.id).joined(separator: ", "))."))
    }
    var updated = actions
    edit(&updated[index])
    try save(updated, to: path)
    return ToolResult(written: [path])
  }

  private func date(_ flag: String) throws -> CalendarDate? {
    guard let text = input[String(flag.dropFirst(2))] else { return nil }
    guard let date = CalendarDate.parse(text) else {
      throw EssorError(
        .invalidOption, at: .flag(flag),
        LocalizedText(
          fr: "date « \(text.prefix(80)) » refusée.", en: "date “\(text.prefix(80))” refused."),
        hint: LocalizedText(fr: "AAAA-MM-JJ.", en: "YYYY-MM-DD."))
    }
    return date
  }

  private func choice(_ flag: String, _ value: String, _ allowed: [String]) -> EssorError {
    EssorError(
      .invalidOption, at: .flag(flag),
      LocalizedText(fr: "« \(value.prefix(80)) » refusé.", en: "“\(value.prefix(80))” refused."),
      hint: LocalizedText(
        fr: "l’un de : \(allowed.joined(separator: ", ")).",
        en: "one of: \(allowed.joined(separator: ", "))."))
  }
}
