import EssorCore
import Foundation

/// `finance new [NAME]`: writes a commented scenario to fill, never over an existing file.
struct ScenarioSkeletonRun {
  let input: ToolInput
  let context: ToolContext

  func run() throws -> ToolResult {
    let workspace = try context.requireWorkspace()
    let name = input["name"] ?? "base"
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
    let path = try ScenarioCatalog.newPath(name, in: workspace, flag: "NAME")
    try Folders.prepare(workspace.path("financing"))
    try AtomicFile.write(
      ScenarioSkeleton.text(
        template, profile: workspace.profile, year: context.clock.today.year + 1,
        language: workspace.profile.language),
      to: path)
    return ToolResult(written: [path])
  }
}
