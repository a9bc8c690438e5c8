import EssorCore
import Foundation

/// The Cohort tool: where every enterprise of a programme's cohort stands, from each one's
/// own facts, for the programme team.
public struct CohortTool: Tool {
  public static let id = "cohort"
  public static let title = LocalizedText(fr: "Cohorte", en: "Cohort")
  public static let version = "0.1.0"

  static let cohortOption = ToolCommand.Option(
    "cohort",
    help: LocalizedText(
      fr: "Le dossier de la cohorte (défaut : le dossier courant).",
      en: "The cohort's folder (default: the current folder)."))

  public static let commands: [ToolCommand] = [
    ToolCommand(
      "init", path: ["cohort", "init"],
      summary: LocalizedText(
        fr: "Crée une cohorte (cohort.yaml).", en: "Create a cohort (cohort.yaml)."),
      arguments: [
        .init(
          "folder", help: LocalizedText(fr: "Le dossier à créer.", en: "The folder to create."),
          required: true)
      ],
      options: [
        .init("name", help: LocalizedText(fr: "Le nom du programme.", en: "The programme's name.")),
        .init(
          "start",
          help: LocalizedText(
            fr: "Le début du programme, AAAA-MM-JJ (défaut : aujourd’hui).",
            en: "The programme's start, YYYY-MM-DD (default: today).")),
      ], workspace: .none, output: .files),
    ToolCommand(
      "status", path: ["cohort", "status"],
      summary: LocalizedText(
        fr:
          "Une ligne par entreprise : préparation, canevas, plan, demande, trésorerie, présentation, actions, calendrier.",
        en:
          "One row per enterprise: readiness, canvases, plan, ask, cash, pitch, actions, calendar."),
      options: [cohortOption], workspace: .none),
    ToolCommand(
      "report", path: ["cohort", "report"],
      summary: LocalizedText(
        fr:
          "Le classeur de l’équipe du programme : synthèse, préparation, financement, une feuille par entreprise.",
        en: "The programme team's workbook: summary, readiness, financing, a sheet per enterprise."),
      options: [cohortOption], workspace: .none),
  ]

  public static let consumes: [AnyFactKey] = [
    Facts.Diagnostic.level.erased, Facts.Diagnostic.firstLevel.erased,
    Facts.Diagnostic.scores.erased, Facts.Diagnostic.firstScores.erased,
    Facts.Canvas.canvases.erased, Facts.Canvas.checkErrors.erased,
    Facts.Financing.verdict.erased, Facts.Financing.askTotal.erased,
    Facts.Financing.sources.erased, Facts.Financing.minCash.erased,
    Facts.Financing.minCashMonth.erased, Facts.Financing.missedCriteria.erased,
    Facts.Pitch.readiness.erased, Facts.Actions.open.erased, Facts.Actions.overdue.erased,
  ]

  public static func run(_ command: String, input: ToolInput, context: ToolContext) throws
    -> ToolResult
  {
    switch command {
    case "init": return try initialise(input, context)
    case "status", "report":
      let folder =
        input["cohort"] ?? context.environment["PWD"] ?? FileManager.default.currentDirectoryPath
      let cohort = try CohortFile.load(folder: folder)
      let today = context.clock.today
      let rows = statuses(cohort, context: context, today: today)
      let document = CohortDocument(
        cohort: cohort, rows: rows, today: today, language: context.language,
        full: command == "report"
      ).build()
      return ToolResult(document: document, inputs: [cohort.path])
    default:
      throw unknownCommand(command)
    }
  }

  /// Every enterprise's status, read in parallel (each from its own facts).
  static func statuses(_ cohort: Cohort, context: ToolContext, today: CalendarDate)
    -> [EnterpriseStatus]
  {
    guard let factsOf = context.factsOf else { return [] }
    let results = ResultSlots<EnterpriseStatus>(count: cohort.workspaces.count)
    DispatchQueue.concurrentPerform(iterations: cohort.workspaces.count) { index in
      results.set(
        index,
        EnterpriseStatus.read(
          folder: cohort.workspaces[index], facts: factsOf, cohort: cohort, today: today,
          language: context.language))
    }
    return results.values
  }

  private static func initialise(_ input: ToolInput, _ context: ToolContext) throws -> ToolResult {
    let folder = input["folder"] ?? ""
    let path = (folder as NSString).appendingPathComponent(CohortFile.name)
    guard !FileManager.default.fileExists(atPath: path) else {
      throw EssorError(
        .fileExists, at: .file(path: path, line: nil, column: nil),
        LocalizedText(
          fr: "cette cohorte existe déjà ; rien n’a été modifié.",
          en: "this cohort already exists; nothing was changed."))
    }
    var start = context.clock.today
    if let text = input["start"] {
      guard let date = CalendarDate.parse(text) else {
        throw EssorError(
          .invalidOption, at: .flag("--start"),
          LocalizedText(
            fr: "date « \(text.prefix(80)) » refusée.", en: "date “\(text.prefix(80))” refused."),
          hint: LocalizedText(fr: "AAAA-MM-JJ.", en: "YYYY-MM-DD."))
      }
      start = date
    }
    try Folders.prepare(folder)
    let name = input["name"] ?? (folder as NSString).lastPathComponent
    try AtomicFile.write(CohortFile.skeleton(name: name, start: start), to: path)
    return ToolResult(written: [path])
  }
}

/// Results written by parallel workers, one slot each, read once they are all done.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
