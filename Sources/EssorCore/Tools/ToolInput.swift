/// What one run of a command is given: its arguments and options, by name, as typed.
///
/// The tool reads and checks them (which scenario, which answers file, which template):
/// input resolution is the tool's, so every way of calling it behaves the same.
public struct ToolInput: Sendable, Equatable {
  /// Positional arguments by the name the command declares.
  public var arguments: [String: String]
  /// Options with a value, by name (without dashes).
  public var options: [String: String]
  /// Flags given.
  public var flags: Set<String>
  /// Words after the command that the command does not declare (external tools get them).
  public var extra: [String]
  /// The values of repeatable options and variadic arguments, in the order given.
  public var lists: [String: [String]]

  public init(
    arguments: [String: String] = [:], options: [String: String] = [:], flags: Set<String> = [],
    extra: [String] = [], lists: [String: [String]] = [:]
  ) {
    self.arguments = arguments
    self.options = options
    self.flags = flags
    self.extra = extra
    self.lists = lists.filter { !$0.value.isEmpty }
  }

  /// Every value of a repeatable option or variadic argument (none when not given).
  public func list(_ name: String) -> [String] { lists[name] ?? [] }

  /// An argument's or option's value.
  public subscript(_ name: String) -> String? { arguments[name] ?? options[name] }

  /// Whether a flag was given.
  public func flag(_ name: String) -> Bool { flags.contains(name) }

  /// Reads the words after a command (`base --file x.yaml --strict`) the way its
  /// declaration says; an undeclared option, a missing value or an extra word is a usage
  /// error naming it.
  public static func parse(_ words: [String], for command: ToolCommand) throws -> ToolInput {
    var input = ToolInput()
    var positionals = command.arguments[...]
    var rest = words[...]
    while let word = rest.popFirst() {
      if word.hasPrefix("--"), word.count > 2 {
        var name = String(word.dropFirst(2))
        var inline: String?
        if let equals = name.firstIndex(of: "=") {
          inline = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
        guard let option = command.option(name) else {
          throw EssorError(
            .invalidOption, at: .flag("--" + name),
            LocalizedText(
              fr: "« \(command.path.joined(separator: " ")) » n’a pas d’option --\(name).",
              en: "“\(command.path.joined(separator: " "))” has no option --\(name)."),
            hint: optionsHint(command))
        }
        if option.takesValue {
          guard let value = inline ?? rest.popFirst() else {
            throw EssorError(
              .missingOption, at: .flag("--" + name),
              LocalizedText(fr: "--\(name) attend une valeur.", en: "--\(name) needs a value."))
          }
          if option.isRepeatable {
            input.lists[name, default: []].append(value)
          } else {
            input.options[name] = value
          }
        } else {
          guard inline == nil else {
            throw EssorError(
              .invalidOption, at: .flag("--" + name),
              LocalizedText(
                fr: "--\(name) ne prend pas de valeur.", en: "--\(name) takes no value."))
          }
          input.flags.insert(name)
        }
      } else if let argument = positionals.first, argument.isVariadic {
        if input.arguments[argument.name] == nil { input.arguments[argument.name] = word }
        input.lists[argument.name, default: []].append(word)
      } else if let argument = positionals.popFirst() {
        input.arguments[argument.name] = word
      } else {
        throw EssorError(
          .invalidOption, at: .flag(word),
          LocalizedText(
            fr: "argument « \(word) » en trop pour « \(command.path.joined(separator: " ")) ».",
            en: "unexpected argument “\(word)” for “\(command.path.joined(separator: " "))”."),
          hint: optionsHint(command))
      }
    }
    if let missing = positionals.first(where: { $0.isRequired && input.arguments[$0.name] == nil })
    {
      throw EssorError(
        .missingOption, at: .flag(missing.name.uppercased()),
        LocalizedText(
          fr: "il manque l’argument \(missing.name.uppercased()).",
          en: "the argument \(missing.name.uppercased()) is missing."),
        hint: missing.help)
    }
    return input
  }

  private static func optionsHint(_ command: ToolCommand) -> LocalizedText {
    let names = command.options.map { "--" + $0.name }.joined(separator: ", ")
    return LocalizedText(
      fr: names.isEmpty ? "cette commande n’a pas d’option." : "options : \(names).",
      en: names.isEmpty ? "this command has no options." : "options: \(names).")
  }
}
