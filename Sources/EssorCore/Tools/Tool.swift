/// A tool Essor hosts (Diagnostic, Canvas, Financing, Pitch…): its identity, its commands,
/// the facts it provides and consumes, and how it runs.
///
/// The metadata is static so the registry can check the whole set before anything runs.
public protocol Tool: Sendable {
  /// The stable identifier, lowercase: `financing`.
  static var id: String { get }
  /// The tool's name for people.
  static var title: LocalizedText { get }
  /// The tool's version (semantic versioning).
  static var version: String { get }
  /// The commands it offers.
  static var commands: [ToolCommand] { get }
  /// How it derives facts for the other tools (none by default).
  static var factProviders: [FactProvider] { get }
  /// The facts it reads from others (none by default).
  static var consumes: [AnyFactKey] { get }
  /// Runs one of its commands.
  ///
  /// Bad input is thrown as an ``EssorError`` (the host prints it and exits with its
  /// family's code); what the run found is in the result.
  static func run(_ command: String, input: ToolInput, context: ToolContext) throws -> ToolResult
}

extension Tool {
  public static var factProviders: [FactProvider] { [] }
  public static var consumes: [AnyFactKey] { [] }

  /// Every fact its providers derive.
  public static var provides: [AnyFactKey] { factProviders.flatMap(\.provides) }

  /// The command with this name.
  public static func command(_ name: String) -> ToolCommand? {
    commands.first { $0.name == name }
  }

  /// The error for a command name the tool does not have (a defect of the caller).
  public static func unknownCommand(_ name: String) -> EssorError {
    let names = commands.map(\.name).joined(separator: ", ")
    return EssorError(
      .invalidOption, at: .flag("COMMAND"),
      LocalizedText(
        fr: "l’outil \(id) n’a pas de commande « \(name) ».",
        en: "the tool \(id) has no command “\(name)”."),
      hint: LocalizedText(fr: "commandes : \(names).", en: "commands: \(names)."))
  }
}
