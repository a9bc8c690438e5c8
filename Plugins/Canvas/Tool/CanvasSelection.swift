import EssorCore
import Foundation

/// The canvases a command works on — the one named (a workspace canvas name or a path to a
/// .yaml file), or every canvas of the workspace — and the files it reads.
struct CanvasSelection {
  var canvases: [FilledCanvas]
  var workspace: Workspace?
  var catalog: KindCatalog

  /// Every file the command reads, which its output must never replace.
  var inputs: [String] { Self.inputs(workspace, catalog) + canvases.map(\.path) }

  /// The files any canvas command may read: the kinds, the profile, the workspace's
  /// canvases and loans.
  static func inputs(_ workspace: Workspace?, _ catalog: KindCatalog) -> [String] {
    var paths = catalog.entries.map(\.path)
    if let workspace {
      paths.append(workspace.path(Workspace.profileFile))
      paths += CanvasTool.canvasNames(workspace).map {
        workspace.path(CanvasTool.folder + "/" + $0 + ".yaml")
      }
      paths.append(workspace.path("financing/loans.yaml"))
    }
    return paths
  }

  init(named name: String?, context: ToolContext) throws {
    let isPath = name.map { $0.contains("/") || $0.hasSuffix(".yaml") } ?? false
    let workspace = isPath ? context.workspace : try context.requireWorkspace()
    self.workspace = workspace
    catalog = CanvasTool.catalog(workspace, environment: context.environment)
    if let name, isPath {
      canvases = [try CanvasReader.load(path: name, catalog: catalog)]
      return
    }
    guard let workspace else {
      canvases = []
      return
    }
    try Folders.refuseFile(workspace.path(CanvasTool.folder))
    let available = CanvasTool.canvasNames(workspace)
    if let name {
      let path = workspace.path(CanvasTool.folder + "/" + name + ".yaml")
      guard FileManager.default.fileExists(atPath: path) else {
        throw EssorError(
          .fileNotFound, at: .file(path: path, line: nil, column: nil),
          LocalizedText(
            fr: "le canevas « \(name) » n’existe pas.", en: "the canvas “\(name)” does not exist."),
          hint: Self.hint(available))
      }
      canvases = [try CanvasReader.load(path: path, catalog: catalog)]
      return
    }
    guard !available.isEmpty else {
      throw EssorError(
        .fileNotFound,
        at: .file(path: workspace.path(CanvasTool.folder), line: nil, column: nil),
        LocalizedText(
          fr: "cet espace n’a pas encore de canevas.", en: "this workspace has no canvas yet."),
        hint: Self.hint(available))
    }
    canvases = try CanvasTool.workspaceCanvases(workspace, catalog: catalog)
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
