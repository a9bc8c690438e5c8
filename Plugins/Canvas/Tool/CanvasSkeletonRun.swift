import EssorCore
import Foundation

/// `canvas new KIND`: writes a commented skeleton to fill, never over an existing file.
struct CanvasSkeletonRun {
  let input: ToolInput
  let context: ToolContext

  func run() throws -> ToolResult {
    let workspace = try context.requireWorkspace()
    let catalog = CanvasTool.catalog(workspace, environment: context.environment)
    let wanted = input["kind"] ?? ""
    guard let kind = try catalog.kind(wanted) else {
      let unknown = catalog.library.unknown(
        wanted, category: "canvas",
        what: LocalizedText(fr: "modèle de canevas", en: "canvas kind"))
      throw EssorError(.invalidOption, at: .flag("KIND"), unknown.message, hint: unknown.hint)
    }
    let name = input["name"] ?? kind.id
    guard !name.isEmpty, !name.hasPrefix("."), name.count <= 60,
      name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    else {
      throw EssorError(
        .invalidOption, at: .flag("--name"),
        LocalizedText(fr: "nom « \(name) » refusé.", en: "name “\(name)” refused."),
        hint: LocalizedText(
          fr: "60 lettres, chiffres, - et _ au plus (il devient canvas/<nom>.yaml).",
          en: "at most 60 letters, digits, - and _ (it becomes canvas/<name>.yaml)."))
    }
    let path = workspace.path(CanvasTool.folder + "/" + name + ".yaml")
    guard !FileManager.default.fileExists(atPath: path) else {
      throw EssorError(
        .fileExists, at: .file(path: path, line: nil, column: nil),
        LocalizedText(
          fr: "ce canevas existe déjà ; rien n’a été modifié.",
          en: "this canvas already exists; nothing was changed."),
        hint: LocalizedText(
          fr: "choisissez un autre --name, ou modifiez ce fichier.",
          en: "choose another --name, or edit that file."))
    }
    try Folders.prepare(workspace.path(CanvasTool.folder))
    try AtomicFile.write(
      CanvasSkeleton.text(kind, language: context.language, enterprise: workspace.profile.name),
      to: path)
    return ToolResult(written: [path])
  }
}
