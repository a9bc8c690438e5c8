import EssorCore
import Foundation

/// The Actions tool: the enterprise's action plan, proposed from what the other tools find
/// and followed month by month over the programme.
public struct ActionsTool: Tool {
  public static let id = "actions"
  public static let title = LocalizedText(fr: "Plan d’actions", en: "Action plan")
  public static let version = "0.1.0"

  static func option(_ name: String, _ fr: String, _ en: String) -> ToolCommand.Option {
    ToolCommand.Option(name, help: LocalizedText(fr: fr, en: en))
  }
  static let idArgument = ToolCommand.Argument(
    "id", help: LocalizedText(fr: "L’id de l’action.", en: "The action's id."), required: true)

  public static let commands: [ToolCommand] = [
    ToolCommand(
      "list", path: ["actions", "list"],
      summary: LocalizedText(
        fr: "Le plan d’actions, filtré par responsable, état, étape ou retard.",
        en: "The action plan, filtered by owner, status, milestone or overdue."),
      options: [
        option("owner", "Un responsable (rôle ou nom).", "An owner (role or name)."),
        option("status", "todo, doing, done ou dropped.", "todo, doing, done or dropped."),
        option(
          "milestone", "diagnostic, strategy, financing, pitch ou committee.",
          "diagnostic, strategy, financing, pitch or committee."),
        .flag(
          "overdue",
          help: LocalizedText(fr: "Seulement les actions en retard.", en: "Only overdue actions.")),
      ], dossier: true),
    ToolCommand(
      "suggest", path: ["actions", "suggest"],
      summary: LocalizedText(
        fr: "Propose des actions d’après le diagnostic, les canevas, le plan et la présentation.",
        en: "Propose actions from the diagnostic, canvases, plan and pitch."),
      options: [
        option(
          "accept", "all, ou les ids à ajouter (séparés par des virgules).",
          "all, or the ids to add (comma-separated).")
      ], interactive: true),
    ToolCommand(
      "add", path: ["actions", "add"],
      summary: LocalizedText(fr: "Ajoute une action.", en: "Add an action."),
      options: [
        option("title", "Ce qu’il faut faire.", "What is to be done."),
        option(
          "owner", "entrepreneur, advisor, mentor, consultant ou un nom.",
          "entrepreneur, advisor, mentor, consultant or a name."),
        option("due", "L’échéance, AAAA-MM-JJ.", "The due date, YYYY-MM-DD."),
        option("milestone", "L’étape du programme.", "The programme milestone."),
        option("notes", "Des notes.", "Notes."),
        option("id", "L’id (défaut : tiré du titre).", "The id (default: from the title)."),
      ], output: .files),
    ToolCommand(
      "done", path: ["actions", "done"],
      summary: LocalizedText(fr: "Marque une action faite.", en: "Mark an action done."),
      arguments: [idArgument], output: .files),
    ToolCommand(
      "move", path: ["actions", "move"],
      summary: LocalizedText(
        fr: "Change l’échéance d’une action.", en: "Change an action's due date."),
      arguments: [idArgument],
      options: [
        option("due", "La nouvelle échéance, AAAA-MM-JJ.", "The new due date, YYYY-MM-DD.")
      ],
      output: .files),
  ]

  public static let factProviders = [ActionsFacts.provider]
  public static var consumes: [AnyFactKey] { Suggestions.keys }

  public static func run(_ command: String, input: ToolInput, context: ToolContext) throws
    -> ToolResult
  {
    let run = ActionsRun(input: input, context: context)
    switch command {
    case "list": return try run.list()
    case "suggest": return try run.suggest()
    case "add": return try run.add()
    case "done": return try run.done()
    case "move": return try run.move()
    default: throw unknownCommand(command)
    }
  }
}

/// The Actions tool's facts, for the cohort and the dossier.
enum ActionsFacts {
  static let provider = FactProvider(
    id: "actions.plan",
    provides: [
      Facts.Actions.open.erased, Facts.Actions.overdue.erased, Facts.Actions.doneRatio.erased,
    ],
    hint: LocalizedText(
      fr: "proposez un plan d’actions (essor actions suggest)",
      en: "propose an action plan (essor actions suggest)")
  ) { context in
    var facts = FactSet()
    let path = context.workspace.path(ActionsFile.path)
    guard FileManager.default.fileExists(atPath: path) else { return facts }
    let actions = try ActionsFile.load(path: path)
    let today = context.clock.today
    let considered = actions.filter { $0.status != .dropped }
    facts.set(
      Facts.Actions.open, actions.filter { $0.status.isOpen }.count, source: ActionsFile.path)
    facts.set(
      Facts.Actions.overdue, actions.filter { $0.isOverdue(on: today) }.count,
      source: ActionsFile.path)
    facts.set(
      Facts.Actions.doneRatio,
      considered.isEmpty
        ? 0 : Double(considered.filter { $0.status == .done }.count) / Double(considered.count),
      source: ActionsFile.path)
    return facts
  }
}
