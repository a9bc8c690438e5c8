import EssorCore
import Foundation

/// A legal or financial rule checked on a projected plan, every year it applies.
///
/// Each rule carries examples (a change to ``RuleExample/base`` that breaks it, with the
/// exact finding and its numbers, and one that keeps it) that the generic example test runs
/// with the canvas checks' and lint rules'.
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
  /// Examples that break it (with exactly what it finds) and examples that keep it.
  static var examples: [RuleExample] { get }
}

/// The rules Essor checks, in the order they are shown.
public enum PlanRules {
  public static let all: [any PlanRule.Type] = [
    InitialPlanBalanceRule.self, OpeningBalanceRule.self, CashNeverNegativeRule.self,
    CashBufferRule.self,
    ScopWorkerCapitalRule.self, ScopWorkerVotesRule.self, ScopMembersRule.self,
    AmorcageDeadlineRule.self, SingleMemberCapRule.self, ScopAllocationRule.self,
    ScicReservesRule.self, ScicPublicBodiesRule.self, ScicCategoriesRule.self,
    ScicCollegesRule.self, ShareInterestCapRule.self, CapitalFloorRule.self,
    RedemptionsRule.self, EssAllocationRule.self, RegionalGrantCapRule.self,
    ScopinvestCapRule.self,
  ]

  /// Every evaluation of every rule that applies to the plan's legal form.
  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    reported.filter { $0.applies(to: plan.scenario.legalForm) }.flatMap { $0.check(plan) }
  }

  /// The rules and the engine's own balance-sheet check, as the plan reports them.
  public static let reported: [any PlanRule.Type] =
    [all[0], all[1], BalanceSheetRule.self] + all.dropFirst(2)
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
