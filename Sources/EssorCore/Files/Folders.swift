import Foundation

/// The workspace folders commands write to (answers, canvases, exports).
public enum Folders {
  /// Creates a folder a command writes to, or says why it cannot be written — before any
  /// work, so nothing a person typed is lost to it.
  public static func prepare(_ folder: String) throws {
    try refuseFile(folder)
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw EssorError(
        .outputNotWritable, at: .file(path: folder, line: nil, column: nil),
        LocalizedText(fr: "dossier impossible à créer.", en: "cannot create the folder."),
        hint: LocalizedText(fr: "vérifiez les droits.", en: "check the permissions."))
    }
    guard access(folder, W_OK) == 0 else {
      throw EssorError(
        .outputNotWritable, at: .file(path: folder, line: nil, column: nil),
        LocalizedText(
          fr: "ce dossier n’est pas modifiable : rien ne pourrait y être enregistré.",
          en: "this folder is read-only: nothing could be saved in it."),
        hint: LocalizedText(
          fr: "rendez-le modifiable (chmod u+w) puis relancez.",
          en: "make it writable (chmod u+w) and run again."))
    }
  }

  /// Refuses a file standing where a folder should be.
  public static func refuseFile(_ folder: String) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
      !isFolder.boolValue
    else { return }
    throw EssorError(
      .outputNotWritable, at: .file(path: folder, line: nil, column: nil),
      LocalizedText(fr: "c’est un fichier, pas un dossier.", en: "this is a file, not a folder."),
      hint: LocalizedText(
        fr: "renommez ce fichier : Essor range ses fichiers dans ce dossier.",
        en: "rename that file: Essor keeps its files in this folder."))
  }
}
