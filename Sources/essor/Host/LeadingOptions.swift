/// `essor --workspace DIR --lang en diagnose report`: the options every command takes, written
/// before the subcommand, moved after it, where the parser expects them.
enum LeadingOptions {
  /// The options that may lead: every command that works on a workspace takes them.
  static let names = ["--workspace", "--lang"]

  /// The arguments with the leading `--workspace`/`--lang` options (and their values) moved to
  /// the end; anything else is left as it is.
  static func moved(_ arguments: [String]) -> [String] {
    var leading: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if names.contains(where: { argument.hasPrefix($0 + "=") }) {
        leading.append(argument)
        index += 1
      } else if names.contains(argument), index + 1 < arguments.count {
        leading += [argument, arguments[index + 1]]
        index += 2
      } else {
        break
      }
    }
    guard !leading.isEmpty, index < arguments.count else { return arguments }
    return Array(arguments[index...]) + leading
  }
}
