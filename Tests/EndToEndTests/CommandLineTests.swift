import Foundation
import TestSupport
import Testing

/// Runs the built `essor` binary as a user would.
@Suite(.serialized) struct CommandLineTests {
  @Test func versionAndHelpWithExamples() throws {
    let version = try Repository.runEssor(["--version"])
    #expect(version.status == 0)
    // The version, then the git commit embedded at build time (12 hex digits, maybe -dirty).
    let line = version.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(line.hasPrefix("0.1.0 (commit "), "\(line)")
    let commit = line.dropFirst("0.1.0 (commit ".count).prefix { $0 != ")" }
    #expect(commit.prefix(12).allSatisfy(\.isHexDigit) && commit.count >= 12, "\(line)")
    let help = try Repository.runEssor(["finance", "loan", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("essor finance loan --amount 100000 --rate 4% --years 7"))
    #expect(help.stdout.contains("--grace-type"))
  }

  @Test func toolsListsTheRegisteredToolsAndTheirFacts() throws {
    let table = try Repository.runEssor(["tools", "--lang", "en"])
    #expect(table.status == 0)
    #expect(table.stdout.contains("financing"))
    #expect(table.stdout.contains("financing.loans.total"))
    let json = try Repository.runEssor(["tools", "--format", "json"])
    let object = try #require(try jsonObject(json.stdout) as? [String: Any])
    #expect(object["schema"] as? Int == 1)
    let tools = try #require(object["tools"] as? [[String: Any]])
    // In the programme's order: diagnostic, strategy canvases, financing.
    #expect(
      tools.map { $0["id"] as? String } == [
        "diagnostic", "canvas", "financing", "pitch", "actions", "cohort",
      ])
  }

  @Test func initCreatesAWorkspaceAndRefusesToOverwriteIt() throws {
    let folder = try TemporaryFolder()
    let root = folder.file("la-fabrique")
    let created = try Repository.runEssor([
      "init", root, "--name", "La Fabrique", "--form", "scop", "--region", "Occitanie",
    ])
    #expect(created.status == 0, "\(created.stderr)")
    let profile = try String(contentsOfFile: root + "/essor.yaml", encoding: .utf8)
    #expect(profile.contains("legal-form: scop"))
    #expect(profile.contains("schema: 1"))
    let again = try Repository.runEssor(["init", root, "--name", "Other", "--form", "scic"])
    #expect(again.status == 64)
    #expect(again.stderr.contains("E105"))
    #expect(try String(contentsOfFile: root + "/essor.yaml", encoding: .utf8) == profile)
    let badForm = try Repository.runEssor([
      "init", folder.file("x"), "--name", "X", "--form", "coop",
    ])
    #expect(badForm.status == 64)
    #expect(badForm.stderr.contains("--form"))
    #expect(badForm.stderr.contains("scop-amorcage"))
    #expect(!FileManager.default.fileExists(atPath: folder.file("x")))
  }

  @Test func theReferenceLoanInJSON() throws {
    let result = try Repository.runEssor([
      "finance", "loan", "--amount", "100000", "--rate", "4%", "--years", "7", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try jsonObject(result.stdout) as? [String: Any])
    #expect(object["schema"] as? Int == 1)
    let loan = try #require((object["loans"] as? [[String: Any]])?.first)
    #expect(loan["instalment"] as? Double == 1366.88)
    #expect(loan["totalInterest"] as? Double == 14817.97)
    let schedule = try #require(loan["schedule"] as? [[String: Any]])
    #expect(schedule.count == 84)
    let interest = schedule.compactMap { $0["interest"] as? Double }.reduce(0, +)
    #expect(abs(interest - 14_817.973_226_514_738) <= 0.05)
    #expect(schedule.last?["balance"] as? Double == 0)
    // Amounts are written with two decimals.
    #expect(result.stdout.contains("\"amount\": 100000.00"))
  }

  @Test func markdownAndTableOutputs() throws {
    let args = [
      "finance", "loan", "--amount", "10000", "--rate", "3%", "--years", "1", "--start", "2027-01",
    ]
    let md = try Repository.runEssor(args + ["--format", "md", "--lang", "en"])
    #expect(md.status == 0)
    #expect(md.stdout.contains("## Schedule — "))
    #expect(md.stdout.contains("| 1 | 2027-02-01 |"))
    let table = try Repository.runEssor(args + ["--lang", "fr"])
    #expect(table.status == 0)
    #expect(table.stdout.contains("Capital restant dû"))
    #expect(!table.stdout.contains("\u{1B}["), "no colour when not on a terminal")
  }

  @Test func colourOnlyOnARealTerminalAndNeverWithNO_COLOR() throws {
    let command = [
      Repository.essor, "finance", "loan", "--amount", "1000", "--rate", "1%", "--years", "1",
    ]
    let plain = ["python3", Repository.path("Tests/Oracles/run_in_pty.py")] + command
    // `swift test` runs tests with NO_COLOR=1: the coloured run must not inherit it.
    let coloured = try Subprocess.run("/usr/bin/env", plain, removing: ["NO_COLOR"])
    #expect(
      coloured.status == 0, "\(coloured.stderr.replacingOccurrences(of: "\u{1B}", with: "ESC"))")
    #expect(coloured.stdout.contains("\u{1B}[1m"))
    let muted = try Subprocess.run("/usr/bin/env", plain, environment: ["NO_COLOR": "1"])
    #expect(muted.status == 0)
    #expect(!muted.stdout.contains("\u{1B}["))
  }

  @Test func messagesFollowLangAndTheEnvironment() throws {
    let args = ["finance", "loan", "--amount", "0", "--rate", "4%", "--years", "7"]
    let french = try Repository.runEssor(args)
    #expect(french.stderr.contains("erreur E101: --amount"))
    let english = try Repository.runEssor(args, environment: ["LANG": "en_US.UTF-8"])
    #expect(english.stderr.contains("error E101: --amount"))
    let flag = try Repository.runEssor(
      args + ["--lang", "en"], environment: ["LANG": "fr_FR.UTF-8"])
    #expect(flag.stderr.contains("expected: a positive amount"))
  }
}
