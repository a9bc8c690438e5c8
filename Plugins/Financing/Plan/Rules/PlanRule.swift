import EssorCore
import Foundation

/// A legal or financial rule checked on a projected plan, every year it applies.
///
/// Each rule carries examples (a change to ``RuleExample/base`` that breaks it, and one that
/// keeps it) that one generic test runs, the way lint rules carry theirs.
public protocol PlanRule: Sendable {
  /// A stable id: `scop.worker-capital`.
  static var id: String { get }
  /// What the rule says, for people.
  static var title: LocalizedText { get }
  /// Where the rule comes from.
  static var basis: LocalizedText { get }
  /// Whether it applies to an enterprise of this legal form.
  static func applies(to form: LegalForm) -> Bool
  /// Every evaluation (passed or not), one per year where it applies.
  static func check(_ plan: PlanProjection) -> [RuleResult]
  /// Examples that break it and examples that keep it.
  static var examples: [RuleExample] { get }
}

/// One evaluation of a rule.
public struct RuleResult: Sendable {
  /// Errors make the plan fail (exit 65); warnings are advice.
  public enum Severity: String, Sendable { case error, warning }

  public var rule: String
  /// The plan year, or nil for the plan as a whole.
  public var year: Int?
  public var passed: Bool
  public var severity: Severity
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
    rule: String, year: Int?, passed: Bool, severity: Severity = .error,
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
}

/// A change to the base scenario, and whether it should break the rule.
public struct RuleExample: Sendable {
  public var description: String
  public var breaks: Bool
  public var change: @Sendable (inout Scenario) -> Void

  public init(
    _ description: String, breaks: Bool, _ change: @escaping @Sendable (inout Scenario) -> Void
  ) {
    self.description = description
    self.breaks = breaks
    self.change = change
  }
}

/// The rules Essor checks, in the order they are shown.
public enum PlanRules {
  public static let all: [any PlanRule.Type] = [
    InitialPlanBalanceRule.self, CashNeverNegativeRule.self, CashBufferRule.self,
    ScopWorkerCapitalRule.self, ScopWorkerVotesRule.self, ScopMembersRule.self,
    AmorcageDeadlineRule.self, SingleMemberCapRule.self, ScopAllocationRule.self,
    ScicReservesRule.self, ScicPublicBodiesRule.self, ScicCategoriesRule.self,
    ScicCollegesRule.self, ShareInterestCapRule.self, CapitalFloorRule.self,
    RedemptionsRule.self, EssAllocationRule.self, RegionalGrantCapRule.self,
    ScopinvestCapRule.self,
  ]

  /// Every evaluation of every rule that applies to the plan's legal form.
  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    all.filter { $0.applies(to: plan.scenario.legalForm) }.flatMap { $0.check(plan) }
  }
}

/// Text helpers shared by the rules.
enum RuleText {
  static func percent(_ value: Double, decimals: Int = 1) -> LocalizedText {
    LocalizedText(
      fr: MoneyFormat.number(value * 100, decimals: decimals, .fr) + "\u{00A0}%",
      en: MoneyFormat.number(value * 100, decimals: decimals, .en) + "%")
  }

  /// A rate with at most four decimals of a percent: `3,8025 %`.
  static func shortRate(_ rate: Rate) -> LocalizedText {
    let percent = (rate.fraction * 100 * 10_000).rounded() / 10_000
    var decimals = 4
    while decimals > 0 {
      let scaled = percent * pow(10, Double(decimals - 1))
      guard scaled == scaled.rounded() else { break }
      decimals -= 1
    }
    return LocalizedText(
      fr: MoneyFormat.number(percent, decimals: decimals, .fr) + "\u{00A0}%",
      en: MoneyFormat.number(percent, decimals: decimals, .en) + "%")
  }

  static func money(_ value: Money) -> LocalizedText {
    LocalizedText(fr: MoneyFormat.text(value, .fr), en: MoneyFormat.text(value, .en))
  }

  static func rate(_ rate: Rate) -> LocalizedText {
    LocalizedText(fr: rate.percentText(.fr), en: rate.percentText(.en))
  }

  static func year(_ plan: PlanProjection, _ year: Int) -> LocalizedText {
    let label = plan.scenario.yearLabel(year)
    return LocalizedText(fr: "année \(year) (\(label))", en: "year \(year) (\(label))")
  }

  static func ratio(_ part: Money, _ whole: Money) -> Double {
    whole.cents == 0 ? 0 : Double(part.cents) / Double(whole.cents)
  }

  /// The first line of the scenario that is about instruments of these kinds.
  static func location(_ plan: PlanProjection, _ kinds: Set<Instrument.Kind>) -> SourceLocation? {
    plan.scenario.resources.first { kinds.contains($0.kind) }?.location ?? plan.scenario.location
  }

  static func isSCOP(_ form: LegalForm) -> Bool { form == .scop || form == .scopAmorcage }
  static func isCooperative(_ form: LegalForm) -> Bool { isSCOP(form) || form == .scic }
}
