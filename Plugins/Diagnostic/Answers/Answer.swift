import EssorCore
import Foundation

/// What an answer holds, by question type.
public enum AnswerValue: Sendable, Equatable {
  case choice(String)
  case choices([String])
  case integer(Int)
  case number(Double)
  case bool(Bool)
  case text(String)
  case date(CalendarDate)
}

/// One question's answer: a value, “na”, or skipped; with its evidence and when it was given.
public struct Answer: Sendable, Equatable {
  public enum State: Sendable, Equatable {
    case value(AnswerValue)
    case notApplicable
    case skipped
  }

  public var state: State
  public var evidence: String?
  /// When it was given (ISO 8601, UTC).
  public var at: String

  public init(_ state: State, evidence: String? = nil, at: String) {
    self.state = state
    self.evidence = evidence
    self.at = at
  }

  /// The value, when the answer has one.
  public var value: AnswerValue? {
    if case .value(let value) = state { return value }
    return nil
  }
}

/// The answers of one enterprise to one template, as saved after every answer.
public struct AnswerSheet: Sendable, Equatable {
  public var template: String
  public var version: String
  public var language: Language
  public var started: String
  /// When every required question shown was answered.
  public var completed: String?
  /// Question id → answer.
  public var answers: [String: Answer]

  public init(
    template: String, version: String, language: Language, started: String,
    completed: String? = nil, answers: [String: Answer] = [:]
  ) {
    self.template = template
    self.version = version
    self.language = language
    self.started = started
    self.completed = completed
    self.answers = answers
  }
}

/// Timestamps as written in answers files: `2026-11-26T09:12:31Z`.
public enum Timestamp {
  /// Now, or `ESSOR_NOW` (seconds since 1970) when set, for reproducible runs.
  public static func now(environment: [String: String]) -> String {
    if let text = environment["ESSOR_NOW"], let seconds = Int(text) { return format(seconds) }
    return format(Int(time(nil)))
  }

  /// Seconds since 1970 as an ISO 8601 UTC timestamp.
  public static func format(_ seconds: Int) -> String {
    var value = time_t(seconds)
    var parts = tm()
    gmtime_r(&value, &parts)
    func two(_ number: Int32) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
  }
}
