import Foundation
import TestSupport
import Testing

/// Every sample's outputs stay as they were: the JSON to the byte, the workbooks to the
/// cell (value, cached value and formula, read back by openpyxl), against
/// `Tests/Fixtures/sample-outputs`, written by the Essor before the tool-contract refactor.
///
/// A deliberate change of output (a bug fixed) rewrites the fixture in the same commit. The
/// JSON outputs' `"essor"` member (version and git commit of the build) is the one part
/// normalised: the fixtures hold `VERSION` and `COMMIT`, and the values are compared with
/// `essor --version`.
@Suite struct SampleOutputTests {
  /// The commands compared, by fixture name.
  static let commands: [(name: String, words: [String])] = [
    ("plan", ["finance", "plan", "base"]), ("loans", ["finance", "loan"]),
    ("report", ["diagnose", "report"]), ("compare", ["diagnose", "compare"]),
    ("canvases", ["canvas", "show"]), ("check", ["canvas", "check"]),
  ]

  static let cases: [(sample: String, name: String)] = [
    "scop-lauragais", "scic-terres-communes", "sas-ess-recyclerie",
  ].flatMap { sample in commands.map { (sample, $0.name) } }

  /// The `"essor"` member every JSON output carries (version and commit), as `--version`
  /// says them.
  static let provenance: (version: String, commit: String)? = {
    guard let line = try? Repository.runEssor(["--version"]).stdout,
      let open = line.firstIndex(of: "("), line.contains("(commit ")
    else { return nil }
    let version = line[..<open].trimmingCharacters(in: .whitespaces)
    let commit = line[open...].dropFirst("(commit ".count).prefix { $0 != ")" }
    return (version, String(commit))
  }()

  /// The output with its build-specific `"essor"` member (version, commit) replaced by the
  /// fixtures' placeholders `VERSION` and `COMMIT`, and the values it held.
  ///
  /// The fixtures stay byte-for-byte comparable across builds: only these two strings,
  /// at this one place (the object right after `"schema"`), are normalised; they are checked
  /// against `essor --version` instead.
  static func normalised(_ json: String) -> (String, (version: String, commit: String)?) {
    var lines = json.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count > 5, lines[2] == "  \"essor\": {" else { return (json, nil) }
    func value(_ line: String, _ key: String) -> String? {
      let prefix = "    \"\(key)\": \""
      guard line.hasPrefix(prefix) else { return nil }
      return String(line.dropFirst(prefix.count).prefix { $0 != "\"" })
    }
    guard let version = value(lines[3], "version"), let commit = value(lines[4], "commit") else {
      return (json, nil)
    }
    lines[3] = "    \"version\": \"VERSION\","
    lines[4] = "    \"commit\": \"COMMIT\""
    return (lines.joined(separator: "\n"), (version, commit))
  }

  @Test(arguments: cases)
  func outputsAreUnchanged(sample: String, name: String) throws {
    let words = try #require(Self.commands.first { $0.name == name }).words
    let fixtures = Repository.path("Tests/Fixtures/sample-outputs/\(sample)")
    // Relative, as the fixtures were written: some outputs quote the canvases' paths.
    let workspace = "samples/\(sample)"
    let root = Repository.path("")
    let environment = ["SOURCE_DATE_EPOCH": "1767225600", "LANG": "C.UTF-8", "COLUMNS": "100"]
    let json = fixtures + "/\(name).json"
    if FileManager.default.fileExists(atPath: json) {
      let result = try Repository.runEssor(
        words + ["--workspace", workspace, "--format", "json"], environment: environment,
        directory: root)
      let expected = try String(contentsOfFile: json, encoding: .utf8)
      let (normalised, provenance) = Self.normalised(result.stdout)
      #expect(normalised == expected, "\(sample) \(name): the JSON changed")
      #expect(provenance?.version == Self.provenance?.version, "\(sample) \(name): version")
      #expect(provenance?.commit == Self.provenance?.commit, "\(sample) \(name): commit")
    }
    let cells = fixtures + "/\(name).cells.json"
    guard FileManager.default.fileExists(atPath: cells) else { return }
    let folder = try TemporaryFolder()
    let path = folder.file("\(name).xlsx")
    let written = try Repository.runEssor(
      words + ["--workspace", workspace, "--format", "xlsx", "--output", path],
      environment: environment, directory: root)
    #expect(written.status == 0, "\(written.stderr)")
    let dumped = try Repository.oracle("workbook_cells.py", [path])
    let expected = try String(contentsOfFile: cells, encoding: .utf8)
    #expect(dumped.stdout == expected, "\(sample) \(name): the workbook's cells changed")
  }
}
