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
