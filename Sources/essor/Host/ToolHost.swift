import ArgumentParser
import EssorCore
import EssorReport
import Foundation

/// Runs a built-in tool's command for the command line.
///
/// It finds the workspace, builds the context (languages, the run's facts, the clock, the seed, the console), calls the tool,
/// renders its document where the user asked, prints its diagnostics and exits with its
/// status. It knows nothing of any tool.
enum ToolHost {
  /// Runs the command called by `path` (`finance plan`) with `input`.
  static func run(
    _ path: [String], input: ToolInput, common: CommonOptions, output: OutputOptions? = nil
  ) throws {
    try Host.run(language: common.messageLanguage) { messages in
      let registry = try Registry.load()
      guard let (tool, command) = registry.command(path: path) else {
        throw EssorError(
          .invalidRegistry,
          LocalizedText(
            fr: "aucun outil n’a la commande « \(path.joined(separator: " ")) ».",
            en: "no tool has the command “\(path.joined(separator: " "))”."))
      }
      try execute(tool, command, input: input, common: common, output: output, messages: messages)
    }
  }

  /// Runs `command` of `tool` (already found) in the message language `messages`.
  static func execute(
    _ tool: any Tool.Type, _ command: ToolCommand, input: ToolInput, common: CommonOptions,
    output: OutputOptions?, messages: Language
  ) throws {
    // The format is checked before any work, so a typo costs nothing.
    if command.output == .document { _ = try output?.outputFormat() }
    let context = try makeContext(
      common: common, need: command.workspace, interactive: command.isInteractive,
      messages: messages)
    let result = try tool.run(command.name, input: input, context: context)
    // After a conversation, what follows stands apart from the last answer.
    if command.isInteractive && result.document != nil && output?.output == nil { print("") }
    try present(result, output: output, messages: messages, clock: context.clock)
  }

  /// The context of a run: the workspace as the command needs it, the languages, the run's
  /// facts over the registry, the clock, the seed, the console.
  static func makeContext(
    common: CommonOptions, need: ToolCommand.WorkspaceNeed, interactive: Bool, messages: Language
  ) throws -> ToolContext {
    let registry = try Registry.load()
    var workspace: Workspace?
    var workspaceError: EssorError?
    switch need {
    case .required:
      workspace = try common.workspace(required: true)
    case .optional:
      // A workspace when there is one; without, the tool may still need it, and then says
      // what finding it said.
      do {
        workspace = try common.workspace(required: true)
      } catch let error as EssorError
        where common.workspace == nil && error.code == .workspaceNotFound
      {
        workspaceError = error
      }
    case .none:
      workspace = nil
    }
    let environment = Host.environment
    let clock = SystemClock(environment: environment)
    let language = try common.documentLanguage(workspace)
    let facts = registry.factStore(
      workspace.map {
        FactContext(workspace: $0, clock: clock, environment: environment, language: language)
      })
    var context = ToolContext(
      language: language, messages: messages, workspace: workspace, facts: facts, clock: clock,
      seed: environment["ESSOR_SEED"].flatMap(UInt64.init) ?? 0, environment: environment,
      console: interactive ? StandardConsole(environment: environment) : nil)
    context.workspaceError = workspaceError
    context.progress = TerminalProgress.make(environment: environment, messages: messages)
    context.factsOf = { other in
      registry.factStore(
        FactContext(workspace: other, clock: clock, environment: environment, language: language))
    }
    return context
  }

  /// Shows a result: the document where asked, the headline, the files written, the
  /// diagnostics on standard error; then exits with the result's status.
  static func present(
    _ result: ToolResult, output: OutputOptions?, messages: Language, clock: any WallClock
  ) throws {
    var toFile = false
    if var document = result.document {
      document.properties.created = document.properties.created ?? clock.now
      let output = output ?? OutputOptions()
      try output.emit(document, messages: messages, inputs: result.inputs)
      toFile = output.output != nil
    }
    if let headline = result.headline, result.document == nil || toFile {
      print(headline(messages))
    }
    for export in result.exports {
      var document = export.document
      document.properties.created = document.properties.created ?? clock.now
      let renderer =
        FormatRegistry.standard.renderer(
          forExtension: (export.path as NSString).pathExtension.lowercased()) ?? XLSXRenderer()
      try OutputOptions.checkReplaceable(export.path, format: renderer, flag: export.path)
      _ = try renderer.write(document, to: .file(export.path))
      // Said in the document's language, like the conversation that produced it.
      let language = document.language
      print("\n" + export.label(language) + (language == .fr ? " : " : ": ") + export.path)
    }
    for path in result.written {
      let line = (messages == .fr ? "Écrit : " : "Written: ") + path
      // Beside a document on standard output, the note goes to standard error: the output
      // stays what its format says (JSON that parses).
      if result.document != nil && !toFile { Host.log(line) } else { print(line) }
    }
    for diagnostic in result.diagnostics {
      Host.log(diagnostic.rendered(in: messages))
    }
    if result.status != .success { throw ExitCode(result.status.code) }
  }
}
