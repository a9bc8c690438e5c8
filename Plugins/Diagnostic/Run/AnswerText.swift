import EssorCore

/// Answers as people read them: choice titles, yes/no, numbers with their unit.
public enum AnswerText {
  public static func describe(_ value: AnswerValue, _ question: Question, _ language: Language)
    -> String
  {
    let fr = language == .fr
    switch value {
    case .choice(let id):
      let number = (question.choices.firstIndex { $0.id == id } ?? 0) + 1
      return "\(number) (" + (question.choice(id)?.title(language) ?? id) + ")"
    case .choices(let ids):
      return ids.map { question.choice($0)?.title(language) ?? $0 }.joined(separator: ", ")
    case .integer(let number):
      return String(number) + (question.unit.map { " " + $0 } ?? "")
    case .number(let number):
      let text = Expression.text(number)
      return (fr ? text.replacingOccurrences(of: ".", with: ",") : text)
        + (question.unit.map { " " + $0 } ?? "")
    case .bool(let flag):
      return flag ? (fr ? "oui" : "yes") : (fr ? "non" : "no")
    case .text(let text):
      return text
    case .date(let date):
      return date.description
    }
  }
}
