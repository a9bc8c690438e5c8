import ArgumentParser
import EssorCore
import EssorReport
import Foundation

/// `essor diagnose [run]`: asks the questions, saving after every answer.
struct DiagnoseRunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Answer the questionnaire (resumes where you stopped).",
    usage: "essor diagnose [run] [<options>]",
    discussion: """
      At any question: ? help · < back · na not applicable (where allowed) · skip (optional \
      questions) · q save and quit. Enter keeps the answer shown. Works with a pipe too: one \
      answer per line. With --answers FILE, scores that file without asking anything.
      """)

  @Option(help: "The questionnaire (default: financing-readiness).") var template: String?
  @Flag(help: "Continue where you stopped (what running again does anyway).") var resume = false
  @Flag(
    name: .customLong("new-run"),
    help: "Go through every question again (months later); the last answers are the defaults.")
  var newRun = false
  @Option(help: "Score this answers file without asking anything.") var answers: String?
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    var flags: Set<String> = []
    if resume { flags.insert("resume") }
    if newRun { flags.insert("new-run") }
    try ToolHost.run(
      ["diagnose", "run"],
      input: ToolInput(
        options: ["template": template, "answers": answers].compactMapValues { $0 }, flags: flags),
      common: common, output: output)
  }
}
