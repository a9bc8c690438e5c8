import Foundation

/// An enterprise folder: `essor.yaml` and the tools' inputs and exports beside it.
public struct Workspace: Sendable {
  /// The name of the profile file that marks a workspace.
  public static let profileFile = "essor.yaml"
  /// The folders a new workspace gets, one per tool plus exports.
  public static let folders = ["diagnostic", "canvas", "financing", "pitch", "exports"]

  /// The folder's path.
  public let root: String
  /// The enterprise's profile.
  public let profile: Profile

  /// Opens the workspace at `root`.
  public init(root: String) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      let exists = FileManager.default.fileExists(atPath: root)
      throw EssorError(
        .workspaceNotFound, at: .file(path: root, line: nil, column: nil),
        exists
          ? LocalizedText(
            fr: "c’est un fichier, pas le dossier d’un espace Essor.",
            en: "this is a file, not an Essor workspace folder.")
          : LocalizedText(fr: "ce dossier n’existe pas.", en: "this folder does not exist."),
        hint: LocalizedText(
          fr: "passez le dossier qui contient \(Self.profileFile), ou créez-en un avec "
            + "« essor init ».",
          en: "pass the folder that holds \(Self.profileFile), or create one with "
            + "“essor init”."))
    }
    let path = (root as NSString).appendingPathComponent(Self.profileFile)
    guard FileManager.default.fileExists(atPath: path) else {
      throw EssorError(
        .workspaceNotFound, at: .file(path: root, line: nil, column: nil),
        LocalizedText(
          fr: "ce dossier n’est pas un espace Essor (pas de \(Self.profileFile)).",
          en: "this folder is not an Essor workspace (no \(Self.profileFile))."),
        hint: LocalizedText(
          fr: "créez-le avec « essor init DOSSIER --name NOM --form scop ».",
          en: "create one with “essor init DIR --name NAME --form scop”."))
    }
    self.root = root
    self.profile = try Profile(yaml: YAMLDocument.load(path: path))
  }

  /// Finds the workspace: `explicit` if given, else the nearest folder holding
  /// `essor.yaml` from `start` upwards.
  public static func find(explicit: String?, from start: String) throws -> Workspace {
    if let explicit { return try Workspace(root: explicit) }
    var folder = URL(fileURLWithPath: start).standardizedFileURL
    while true {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent(profileFile).path) {
        return try Workspace(root: folder.path)
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { break }
      folder = parent
    }
    throw EssorError(
      .workspaceNotFound,
      LocalizedText(
        fr: "aucun espace Essor ici ni dans les dossiers parents.",
        en: "no Essor workspace here or in any parent folder."),
      hint: LocalizedText(
        fr: "passez --workspace DOSSIER, ou créez-en un avec « essor init ».",
        en: "pass --workspace DIR, or create one with “essor init”."))
  }

  /// Creates a workspace at `root` (the folder may exist but must not hold a profile).
  @discardableResult
  public static func create(at root: String, profile: Profile) throws -> Workspace {
    let manager = FileManager.default
    let profilePath = (root as NSString).appendingPathComponent(profileFile)
    guard !manager.fileExists(atPath: profilePath) else {
      throw EssorError(
        .workspaceExists, at: .file(path: profilePath, line: nil, column: nil),
        LocalizedText(
          fr: "un espace Essor existe déjà ici ; rien n’a été modifié.",
          en: "an Essor workspace already exists here; nothing was changed."))
    }
    var isFolder: ObjCBool = false
    if manager.fileExists(atPath: root, isDirectory: &isFolder), !isFolder.boolValue {
      throw EssorError(
        .outputNotWritable, at: .file(path: root, line: nil, column: nil),
        LocalizedText(
          fr: "c’est un fichier, pas un dossier.", en: "this is a file, not a folder."),
        hint: LocalizedText(
          fr: "choisissez un autre nom de dossier.", en: "choose another folder name."))
    }
    let parent = URL(fileURLWithPath: root).deletingLastPathComponent().path
    try AtomicFile.checkWritableFolder(
      manager.fileExists(atPath: root) ? root : parent, for: root)
    do {
      for folder in [""] + folders {
        try manager.createDirectory(
          atPath: (root as NSString).appendingPathComponent(folder),
          withIntermediateDirectories: true)
      }
    } catch {
      throw EssorError(
        .outputNotWritable, at: .file(path: root, line: nil, column: nil),
        LocalizedText(
          fr: "impossible de créer le dossier : \(error.localizedDescription)",
          en: "cannot create the folder: \(error.localizedDescription)"))
    }
    try AtomicFile.write(profile.yamlText, to: profilePath)
    return try Workspace(root: root)
  }

  /// The path of a file inside the workspace.
  public func path(_ relative: String) -> String {
    (root as NSString).appendingPathComponent(relative)
  }
}
