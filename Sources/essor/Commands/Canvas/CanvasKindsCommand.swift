import ArgumentParser
import EssorCore

/// `essor canvas kinds`: the kinds available, where each comes from, and their lint.
struct CanvasKindsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kinds",
    abstract: "List the canvas kinds found, load and lint each one.",
    usage: "essor canvas kinds [<options>]",
    discussion: """
      Kinds come from the workspace's templates/canvas/, then ESSOR_TEMPLATES, then the \
      kinds shipped with Essor; the first file of an id wins. Exits with 65 when a kind \
      file is invalid.
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try ToolHost.run(["canvas", "kinds"], input: ToolInput(), common: common, output: output)
  }
}
