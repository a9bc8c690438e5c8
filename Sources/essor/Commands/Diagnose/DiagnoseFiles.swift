import Diagnostic
import EssorCore
import Foundation

/// How the diagnose commands find their template and answers.
enum DiagnoseFiles {
  /// The template id: --template, else the one an answers file names, else the default.
  static func templateID(_ flag: String?, answersFile: String? = nil) -> String {
    if let flag { return flag }
    if let answersFile, let root = try? YAMLDocument.load(path: answersFile),
      let template = try? root.mapping().optional("template")?.text()
    {
      return template
    }
    return DiagnosticTool.defaultTemplate
  }

  /// Creates a folder the run writes to, or says why it cannot be written — before anything
  /// is asked, so no typed answer is lost to it.
  static func prepareFolder(_ folder: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
      throw EssorError(
        .outputNotWritable, at: .file(path: folder, line: nil, column: nil),
        LocalizedText(fr: "c’est un fichier, pas un dossier.", en: "this is a file, not a folder."),
        hint: LocalizedText(
          fr: "renommez ce fichier : Essor range ses fichiers dans ce dossier.",
          en: "rename that file: Essor keeps its files in this folder."))
    }
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
          fr: "ce dossier n’est pas modifiable : les réponses ne pourraient pas être enregistrées.",
          en: "this folder is read-only: answers could not be saved."),
        hint: LocalizedText(
          fr: "rendez-le modifiable (chmod u+w) puis relancez.",
          en: "make it writable (chmod u+w) and run again."))
    }
  }

  /// The `version:` an answers file was written for.
  static func versionOf(_ path: String) throws -> String? {
    try YAMLDocument.load(path: path).mapping().optional("version")?.text()
  }

  /// Copies an answers file aside before a new template version rewrites it.
  ///
  /// Returns the copy's path; an existing copy is never replaced.
  static func keepCopy(_ path: String, version: String) throws -> String {
    let safe = version.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    let copy = path.replacingOccurrences(of: ".answers.yaml", with: ".v\(safe).answers.yaml")
    if !FileManager.default.fileExists(atPath: copy) {
      try AtomicFile.write(FileManager.default.contents(atPath: path) ?? Data(), to: copy)
    }
    return copy
  }

  /// The workspace's answers to a template; a missing file is missing input (66).
  static func answers(_ workspace: Workspace, _ questionnaire: Questionnaire) throws -> AnswerSheet
  {
    let path = DiagnosticTool.answersPath(workspace, template: questionnaire.id)
    guard FileManager.default.fileExists(atPath: path) else {
      throw EssorError(
        .fileNotFound, at: .file(path: path, line: nil, column: nil),
        LocalizedText(
          fr: "pas encore de réponses à « \(questionnaire.id) ».",
          en: "no answers to “\(questionnaire.id)” yet."),
        hint: LocalizedText(
          fr: "lancez « essor diagnose --template \(questionnaire.id) ».",
          en: "run “essor diagnose --template \(questionnaire.id)”."))
    }
    return try AnswersFile.load(path: path, questionnaire: questionnaire).sheet
  }
}
