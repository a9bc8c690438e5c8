import ArgumentParser
import EssorCore
import Foundation

/// `essor canvas new KIND`: a commented skeleton to fill, in the workspace.
struct CanvasNewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Write a commented canvas skeleton to canvas/<name>.yaml in the workspace.",
    usage: "essor canvas new <kind> [--name <name>] [<options>]",
    discussion: """
      Never overwrites: choose another --name, or remove the file first.

      Examples:
        essor canvas new bmc
        essor canvas new strategy --name strategie-2027 --lang fr
      """)

  @Argument(help: "The kind: bmc, lean, ess, strategy, or one of “essor canvas kinds”.")
  var kind: String
  @Option(help: "The canvas's name (default: the kind).") var name: String?
  @OptionGroup var common: CommonOptions

  func run() throws {
    try ToolHost.run(
      ["canvas", "new"],
      input: ToolInput(
        arguments: ["kind": kind], options: ["name": name].compactMapValues { $0 }),
      common: common)
  }
}
