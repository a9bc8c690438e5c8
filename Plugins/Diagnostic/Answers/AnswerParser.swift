import EssorCore
import Foundation

/// Turns what a person types (or what a file stores) into an answer, or says what is allowed.
public enum AnswerParser {
  /// Why an answer is refused.
  public struct Problem: Error, Sendable, Equatable {
    public var message: LocalizedText
  }

  /// Reads typed input: choices by number or id (`1,3` for several), yes/no in either
  /// language, numbers with a dot or a comma.
  public static func parse(input: String, for question: Question) -> Result<AnswerValue, Problem> {
    let text = input.trimmingCharacters(in: .whitespaces)
    switch question.type {
    case .single:
      guard let id = choiceID(text, question) else { return .failure(choiceProblem(question)) }
      return .success(.choice(id))
    case .multi:
      let tokens = text.split { $0 == "," || $0 == " " || $0 == ";" }.map(String.init)
      var ids: [String] = []
      for token in tokens {
        guard let id = choiceID(token, question) else { return .failure(choiceProblem(question)) }
        if !ids.contains(id) { ids.append(id) }
      }
      if let problem = check(choices: ids, for: question) {
        return .failure(Problem(message: problem))
      }
      return .success(.choices(ids))
    case .boolean:
      switch text.lowercased() {
      case "o", "oui", "y", "yes", "true", "1": return .success(.bool(true))
      case "n", "non", "no", "false", "0": return .success(.bool(false))
      default:
        return .failure(
          Problem(
            message: LocalizedText(
              fr: "répondez o (oui) ou n (non).", en: "answer y (yes) or n (no).")))
      }
    case .integer, .number:
      // People type the unit shown: “79 %”, “180 000 €”, “3 mois”.
      var number = text
      for unit in ["%", "€", "EUR", question.unit ?? "%"] where number.hasSuffix(unit) {
        number = String(number.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
      }
      return parse(stored: number, for: question)
    default:
      return parse(stored: text, for: question)
    }
  }

  /// Reads a stored answer: choice ids, numbers with a dot, `true`/`false`, ISO dates.
  public static func parse(stored text: String, for question: Question) -> Result<
    AnswerValue, Problem
  > {
    switch question.type {
    case .single:
      guard question.choice(text) != nil else {
        let ids = question.choices.map(\.id).joined(separator: ", ")
        return .failure(
          Problem(
            message: LocalizedText(
              fr: "« \(text) » n’est pas un choix de « \(question.id) » (\(ids)).",
              en: "“\(text)” is not a choice of “\(question.id)” (\(ids)).")))
      }
      return .success(.choice(text))
    case .multi:
      let ids = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      if let problem = check(choices: ids, for: question) {
        return .failure(Problem(message: problem))
      }
      return .success(.choices(ids))
    case .boolean:
      switch text {
      case "true": return .success(.bool(true))
      case "false": return .success(.bool(false))
      default:
        return .failure(Problem(message: LocalizedText(fr: "true ou false.", en: "true or false.")))
      }
    case .scale:
      let range = question.scale ?? 0...0
      guard let value = Int(text), range.contains(value) else {
        return .failure(
          Problem(
            message: LocalizedText(
              fr: "un nombre entier de \(range.lowerBound) à \(range.upperBound).",
              en: "a whole number from \(range.lowerBound) to \(range.upperBound).")))
      }
      return .success(.integer(value))
    case .integer:
      let compact = text.filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{A0}" }
      guard let value = Int(compact), value.magnitude < 1_000_000_000_000 else {
        return .failure(
          Problem(
            message: LocalizedText(fr: "un nombre entier, ex. 12.", en: "a whole number, e.g. 12."))
        )
      }
      if let problem = bounds(Double(value), question) { return .failure(problem) }
      return .success(.integer(value))
    case .number:
      let compact = text.filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{A0}" }
        .replacingOccurrences(of: ",", with: ".")
      guard let value = Double(compact), value.isFinite, abs(value) < 1e15,
        compact.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
      else {
        return .failure(
          Problem(message: LocalizedText(fr: "un nombre, ex. 12,5.", en: "a number, e.g. 12.5.")))
      }
      if let problem = bounds(value, question) { return .failure(problem) }
      return .success(.number(value))
    case .date:
      guard text.count == 10, let date = CalendarDate.parse(text) else {
        return .failure(
          Problem(
            message: LocalizedText(
              fr: "une date AAAA-MM-JJ, ex. 2027-03-31.", en: "a date YYYY-MM-DD, e.g. 2027-03-31.")
          ))
      }
      return .success(.date(date))
    case .text, .longtext:
      guard text.count <= Session<ConsoleIO>.longestText else {
        return .failure(
          Problem(
            message: LocalizedText(
              fr: "\(Session<ConsoleIO>.longestText) caractères au plus.",
              en: "\(Session<ConsoleIO>.longestText) characters at most.")))
      }
      guard !text.isEmpty else {
        return .failure(
          Problem(message: LocalizedText(fr: "écrivez une réponse.", en: "write an answer.")))
      }
      return .success(.text(text))
    case .info:
      return .failure(
        Problem(message: LocalizedText(fr: "rien à répondre.", en: "nothing to answer.")))
    }
  }

  /// What is wrong with a selection of a `multi` question, if anything.
  public static func check(choices ids: [String], for question: Question) -> LocalizedText? {
    for id in ids where question.choice(id) == nil {
      return LocalizedText(
        fr: "« \(id) » n’est pas un choix de « \(question.id) ».",
        en: "“\(id)” is not a choice of “\(question.id)”.")
    }
    if Set(ids).count != ids.count {
      return LocalizedText(fr: "un choix apparaît deux fois.", en: "a choice appears twice.")
    }
    if ids.count > 1, let exclusive = ids.compactMap(question.choice).first(where: \.exclusive) {
      return LocalizedText(
        fr: "« \(exclusive.title.fr) » exclut les autres choix.",
        en: "“\(exclusive.title.en)” excludes the other choices.")
    }
    if ids.isEmpty {
      return LocalizedText(
        fr: "choisissez au moins un numéro (ex. 1,3).", en: "choose at least one number (e.g. 1,3)."
      )
    }
    let exclusiveOnly = ids.count == 1 && question.choice(ids[0])?.exclusive == true
    if !exclusiveOnly, let low = question.minimumSelections, ids.count < low {
      return LocalizedText(
        fr: "choisissez au moins \(low) réponses.", en: "choose at least \(low) answers.")
    }
    if let high = question.maximumSelections, ids.count > high {
      return LocalizedText(
        fr: "choisissez au plus \(high) réponses.", en: "choose at most \(high) answers.")
    }
    return nil
  }

  private static func choiceID(_ text: String, _ question: Question) -> String? {
    if let number = Int(text), (1...question.choices.count).contains(number) {
      return question.choices[number - 1].id
    }
    return question.choice(text.lowercased())?.id
  }

  private static func choiceProblem(_ question: Question) -> Problem {
    Problem(
      message: LocalizedText(
        fr: "tapez un numéro de 1 à \(question.choices.count).",
        en: "type a number from 1 to \(question.choices.count)."))
  }

  private static func bounds(_ value: Double, _ question: Question) -> Problem? {
    if let low = question.minimum, value < low {
      return Problem(
        message: LocalizedText(
          fr: "au moins \(Expression.text(low)).", en: "at least \(Expression.text(low))."))
    }
    if let high = question.maximum, value > high {
      return Problem(
        message: LocalizedText(
          fr: "au plus \(Expression.text(high)).", en: "at most \(Expression.text(high))."))
    }
    return nil
  }
}
