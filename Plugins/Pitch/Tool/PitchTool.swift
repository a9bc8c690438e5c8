import EssorCore
import Foundation

/// The Pitch tool: deck outlines pre-filled from the enterprise's own figures, the
/// mentor's edits kept across regenerations, checks before the committee, and exports.
public struct PitchTool: Tool {
  public static let id = "pitch"
  public static let title = LocalizedText(fr: "Présentation", en: "Pitch")
  public static let version = "0.1.0"

  /// The template used when none is named.
  public static let defaultTemplate = "ess-financing"
  /// The workspace folder of the mentors' edits.
  public static let folder = "pitch"

  static let templateOption = ToolCommand.Option(
    "template",
    help: LocalizedText(
      fr: "Le modèle de présentation (défaut : ess-financing).",
      en: "The pitch template (default: ess-financing)."))
  static let minutesOption = ToolCommand.Option(
    "minutes",
    help: LocalizedText(
      fr: "Le temps de parole, en minutes (1 à 600 ; défaut : celui du modèle).",
      en: "The speaking time, in minutes (1 to 600; default: the template's)."))

  public static let commands: [ToolCommand] = [
    ToolCommand(
      "templates", path: ["pitch", "templates"],
      summary: LocalizedText(
        fr: "Liste les modèles de présentation trouvés.", en: "List the pitch templates found."),
      workspace: .optional),
    ToolCommand(
      "lint", path: ["pitch", "lint"],
      summary: LocalizedText(
        fr: "Vérifie un modèle de présentation, avec fichier:ligne.",
        en: "Check a pitch template, with file:line."),
      arguments: [
        .init(
          "file", help: LocalizedText(fr: "Le fichier du modèle.", en: "The template file."),
          required: true)
      ], workspace: .none, output: .files),
    ToolCommand(
      "outline", path: ["pitch", "outline"],
      summary: LocalizedText(
        fr:
          "Construit le plan de la présentation avec les vrais chiffres ; garde vos modifications.",
        en: "Build the deck outline with the real figures; keeps your edits."),
      options: [templateOption, minutesOption]),
    ToolCommand(
      "check", path: ["pitch", "check"],
      summary: LocalizedText(
        fr: "Vérifie la présentation : durée, chiffres manquants ou périmés, diapositives à faire.",
        en: "Check the deck: timing, missing or stale figures, slides still to do."),
      options: [templateOption, minutesOption]),
    ToolCommand(
      "export", path: ["pitch", "export"],
      summary: LocalizedText(
        fr: "Le plan en classeur, Markdown, JSON ou diapositives (--format slides).",
        en: "The outline as a workbook, Markdown, JSON or slides (--format slides)."),
      options: [templateOption, minutesOption], dossier: true),
  ]

  public static let factProviders = [PitchFacts.provider]

  public static let consumes: [AnyFactKey] = [
    Facts.Financing.askTotal.erased, Facts.Financing.sources.erased,
    Facts.Financing.useOfFunds.erased, Facts.Financing.breakeven.erased,
    Facts.Financing.minCash.erased, Facts.Financing.ratios.erased,
    Facts.Diagnostic.level.erased, Facts.Diagnostic.scores.erased,
    Facts.Canvas.segments.erased, Facts.Canvas.valuePropositions.erased,
    Facts.Canvas.problem.erased, Facts.Canvas.impactMeasures.erased,
    Facts.Canvas.competitors.erased, Facts.Canvas.tagline.erased,
  ]

  public static func run(_ command: String, input: ToolInput, context: ToolContext) throws
    -> ToolResult
  {
    let run = PitchRun(input: input, context: context)
    switch command {
    case "templates": return try run.templates()
    case "lint": return try run.lint()
    case "outline": return try run.outline(writesEdits: true)
    case "check": return try run.check()
    case "export": return try run.outline(writesEdits: false)
    default: throw unknownCommand(command)
    }
  }

  /// The templates available to a workspace.
  public static func templates(_ workspace: Workspace?, environment: [String: String])
    -> [TemplateLibrary.Entry]
  {
    TemplateLibrary.standard(workspace: workspace, environment: environment).entries("pitch")
  }
}
