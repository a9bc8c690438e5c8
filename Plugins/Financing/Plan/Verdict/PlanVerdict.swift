import EssorCore

/// What a plan is for a funder, the line a consultant reads first: fundable, fundable with
/// conditions (funders' thresholds missed), or not fundable as it stands (rules broken).
public struct PlanVerdict: Sendable, Equatable {
  /// The three verdicts.
  public enum Kind: String, Sendable {
    case fundable
    case conditional = "fundable-with-conditions"
    case notFundable = "not-fundable"
  }

  public var kind: Kind
  /// The blocking problems (rules broken as errors).
  public var blockingProblems: Int
  /// The funders' criteria missed.
  public var missedCriteria: Int
  /// The legal form, whose rule family the verdict names.
  public var legalForm: LegalForm

  /// The verdict of a plan with these problems.
  public init(blockingProblems: Int, missedCriteria: Int, legalForm: LegalForm) {
    self.blockingProblems = blockingProblems
    self.missedCriteria = missedCriteria
    self.legalForm = legalForm
    kind =
      blockingProblems > 0 ? .notFundable : missedCriteria > 0 ? .conditional : .fundable
  }

  /// The verdict of a projected plan: its rules broken as errors block it, its funders'
  /// criteria missed make it conditional.
  public init(results: [RuleResult], criteria: [FunderCriterion], legalForm: LegalForm) {
    self.init(
      blockingProblems: results.compactMap(\.diagnostic).errors.count,
      missedCriteria: criteria.filter { !$0.passed }.count, legalForm: legalForm)
  }

  /// The verdict in a word or two, for a table column.
  public func word(_ language: Language) -> String {
    switch kind {
    case .fundable: return language == .fr ? "✔ finançable" : "✔ fundable"
    case .conditional: return language == .fr ? "◐ sous conditions" : "◐ with conditions"
    case .notFundable: return language == .fr ? "✘ non finançable" : "✘ not fundable"
    }
  }

  /// The verdict as one line.
  public var text: LocalizedText {
    switch kind {
    case .fundable:
      let family = ruleFamily
      return LocalizedText(
        fr:
          "✔ FINANÇABLE : le plan s’équilibre, la trésorerie reste positive, les règles \(family.fr) sont respectées et les critères des financeurs sont remplis.",
        en:
          "✔ FUNDABLE: the plan balances, cash stays positive, the \(family.en) rules hold and the funders' criteria are met."
      )
    case .conditional:
      return LocalizedText(
        fr:
          "◐ FINANÇABLE SOUS CONDITIONS : le plan tient et respecte la loi, mais \(missedCriteria) critère(s) des financeurs ne sont pas remplis (voir ci-dessous).",
        en:
          "◐ FUNDABLE WITH CONDITIONS: the plan holds and keeps the law, but \(missedCriteria) funders' criterion(s) are not met (see below)."
      )
    case .notFundable:
      return LocalizedText(
        fr:
          "✘ NON FINANÇABLE EN L’ÉTAT : \(blockingProblems) problème(s) bloquant(s)\(missedCriteria == 0 ? "" : " et \(missedCriteria) critère(s) des financeurs non remplis").",
        en:
          "✘ NOT FUNDABLE AS IT STANDS: \(blockingProblems) blocking problem(s)\(missedCriteria == 0 ? "" : " and \(missedCriteria) funders' criterion(s) not met")."
      )
    }
  }

  private var ruleFamily: LocalizedText {
    switch legalForm {
    case .scop, .scopAmorcage: return LocalizedText(verbatim: "SCOP")
    case .scic: return LocalizedText(verbatim: "SCIC")
    default: return LocalizedText(fr: "légales", en: "legal")
    }
  }
}
