import EssorCore
import Foundation

/// The scenarios of a workspace: every `financing/*.yaml` except `loans.yaml`.
public enum ScenarioCatalog {
  /// The scenario ids (file names without `.yaml`), sorted.
  public static func ids(in workspace: Workspace) -> [String] {
    let folder = workspace.path("financing")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".yaml") && $0 != "loans.yaml" && !$0.hasPrefix(".") }
      .map { String($0.dropLast(5)) }.sorted()
  }

  /// The path of scenario `id`.
  public static func path(_ id: String, in workspace: Workspace) -> String {
    workspace.path("financing/\(id).yaml")
  }

  /// The workspace's main scenario: `base`, else the only one; nil when there is none or
  /// when several leave the choice open.
  public static func main(in workspace: Workspace) -> String? {
    mainID(in: workspace).map { path($0, in: workspace) }
  }

  /// The id of the workspace's main scenario (see ``main(in:)``).
  public static func mainID(in workspace: Workspace) -> String? {
    let ids = ids(in: workspace)
    if ids.contains("base") { return "base" }
    return ids.count == 1 ? ids[0] : nil
  }

  /// The path of a new scenario `name`, checked: a plain name (letters, digits, - and _, at
  /// most 60), not `loans`, and no file of that name yet — nothing is ever overwritten.
  public static func newPath(_ name: String, in workspace: Workspace, flag: String) throws -> String
  {
    guard !name.isEmpty, !name.hasPrefix("."), name.count <= 60, name != "loans",
      name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    else {
      throw EssorError(
        .invalidOption, at: .flag(flag),
        LocalizedText(fr: "nom « \(name) » refusé.", en: "name “\(name)” refused."),
        hint: LocalizedText(
          fr:
            "60 lettres, chiffres, - et _ au plus, pas « loans » (il devient financing/<nom>.yaml).",
          en: "at most 60 letters, digits, - and _, not “loans” (it becomes financing/<name>.yaml)."
        ))
    }
    let path = self.path(name, in: workspace)
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
    return path
  }
}
