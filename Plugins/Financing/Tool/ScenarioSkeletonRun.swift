import EssorCore
import Foundation

/// `finance new [NAME]`: writes a commented scenario to fill, never over an existing file.
struct ScenarioSkeletonRun {
  let input: ToolInput
  let context: ToolContext

  func run() throws -> ToolResult {
    let workspace = try context.requireWorkspace()
    let name = input["name"] ?? "base"
    guard !name.isEmpty, !name.hasPrefix("."), name.count <= 60, name != "loans",
      name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    else {
      throw EssorError(
        .invalidOption, at: .flag("NAME"),
        LocalizedText(fr: "nom « \(name) » refusé.", en: "name “\(name)” refused."),
        hint: LocalizedText(
          fr:
            "60 lettres, chiffres, - et _ au plus, pas « loans » (il devient financing/<nom>.yaml).",
          en: "at most 60 letters, digits, - and _, not “loans” (it becomes financing/<name>.yaml)."
        ))
    }
    let template: ScenarioSkeleton.Template
    if let wanted = input["template"] {
      guard let known = ScenarioSkeleton.Template(rawValue: wanted) else {
        let names = ScenarioSkeleton.Template.allCases.map(\.rawValue).joined(separator: ", ")
        throw EssorError(
          .invalidOption, at: .flag("--template"),
          LocalizedText(fr: "modèle « \(wanted) » inconnu.", en: "unknown template “\(wanted)”."),
          hint: LocalizedText(fr: "l’un de : \(names).", en: "one of: \(names)."))
      }
      template = known
    } else {
      template = ScenarioSkeleton.template(for: workspace.profile.legalForm)
    }
    let path = ScenarioCatalog.path(name, in: workspace)
    guard !FileManager.default.fileExists(atPath: path) else {
      throw EssorError(
        .fileExists, at: .file(path: path, line: nil, column: nil),
        LocalizedText(
          fr: "ce scénario existe déjà ; rien n’a été modifié.",
          en: "this scenario already exists; nothing was changed."),
        hint: LocalizedText(
          fr: "choisissez un autre nom, ou modifiez ce fichier.",
          en: "choose another name, or edit that file."))
    }
    try Folders.prepare(workspace.path("financing"))
    try AtomicFile.write(
      ScenarioSkeleton.text(
        template, profile: workspace.profile, year: context.clock.today.year + 1,
        language: workspace.profile.language),
      to: path)
    return ToolResult(written: [path])
  }
}
