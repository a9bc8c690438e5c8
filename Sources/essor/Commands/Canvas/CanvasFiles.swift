import Canvas
import EssorCore
import Foundation

/// How the canvas commands find their workspace, kinds and canvases.
enum CanvasFiles {
  /// The canvases a command works on, and where they come from.
  struct Selection {
    var canvases: [Canvas]
    var workspace: Workspace?
    var catalog: KindCatalog

    /// Every file the command reads, which its output must never replace.
    var inputs: [String] { CanvasFiles.inputs(workspace, catalog) + canvases.map(\.path) }
  }

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
  static func canvases(named name: String?, common: CommonOptions) throws -> Selection {
    let isPath = name.map { $0.contains("/") || $0.hasSuffix(".yaml") } ?? false
    let workspace = try workspace(common, required: !isPath)
    let catalog = catalog(workspace)
    if let name, isPath {
      return Selection(
        canvases: [try CanvasReader.load(path: name, catalog: catalog)], workspace: workspace,
        catalog: catalog)
    }
    guard let workspace else { return Selection(canvases: [], workspace: nil, catalog: catalog) }
    try checkFolder(workspace)
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
      return Selection(
        canvases: [try CanvasReader.load(path: path, catalog: catalog)], workspace: workspace,
        catalog: catalog)
    }
    guard !available.isEmpty else {
      throw EssorError(
        .fileNotFound,
        at: .file(path: workspace.path(CanvasTool.folder), line: nil, column: nil),
        LocalizedText(
          fr: "cet espace n’a pas encore de canevas.", en: "this workspace has no canvas yet."),
        hint: hint(available))
    }
    return Selection(
      canvases: try CanvasTool.workspaceCanvases(workspace, catalog: catalog),
      workspace: workspace, catalog: catalog)
  }

  /// Creates the workspace's canvas folder if needed; refuses a file in its place.
  static func makeFolder(_ workspace: Workspace) throws {
    let folder = workspace.path(CanvasTool.folder)
    try checkFolder(workspace)
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw EssorError(
        .outputNotWritable, at: .file(path: folder, line: nil, column: nil),
        LocalizedText(
          fr: "impossible de créer le dossier des canevas.",
          en: "cannot create the canvas folder."),
        hint: LocalizedText(
          fr: "vérifiez les droits sur l’espace.", en: "check the workspace's permissions."))
    }
  }

  /// Refuses a workspace whose `canvas` is a file rather than a folder.
  static func checkFolder(_ workspace: Workspace) throws {
    let folder = workspace.path(CanvasTool.folder)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
      !isFolder.boolValue
    else { return }
    throw EssorError(
      .outputNotWritable, at: .file(path: folder, line: nil, column: nil),
      LocalizedText(
        fr: "« \(CanvasTool.folder) » est un fichier, pas un dossier.",
        en: "“\(CanvasTool.folder)” is a file, not a folder."),
      hint: LocalizedText(
        fr: "renommez ce fichier : les canevas vont dans le dossier canvas/.",
        en: "rename that file: canvases go in the canvas/ folder."))
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
