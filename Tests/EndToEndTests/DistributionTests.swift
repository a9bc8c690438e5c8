import Foundation
import TestSupport
import Testing

/// What a consultant meets outside the checkout: argument errors in their language with exit
/// 64, "did you mean …?" for every kind of name, help within 80 columns, man pages and
/// completions for every subcommand, and a binary that carries its own templates.
///
/// The release build itself (static runtime, install, .deb) is checked by `make
/// test-release` (Tests/Release/run.sh), which builds it once.
@Suite struct DistributionTests {
  /// One argument error of each kind the parser reports, with what the message says in
  /// French and in English.
  static let argumentErrors: [(words: [String], fr: String, en: String)] = [
    (
      ["finance", "loan", "--amout", "3"],
      "option « --amout » inconnue ; vouliez-vous dire « --amount » ?",
      "unknown option “--amout”; did you mean “--amount”?"
    ),
    (["tools", "--bogus"], "option « --bogus » inconnue.", "unknown option “--bogus”."),
    (
      ["finance", "loan", "--amount"], "il manque la valeur de « --amount <amount> ».",
      "missing value for “--amount <amount>”."
    ),
    (["tools", "extra"], "argument inattendu « extra ».", "unexpected argument “extra”."),
    (
      ["init", "x", "--name", "A", "--form", "scop", "--headcount", "abc"],
      "valeur « abc » refusée pour « --headcount <headcount> ».",
      "invalid value “abc” for “--headcount <headcount>”."
    ),
    (["init"], "il manque l’argument « <directory> ».", "missing argument “<directory>”."),
    (
      ["fnance"], "sous-commande « fnance » inconnue ; vouliez-vous dire « finance » ?",
      "unknown subcommand “fnance”; did you mean “finance”?"
    ),
    (
      ["canvas", "chek"], "sous-commande « chek » inconnue ; vouliez-vous dire « check » ?",
      "unknown subcommand “chek”; did you mean “check”?"
    ),
  ]

  @Test(arguments: 0..<argumentErrors.count)
  func argumentErrorsInBothLanguagesExit64(index: Int) throws {
    let error = Self.argumentErrors[index]
    for (language, expected) in [("fr_FR.UTF-8", error.fr), ("en_US.UTF-8", error.en)] {
      let result = try Repository.runEssor(error.words, environment: ["LANG": language])
      #expect(result.status == 64, "\(error.words) \(language): \(result.stderr)")
      #expect(result.stderr.contains(expected), "\(error.words) \(language): \(result.stderr)")
      #expect(result.stderr.hasPrefix("essor: "), "\(result.stderr)")
      #expect(result.stderr.contains(language.hasPrefix("fr") ? "erreur E107" : "error E107"))
      #expect(result.stdout.isEmpty)
    }
    // --lang wins over the environment, even when the command line is wrong.
    let english = try Repository.runEssor(
      error.words + ["--lang", "en"], environment: ["LANG": "fr_FR.UTF-8"])
    #expect(english.status == 64)
    #expect(english.stderr.contains("error E107"), "\(english.stderr)")
  }

  @Test func workspaceAndLangMayComeBeforeTheSubcommand() throws {
    let folder = try TemporaryFolder()
    let sample = Repository.path("samples/sas-ess-recyclerie")
    let before = try Subprocess.run(
      Repository.essor, ["--workspace", sample, "--lang", "en", "diagnose", "report"],
      directory: folder.path)
    let after = try Subprocess.run(
      Repository.essor, ["diagnose", "report", "--workspace", sample, "--lang", "en"],
      directory: folder.path)
    #expect(before.status == 0, "\(before.stderr)")
    #expect(before.stdout == after.stdout)
    let created = try Repository.runEssor(["--lang=en", "init"])
    #expect(created.status == 64)
    #expect(created.stderr.contains("missing argument “<directory>”"), "\(created.stderr)")
  }

  @Test func theHintNamesTheUsageAndTheHelpCommand() throws {
    let result = try Repository.runEssor(["finance", "loan", "--amout", "3", "--lang", "fr"])
    #expect(
      result.stderr.contains("→ voir « essor finance loan --help » ; usage : essor finance loan"))
  }

  /// A sample workspace copied to a temporary folder.
  private func workspace(_ sample: String = "scop-lauragais") throws -> (TemporaryFolder, String) {
    let folder = try TemporaryFolder()
    let path = folder.file(sample)
    try FileManager.default.copyItem(atPath: Repository.path("samples/\(sample)"), toPath: path)
    return (folder, path)
  }

  @Test func didYouMeanForScenariosKindsTemplatesAndTools() throws {
    let (folder, path) = try workspace()
    _ = folder
    let cases: [(words: [String], status: Int32, fr: String, en: String)] = [
      (
        ["finance", "plan", "bsae"], 66, "vouliez-vous dire « base » ?", "did you mean “base”?"
      ),
      (["canvas", "new", "lena"], 64, "vouliez-vous dire « lean » ?", "did you mean “lean”?"),
      (
        ["diagnose", "report", "--template", "impact-quik"], 64,
        "vouliez-vous dire « impact-quick » ?", "did you mean “impact-quick”?"
      ),
      (
        ["run", "financng", "plan"], 69, "vouliez-vous dire « financing » ?",
        "did you mean “financing”?"
      ),
    ]
    for item in cases {
      for (language, expected) in [("fr", item.fr), ("en", item.en)] {
        let result = try Repository.runEssor(
          item.words + ["--workspace", path, "--lang", language])
        #expect(result.status == item.status, "\(item.words): \(result.stderr)")
        #expect(result.stderr.contains(expected), "\(item.words) \(language): \(result.stderr)")
      }
    }
  }

  @Test func aTemplateNotFoundSaysWhatWasSearchedAndWhatExists() throws {
    let (folder, path) = try workspace()
    let extra = folder.file("programme")
    let result = try Repository.runEssor(
      ["diagnose", "report", "--template", "zzz", "--workspace", path, "--lang", "en"],
      environment: ["ESSOR_TEMPLATES": extra])
    #expect(result.status == 64)
    #expect(result.stderr.contains("template “zzz” not found."), "\(result.stderr)")
    #expect(result.stderr.contains("available: financing-readiness, impact-quick"))
    #expect(
      result.stderr.contains(
        "searched: \(path)/templates/diagnostic, \(extra)/diagnostic, built-in (diagnostic)"),
      "\(result.stderr)")
  }

  /// The binary copied alone outside the checkout, run from elsewhere, still has every
  /// built-in questionnaire and canvas kind (they are compiled into it).
  @Test func aCopiedBinaryFindsEveryBuiltInTemplate() throws {
    let folder = try TemporaryFolder()
    let binary = folder.file("bin/essor")
    try FileManager.default.createDirectory(
      atPath: folder.file("bin"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Repository.essor, toPath: binary)
    let workspace = folder.file("coop")
    let created = try Subprocess.run(
      binary, ["init", workspace, "--name", "Coop", "--form", "scop"], directory: folder.path)
    #expect(created.status == 0, "\(created.stderr)")
    let templates = try FileManager.default.contentsOfDirectory(
      atPath: Repository.path("templates/diagnostic")
    ).filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
    #expect(templates.count >= 2)
    for id in templates {
      let run = try Subprocess.run(
        binary, ["diagnose", "--template", id, "--workspace", workspace, "--lang", "en"],
        stdin: "q\n", directory: folder.path)
      #expect(run.status == 0, "\(id): \(run.stderr)")
      #expect(!run.stderr.contains("E101"), "\(id): \(run.stderr)")
    }
    let kinds = try FileManager.default.contentsOfDirectory(
      atPath: Repository.path("templates/canvas")
    ).filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
    for kind in kinds {
      let made = try Subprocess.run(
        binary, ["canvas", "new", kind, "--workspace", workspace], directory: folder.path)
      #expect(made.status == 0, "\(kind): \(made.stderr)")
    }
    let listed = try Subprocess.run(
      binary, ["canvas", "kinds", "--workspace", workspace, "--lang", "en"],
      directory: folder.path)
    for kind in kinds {
      #expect(listed.stdout.contains("built-in:templates/canvas/\(kind).yaml"), "\(listed.stdout)")
    }
    // The issue's case: a sample's diagnostic report, run from elsewhere.
    let report = try Subprocess.run(
      binary, ["diagnose", "report", "--workspace", Repository.path("samples/sas-ess-recyclerie")],
      directory: folder.path)
    #expect(report.status == 0, "\(report.stderr)")
  }

  /// Every command path, from `--experimental-dump-help`, `help` left out.
  static func commandPaths() throws -> [[String]] {
    let dump = try Repository.runEssor(["--experimental-dump-help"])
    let root = try #require(try jsonObject(dump.stdout) as? [String: Any])
    var paths: [[String]] = []
    func walk(_ command: [String: Any], _ path: [String]) {
      paths.append(path)
      for child in command["subcommands"] as? [[String: Any]] ?? [] {
        guard let name = child["commandName"] as? String, name != "help" else { continue }
        walk(child, path + [name])
      }
    }
    walk(try #require(root["command"] as? [String: Any]), [])
    return paths
  }

  @Test func helpForEveryCommandFitsIn80ColumnsAndHelpWorks() throws {
    let paths = try Self.commandPaths()
    #expect(paths.count >= 18)
    for path in paths {
      let help = try Repository.runEssor(path + ["--help"], environment: ["COLUMNS": "80"])
      #expect(help.status == 0, "\(path)")
      for line in help.stdout.split(separator: "\n") {
        #expect(line.count <= 80, "essor \(path.joined(separator: " ")) --help: \(line)")
      }
      guard !path.isEmpty else { continue }
      let viaHelp = try Repository.runEssor(["help"] + path)
      #expect(viaHelp.status == 0, "essor help \(path)")
      #expect(viaHelp.stdout == help.stdout, "essor help \(path.joined(separator: " "))")
    }
  }

  @Test func manPagesAndCompletionsForEverySubcommand() throws {
    let folder = try TemporaryFolder()
    let generated = try Subprocess.run(
      "/usr/bin/env",
      ["python3", Repository.path("scripts/gen-man.py"), Repository.essor, folder.path])
    #expect(generated.status == 0, "\(generated.stderr)")
    for path in try Self.commandPaths() {
      let page = folder.file((["essor"] + path).joined(separator: "-") + ".1")
      let text = try String(contentsOfFile: page, encoding: .utf8)
      #expect(text.contains(".SH NAME"), "\(page)")
      #expect(text.contains(".SH OPTIONS"), "\(page)")
      #expect(text.contains("essor \\- ") || path.count > 0, "\(page)")
    }
    let root = try String(contentsOfFile: folder.file("essor.1"), encoding: .utf8)
    #expect(root.contains(".SH EXIT STATUS") && root.contains("ESSOR_TEMPLATES"))
    for shell in ["bash", "zsh", "fish"] {
      let script = try Repository.runEssor(["--generate-completion-script", shell])
      #expect(script.status == 0)
      for path in try Self.commandPaths() {
        guard let word = path.last else { continue }
        #expect(script.stdout.contains(word), "\(shell) completion: \(path)")
      }
      #expect(script.stdout.contains("workspace"), "\(shell): the options too")
    }
  }
}
