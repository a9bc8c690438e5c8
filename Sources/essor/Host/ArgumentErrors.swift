import ArgumentParser
import EssorCore
import Foundation

/// The argument parser's errors said like every other message: in French or English, with
/// a code, "did you mean …?" for a misspelled subcommand or option, and exit code 64.
///
/// swift-argument-parser words its errors in English only and keeps their kinds internal,
/// so its message is read back: each of its forms (unknown option, missing value, unexpected
/// argument, invalid value, missing argument…) is matched and said again in the user's
/// language. A form not known here is shown as the parser wrote it.
enum ArgumentErrors {
  /// The message language for a command line not parsed yet: a readable `--lang`, else the
  /// environment.
  static func language(_ arguments: [String], environment: [String: String]) -> Language {
    var explicit: Language?
    for (index, argument) in arguments.enumerated() {
      if argument == "--" { break }
      if argument == "--lang", index + 1 < arguments.count {
        explicit = Language(rawValue: arguments[index + 1].lowercased()) ?? explicit
      } else if argument.hasPrefix("--lang=") {
        explicit = Language(rawValue: argument.dropFirst(7).lowercased()) ?? explicit
      }
    }
    return Language.resolve(explicit: explicit, environment: environment)
  }

  /// The error for a parsing failure, or nil when the parser asked for no error at all
  /// (help, the version, a completion script: those print and exit 0).
  static func error(for error: any Error, arguments: [String]) -> EssorError? {
    guard Essor.exitCode(for: error) != .success else { return nil }
    let english = Essor.message(for: error)
    var message =
      translate(english)
      ?? LocalizedText(fr: english, en: english)
    if let near = subcommandSuggestion(arguments, english: english) {
      message = LocalizedText(
        fr: "sous-commande « \(near.typed) » inconnue ; vouliez-vous dire « \(near.suggestion) » ?",
        en: "unknown subcommand “\(near.typed)”; did you mean “\(near.suggestion)”?")
    }
    let full = Essor.fullMessage(for: error)
    var hint: LocalizedText?
    if let usage = full.split(separator: "\n").first(where: { $0.hasPrefix("Usage: ") }) {
      let line = String(usage.dropFirst(7))
      let help = helpCommand(full) ?? "essor --help"
      hint = LocalizedText(
        fr: "voir « \(help) » ; usage : \(line)", en: "see “\(help)”; usage: \(line)")
    }
    return EssorError(.badArguments, message, hint: hint)
  }

  /// The `essor … --help` the parser's full message points to.
  private static func helpCommand(_ full: String) -> String? {
    guard let start = full.range(of: "See '"),
      let end = full.range(of: "'", range: start.upperBound..<full.endIndex)
    else { return nil }
    return String(full[start.upperBound..<end.lowerBound])
  }

  /// "Did you mean …?" for an unexpected word where a subcommand was expected.
  private static func subcommandSuggestion(_ arguments: [String], english: String) -> (
    typed: String, suggestion: String
  )? {
    var children = CommandNode(Essor.self).children
    for word in arguments {
      guard !word.hasPrefix("-"), !children.isEmpty else { return nil }
      if let child = children.first(where: { $0.name == word }) {
        children = child.children
        continue
      }
      guard english.hasPrefix("Unexpected argument '\(word)'") else { return nil }
      let names = children.map(\.name) + ["help"]
      return Suggestion.closest(to: word, among: names).map { (word, $0) }
    }
    return nil
  }

  /// A command's name and its subcommands, all the way down.
  private struct CommandNode {
    var name: String
    var children: [CommandNode]

    init<Command: ParsableCommand>(_ command: Command.Type) {
      name = Command._commandName
      children = Command.configuration.subcommands.map { CommandNode($0) }
    }
  }

  /// The parser's English message said again in both languages; nil for a form not known.
  static func translate(_ english: String) -> LocalizedText? {
    let quoted = quotedParts(english)
    func text(_ fr: String, _ en: String) -> LocalizedText { LocalizedText(fr: fr, en: en) }
    if english.hasPrefix("Unknown option "), let option = quoted.first {
      if quoted.count > 1 {
        return text(
          "option « \(option) » inconnue ; vouliez-vous dire « \(quoted[1]) » ?",
          "unknown option “\(option)”; did you mean “\(quoted[1])”?")
      }
      return text("option « \(option) » inconnue.", "unknown option “\(option)”.")
    }
    if english.hasPrefix("Missing value for "), let option = quoted.first {
      return text(
        "il manque la valeur de « \(option) ».", "missing value for “\(option)”.")
    }
    if english.hasPrefix("Unexpected argument "), let value = quoted.first {
      return text("argument inattendu « \(value) ».", "unexpected argument “\(value)”.")
    }
    if english.contains(" unexpected arguments: ") {
      let list = quoted.map { "« \($0) »" }.joined(separator: ", ")
      let listEn = quoted.map { "“\($0)”" }.joined(separator: ", ")
      return text("arguments inattendus : \(list).", "unexpected arguments: \(listEn).")
    }
    if english.hasPrefix("The value "), quoted.count >= 1 {
      let target = quoted.count > 1 ? quoted[1] : nil
      let rest = english.range(of: "'", options: .backwards).map {
        String(english[$0.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " .:"))
      }
      let detail = (rest?.isEmpty ?? true) ? "" : " (\(rest ?? ""))"
      return text(
        "valeur « \(quoted[0]) » refusée" + (target.map { " pour « \($0) »" } ?? "") + detail
          + ".",
        "invalid value “\(quoted[0])”" + (target.map { " for “\($0)”" } ?? "") + detail + ".")
    }
    if english.hasPrefix("Missing expected argument "), let argument = quoted.first {
      return text(
        "il manque l’argument « \(argument) ».", "missing argument “\(argument)”.")
    }
    if english.hasPrefix("Missing one of: ") {
      let list = quoted.map { "« \($0) »" }.joined(separator: ", ")
      let listEn = quoted.map { "“\($0)”" }.joined(separator: ", ")
      return text("il manque l’un de : \(list).", "missing one of: \(listEn).")
    }
    if english.hasPrefix("Missing required subcommand") {
      return text("il manque la sous-commande.", "missing subcommand.")
    }
    if english.hasPrefix("The option "), english.contains("does not take any value"),
      quoted.count >= 2
    {
      return text(
        "l’option « \(quoted[0]) » ne prend pas de valeur (« \(quoted[1]) » donné).",
        "the option “\(quoted[0])” takes no value (“\(quoted[1])” given).")
    }
    if english.hasPrefix("Value to be set with ") {
      return text(
        "une même option est donnée deux fois (\(english)).",
        "the same option is given twice (\(english)).")
    }
    return nil
  }

  /// The parts of a parser message between single quotes, in order.
  private static func quotedParts(_ text: String) -> [String] {
    var parts: [String] = []
    var current: String?
    for character in text {
      if character == "'" {
        if let open = current {
          parts.append(open)
          current = nil
        } else {
          current = ""
        }
      } else if current != nil {
        current?.append(character)
      }
    }
    return parts
  }
}
