import Foundation
import TestSupport
import Testing

/// Bad input: the right exit code, a message naming the flag or file:line, and nothing written.
@Suite(.serialized) struct BadInputTests {
  private let base = ["finance", "loan", "--amount", "100000", "--rate", "4%", "--years", "7"]
  private static let loan = ["--amount", "100000", "--rate", "4%"]

  /// Each command (after `essor finance loan`), the exit code and words stderr must contain.
  @Test(
    arguments: [
      (["--amount", "0", "--rate", "4%", "--years", "7"], 64, "--amount"),
      (["--amount", "-100", "--rate", "4%", "--years", "7"], 64, "un montant positif"),
      (loan + ["--rate", "-1%", "--years", "7"], 64, "--rate"),
      (["--amount", "1000", "--rate", "120%", "--years", "7"], 64, "--rate"),
      (loan + ["--years", "0"], 64, "--years"),
      (loan + ["--periods", "0"], 64, "--periods"),
      (loan + ["--years", "7", "--grace-months", "84"], 64, "--grace-months"),
      (loan + ["--years", "7", "--method", "balloon"], 64, "annuity, linear, in-fine"),
      (
        loan + ["--years", "7", "--periodicity", "weekly"], 64,
        "monthly, quarterly, semiannual, annual"
      ),
      (loan + ["--years", "7", "--format", "pdf"], 64, "--format"),
      (loan + ["--years", "7", "--lang", "de"], 64, "--lang"),
      (loan + ["--years", "7", "--file", "loans.yaml"], 64, "--file"),
      (loan + ["--years", "7", "--fees", "abc"], 64, "--fees"),
      (loan + ["--years", "7", "--start", "2027-13"], 64, "--start"),
      (loan + ["--years", "7", "--amount2", "1"], 64, "option « --amount2 » inconnue"),
    ] as [([String], Int32, String)])
  func badFlags(arguments: [String], exit: Int32, words: String) throws {
    let folder = try TemporaryFolder()
    let output = folder.file("out.json")
    let result = try Repository.runEssor(
      ["finance", "loan"] + arguments + ["--output", output], directory: folder.path)
    #expect(result.status == exit, "\(arguments) → \(result.stderr)")
    #expect(result.stderr.contains(words), "\(result.stderr)")
    #expect(!result.stderr.contains("Fatal error"))
    #expect(folder.contents.isEmpty, "nothing may be written: \(folder.contents)")
  }

  @Test func xlsxNeedsAnOutputPath() throws {
    let result = try Repository.runEssor(base + ["--format", "xlsx"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--output"))
  }

  @Test func malformedAndMistypedYAMLNameTheLine() throws {
    let folder = try TemporaryFolder()
    let cases: [(String, Int32, String)] = [
      ("schema: 1\nloans:\n  - amount: 1000\n    rate: 4%\n   years: 7\n", 65, "loans.yaml:5:"),
      (
        "schema: 1\nloans:\n  - amount: 1000\n    rate: four\n    years: 7\n", 65, "loans.yaml:4:11"
      ),
      (
        "schema: 1\nloans:\n  - amount: 1000\n    rate: 4%\n    years: 7\n    colour: red\n", 65,
        "loans.yaml:6:5"
      ),
      ("\t- not yaml", 65, "loans.yaml:1:"),
    ]
    for (text, exit, location) in cases {
      let path = folder.file("loans.yaml")
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      let output = folder.file("out.xlsx")
      let result = try Repository.runEssor([
        "finance", "loan", "--file", path, "--format", "xlsx", "--output", output,
      ])
      #expect(result.status == exit, "\(text) → \(result.stderr)")
      #expect(result.stderr.contains(location), "\(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: output))
    }
    let missing = try Repository.runEssor(["finance", "loan", "--file", folder.file("none.yaml")])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("none.yaml"))
  }

  @Test func anUnwritableOutputPathWritesNothing() throws {
    let folder = try TemporaryFolder()
    try "x".write(toFile: folder.file("file"), atomically: true, encoding: .utf8)
    for output in [folder.file("missing/dir/out.xlsx"), folder.file("file/out.xlsx")] {
      let result = try Repository.runEssor(base + ["--format", "xlsx", "--output", output])
      #expect(result.status == 64, "\(result.stderr)")
      #expect(result.stderr.contains("E104"))
    }
    #expect(folder.contents == ["file"])
  }

  @Test func noWorkspaceAndNoLoanIsMissingInput() throws {
    let folder = try TemporaryFolder()
    let result = try Repository.runEssor(["finance", "loan"], directory: folder.path)
    #expect(result.status == 66)
    #expect(result.stderr.contains("E302"))
  }
}
