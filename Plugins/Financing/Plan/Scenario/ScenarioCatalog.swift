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
    let ids = ids(in: workspace)
    if ids.contains("base") { return path("base", in: workspace) }
    return ids.count == 1 ? path(ids[0], in: workspace) : nil
  }
}
