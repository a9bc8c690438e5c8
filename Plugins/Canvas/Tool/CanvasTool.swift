import EssorCore
import Foundation

/// The Canvas tool: business model, Lean, ESS and Blue Ocean strategy canvases, their
/// checks, and the facts the pitch takes from them.
public struct CanvasTool: Tool {
  public static let id = "canvas"
  public static let title = LocalizedText(fr: "Canevas", en: "Canvas")
  public static let version = "0.2.0"

  /// The workspace folder that holds the canvases.
  public static let folder = "canvas"

  static let nameArgument = ToolCommand.Argument(
    "name",
    help: LocalizedText(
      fr: "Un canevas de l’espace (canvas/NOM.yaml) ou le chemin d’un fichier.",
      en: "A canvas of the workspace (canvas/NAME.yaml) or a path to one."))

  public static let commands: [ToolCommand] = [
    ToolCommand(
      "kinds", path: ["canvas", "kinds"],
      summary: LocalizedText(
        fr: "Liste les modèles de canevas trouvés, charge et vérifie chacun.",
        en: "List the canvas kinds found, load and lint each one."), workspace: .optional),
    ToolCommand(
      "new", path: ["canvas", "new"],
      summary: LocalizedText(
        fr: "Écrit un canevas à remplir, commenté, dans canvas/<nom>.yaml.",
        en: "Write a commented canvas skeleton to canvas/<name>.yaml in the workspace."),
      arguments: [
        .init(
          "kind",
          help: LocalizedText(
            fr: "Le modèle : bmc, lean, ess, strategy…", en: "The kind: bmc, lean, ess, strategy…"),
          required: true)
      ],
      options: [
        .init(
          "name",
          help: LocalizedText(
            fr: "Le nom du canevas (défaut : le modèle).",
            en: "The canvas's name (default: the kind)."))
      ], output: .files),
    ToolCommand(
      "check", path: ["canvas", "check"],
      summary: LocalizedText(
        fr: "Vérifie les canevas : complétude, orphelins, mots vagues, courbe de valeur.",
        en: "Check canvases: completeness, no orphans, vague words, value curve rules."),
      arguments: [nameArgument],
      options: [
        .flag(
          "strict",
          help: LocalizedText(
            fr: "Échoue aussi sur les avertissements.", en: "Fail on warnings too."))
      ],
      workspace: .optional),
    ToolCommand(
      "show", path: ["canvas", "show"],
      summary: LocalizedText(
        fr: "Dessine les canevas : grille, Markdown, JSON ou classeur.",
        en: "Draw canvases: a grid in the terminal, Markdown, JSON, or a workbook."),
      arguments: [nameArgument], workspace: .optional, dossier: true),
  ]

  public static let factProviders = [CanvasFacts.provider]
  public static let consumes = [Facts.Financing.loansDebtService.erased]

  public static func run(_ command: String, input: ToolInput, context: ToolContext) throws
    -> ToolResult
  {
    switch command {
    case "kinds":
      let catalog = catalog(context.workspace, environment: context.environment)
      let list = KindListDocument(catalog: catalog, language: context.language)
      return ToolResult(
        document: list.build(), diagnostics: list.diagnostics,
        status: list.hasErrors ? ExitStatus(.badData) : .success,
        inputs: CanvasSelection.inputs(context.workspace, catalog))
    case "new":
      return try CanvasSkeletonRun(input: input, context: context).run()
    case "check":
      let selection = try CanvasSelection(named: input["name"], context: context)
      var checkContext = CheckContext()
      var diagnostics: [Diagnostic] = []
      for key in [Facts.Financing.loansDebtService] {
        switch context.facts.value(key) {
        case .value(let value): checkContext.facts.set(key, value)
        case .absent: break
        case .unavailable(let diagnostic): diagnostics.append(diagnostic)
        }
      }
      let findings = FindingsDocument(
        results: selection.canvases.map { ($0, CanvasChecks.run($0, context: checkContext)) },
        language: context.language, enterprise: context.enterprise)
      let fails = findings.errorCount > 0 || (input.flag("strict") && findings.warningCount > 0)
      return ToolResult(
        document: findings.build(), outcome: CanvasCheckOutcome(findings: findings.results),
        diagnostics: diagnostics, status: fails ? .findings : .success,
        inputs: selection.inputs)
    case "show":
      let selection = try CanvasSelection(named: input["name"], context: context)
      return ToolResult(
        document: CanvasDocument(
          canvases: selection.canvases, language: context.language,
          enterprise: context.enterprise
        ).build(), inputs: selection.inputs)
    default:
      throw unknownCommand(command)
    }
  }

  /// The kinds available to a workspace.
  public static func catalog(_ workspace: Workspace?, environment: [String: String])
    -> KindCatalog
  {
    KindCatalog(library: .standard(workspace: workspace, environment: environment))
  }

  /// The names of the workspace's canvases (`canvas/<name>.yaml`), sorted.
  public static func canvasNames(_ workspace: Workspace) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: workspace.path(folder))) ?? []
    return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map {
      String($0.dropLast(5))
    }
    .sorted()
  }

  /// Loads every canvas of the workspace.
  public static func workspaceCanvases(_ workspace: Workspace, catalog: KindCatalog) throws
    -> [FilledCanvas]
  {
    try canvasNames(workspace).map {
      try CanvasReader.load(path: workspace.path(folder + "/" + $0 + ".yaml"), catalog: catalog)
    }
  }
}

/// What checking canvases found, as values.
public struct CanvasCheckOutcome: ToolOutcome {
  /// Each canvas with its findings (diagnostics from each check, with their block).
  public var findings: [(canvas: FilledCanvas, findings: [BlockDiagnostic])]
}
