import EssorCore
import Foundation

/// Reads `cohort.yaml`.
///
/// ```yaml
/// schema: 1
/// name: "Alter'Venture — promotion 2027"
/// phases:                  # the date each phase ends, in order
///   diagnostic: 2027-01-31
///   strategy: 2027-03-31
///   financing: 2027-05-31
///   pitch: 2027-06-30
///   committee: 2027-07-15
/// workspaces:              # folders relative to this file, or globs (`../coops/*`)
///   - ../scop-lauragais
/// ```
public enum CohortFile {
  public static let supportedSchemas = 1...1
  public static let name = "cohort.yaml"
  /// The most enterprises a cohort holds.
  public static let maximumWorkspaces = 1000

  public static func load(folder: String) throws -> Cohort {
    let path = (folder as NSString).appendingPathComponent(name)
    guard FileManager.default.fileExists(atPath: path) else {
      throw EssorError(
        .fileNotFound, at: .file(path: path, line: nil, column: nil),
        LocalizedText(fr: "pas de cohorte ici.", en: "no cohort here."),
        hint: LocalizedText(
          fr: "créez-la : essor cohort init DOSSIER --name NOM.",
          en: "create one: essor cohort init DIR --name NAME."))
    }
    let map = try YAMLDocument.load(path: path).mapping()
    try map.rejectUnknownKeys(allowed: ["schema", "name", "phases", "workspaces"])
    try YAMLDocument.checkSchema(map, supported: supportedSchemas)
    let nameNode = try map.required("name")
    let name = try nameNode.text()
    let phasesNode = try map.required("phases")
    let phasesMap = try phasesNode.mapping()
    try phasesMap.rejectUnknownKeys(allowed: Cohort.Phase.allCases.map(\.rawValue))
    var phases: [(Cohort.Phase, CalendarDate)] = []
    for phase in Cohort.Phase.allCases {
      let node = try phasesMap.required(phase.rawValue)
      let date = try node.value(
        allowed: LocalizedText(fr: "une date AAAA-MM-JJ", en: "a date YYYY-MM-DD"),
        CalendarDate.parse)
      if let previous = phases.last, date <= previous.1 {
        throw node.error(
          .invalidValue,
          LocalizedText(
            fr:
              "la phase « \(phase.rawValue) » finit le \(date), pas après « \(previous.0.rawValue) » (\(previous.1)).",
            en:
              "the phase “\(phase.rawValue)” ends on \(date), not after “\(previous.0.rawValue)” (\(previous.1))."
          ),
          hint: LocalizedText(
            fr: "les phases se suivent : diagnostic, strategy, financing, pitch, committee.",
            en: "the phases follow each other: diagnostic, strategy, financing, pitch, committee."))
      }
      phases.append((phase, date))
    }
    var workspaces: [String] = []
    let base = URL(fileURLWithPath: folder)
    for node in try map.required("workspaces").sequence() {
      let entry = try node.text()
      let matches = expand(entry, base: base)
      guard !matches.isEmpty else {
        throw node.error(
          .invalidValue,
          LocalizedText(
            fr: "« \(entry.prefix(80)) » ne désigne aucun dossier.",
            en: "“\(entry.prefix(80))” names no folder."),
          hint: LocalizedText(
            fr: "un chemin relatif à cohort.yaml, ou un motif (../coops/*).",
            en: "a path relative to cohort.yaml, or a pattern (../coops/*)."))
      }
      for match in matches where !workspaces.contains(match) { workspaces.append(match) }
    }
    guard workspaces.count <= maximumWorkspaces else {
      throw try map.required("workspaces").error(
        .invalidValue,
        LocalizedText(
          fr: "\(workspaces.count) entreprises : \(maximumWorkspaces) au plus.",
          en: "\(workspaces.count) enterprises: \(maximumWorkspaces) at most."))
    }
    return Cohort(
      name: name, phases: phases, workspaces: workspaces, folder: folder, path: path)
  }

  /// The folders an entry names: itself, or the folders its last part's `*` matches.
  static func expand(_ entry: String, base: URL) -> [String] {
    let url = URL(fileURLWithPath: entry, relativeTo: base).standardizedFileURL
    let last = url.lastPathComponent
    guard last.contains("*") else {
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
        && isFolder.boolValue ? [url.path] : []
    }
    let parent = url.deletingLastPathComponent()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
    let parts = last.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
    return names.sorted().filter { name in
      guard !name.hasPrefix("."), name.hasPrefix(parts[0]), name.hasSuffix(parts.last ?? "")
      else { return false }
      var rest = Substring(name.dropFirst(parts[0].count))
      for part in parts.dropFirst().dropLast() where !part.isEmpty {
        guard let range = rest.range(of: part) else { return false }
        rest = rest[range.upperBound...]
      }
      return FileManager.default.fileExists(
        atPath: parent.appendingPathComponent(name).appendingPathComponent(Workspace.profileFile)
          .path)
    }.map { parent.appendingPathComponent($0).path }
  }

  /// A new cohort file's text.
  public static func skeleton(name: String, start: CalendarDate) -> String {
    let ends = [1, 3, 5, 6, 7].map { start.adding(months: $0) }
    return """
      # A programme's cohort (docs/cohort.md): the date each phase ends, and the
      # enterprises' workspaces (folders relative to this file, or patterns like ../coops/*).
      schema: 1
      name: \(YAMLText.quoted(name))
      phases:
        diagnostic: \(ends[0])
        strategy: \(ends[1])
        financing: \(ends[2])
        pitch: \(ends[3])
        committee: \(ends[4])
      workspaces: []

      """
  }
}
