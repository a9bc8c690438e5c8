import Canvas
import EssorCore
import Foundation

/// How the canvas commands find their workspace, kinds and canvases.
enum CanvasFiles {
  /// The workspace: --workspace, else the nearest one; optional when `required` is false.
  static func workspace(_ common: CommonOptions, required: Bool) throws -> Workspace? {
    do {
      return try Workspace.find(explicit: common.workspace, from: Host.currentDirectory)
    } catch let error as EssorError where !required && common.workspace == nil {
      guard error.code == .workspaceNotFound else { throw error }
      return nil
    }
  }

  /// The kinds the workspace can use.
  static func catalog(_ workspace: Workspace?) -> KindCatalog {
    CanvasTool.catalog(workspace, environment: Host.environment)
  }

  /// The canvases a command works on: the one named (a workspace canvas name or a path to
  /// a .yaml file), or every canvas of the workspace.
  static func canvases(named name: String?, common: CommonOptions) throws -> (
    [Canvas], Workspace?
  ) {
    let isPath = name.map { $0.contains("/") || $0.hasSuffix(".yaml") } ?? false
    let workspace = try workspace(common, required: !isPath)
    let catalog = catalog(workspace)
    if let name, isPath {
      return ([try CanvasReader.load(path: name, catalog: catalog)], workspace)
    }
    guard let workspace else { return ([], nil) }
    let available = CanvasTool.canvasNames(workspace)
    if let name {
      let path = workspace.path(CanvasTool.folder + "/" + name + ".yaml")
      guard FileManager.default.fileExists(atPath: path) else {
        throw EssorError(
          .fileNotFound, at: .file(path: path, line: nil, column: nil),
          LocalizedText(
            fr: "le canevas « \(name) » n’existe pas.", en: "the canvas “\(name)” does not exist."),
          hint: hint(available))
      }
      return ([try CanvasReader.load(path: path, catalog: catalog)], workspace)
    }
    guard !available.isEmpty else {
      throw EssorError(
        .fileNotFound,
        at: .file(path: workspace.path(CanvasTool.folder), line: nil, column: nil),
        LocalizedText(
          fr: "cet espace n’a pas encore de canevas.", en: "this workspace has no canvas yet."),
        hint: hint(available))
    }
    return (try CanvasTool.workspaceCanvases(workspace, catalog: catalog), workspace)
  }

  private static func hint(_ available: [String]) -> LocalizedText {
    available.isEmpty
      ? LocalizedText(
        fr: "créez-en un : « essor canvas new ess » (voir « essor canvas kinds »).",
        en: "create one: “essor canvas new bmc” (see “essor canvas kinds”).")
      : LocalizedText(
        fr: "canevas de l’espace : \(available.joined(separator: ", ")).",
        en: "the workspace's canvases: \(available.joined(separator: ", ")).")
  }
}
