import Foundation
import TestSupport
import Testing

/// Every sample's outputs stay as they were: the JSON to the byte, the workbooks to the
/// cell (value, cached value and formula, read back by openpyxl), against
/// `Tests/Fixtures/sample-outputs`, written by the Essor before the tool-contract refactor.
///
/// A deliberate change of output (a bug fixed) rewrites the fixture in the same commit.
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
      #expect(result.stdout == expected, "\(sample) \(name): the JSON changed")
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
