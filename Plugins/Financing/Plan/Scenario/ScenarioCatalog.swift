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

  /// The scenario other tools' facts come from: `base`, else the only one, else the first
  /// in alphabetical order; nil when the workspace has none.
  public static func main(in workspace: Workspace) throws -> String? {
    let ids = ids(in: workspace)
    let id = ids.contains("base") ? "base" : ids.first
    return id.map { path($0, in: workspace) }
  }
}
