import EssorCore

/// One evaluation of a rule: what was measured against which limit, and, when the rule is
/// broken, the finding as a ``Diagnostic``.
public struct RuleResult: Sendable {
  public var rule: String
  /// The plan year, or nil for the plan as a whole.
  public var year: Int?
  public var passed: Bool
  /// Errors make the plan fail (exit 65); warnings are advice.
  public var severity: Diagnostic.Severity
  /// The value found, for people: `47,3 %`.
  public var measured: LocalizedText
  /// The limit: `≥ 51 %`.
  public var limit: LocalizedText
  /// For a failure: what is wrong and by how much.
  public var message: LocalizedText
  /// The line of the scenario that is behind it.
  public var location: SourceLocation?
  /// The error code when it fails.
  public var code: ErrorCode

  public init(
    rule: String, year: Int?, passed: Bool, severity: Diagnostic.Severity = .error,
    measured: LocalizedText, limit: LocalizedText, message: LocalizedText,
    location: SourceLocation?, code: ErrorCode = .ruleBreach
  ) {
    self.rule = rule
    self.year = year
    self.passed = passed
    self.severity = severity
    self.measured = measured
    self.limit = limit
    self.message = message
    self.location = location
    self.code = code
  }

  /// The finding when the rule is broken (its source is the rule); nil when it holds.
  public var diagnostic: Diagnostic? {
    passed ? nil : Diagnostic(severity, code, source: rule, at: location, message)
  }
}
