/// The catalogue of the facts the built-in tools exchange: every key once, with its type.
///
/// Providers set them and consumers read them through these constants, never through a
/// string. External tools declare theirs in their description (docs/plugins.md).
public enum Facts {
  /// Facts of the Financing tool.
  public enum Financing {
    /// The total amount borrowed across the workspace's loans.
    public static let loansTotal = FactKey<Money>("financing.loans.total")
    /// Principal + interest + insurance paid per calendar year, across the loans (ids are
    /// the years).
    public static let loansDebtService = FactKey<Breakdown>("financing.loans.debt_service")
    /// What the main scenario's initial plan asks from funders.
    public static let askTotal = FactKey<Money>("financing.ask.total")
    /// The main scenario's initial needs by nature.
    public static let useOfFunds = FactKey<Breakdown>("financing.use_of_funds")
    /// The main scenario's resources by instrument, over the plan.
    public static let sources = FactKey<Breakdown>("financing.sources")
    /// The main scenario's year-1 ratios (autonomy, gearing, debt_to_caf, dscr, with and
    /// without quasi-equity, own_funds_to_needs).
    public static let ratios = FactKey<Measures>("financing.ratios")
    /// The break-even revenue of each plan year.
    public static let breakeven = FactKey<Breakdown>("financing.breakeven")
    /// The lowest month-end cash of the plan.
    public static let minCash = FactKey<Money>("financing.min_cash")
    /// The month of the lowest cash (`2027-04`).
    public static let minCashMonth = FactKey<LocalizedText>("financing.min_cash_month")
    /// The plan's verdict: `fundable`, `fundable-with-conditions` or `not-fundable`.
    public static let verdict = FactKey<FactTerm>("financing.verdict")
    /// The rules the plan breaks (ids `rule@year`), each with its message.
    public static let brokenRules = FactKey<FactList>("financing.broken_rules")
    /// The funders' criteria the plan misses (ids are the criteria's), with the values.
    public static let missedCriteria = FactKey<FactList>("financing.missed_criteria")
  }

  /// Facts of the Diagnostic tool.
  public enum Diagnostic {
    /// The readiness level reached (after caps).
    public static let level = FactKey<FactTerm>("diagnostic.level")
    /// The score (0–100) per dimension.
    public static let scores = FactKey<Measures>("diagnostic.scores")
    /// The recommendations that fire, by priority.
    public static let recommendations = FactKey<FactList>("diagnostic.recommendations")
    /// When the questionnaire was completed (ISO 8601).
    public static let completedAt = FactKey<LocalizedText>("diagnostic.completed_at")
    /// The must-pass conditions that fail (ids are the conditions').
    public static let failedMustPass = FactKey<FactList>("diagnostic.failed_must_pass")
    /// The level of the first completed run kept in the history (to measure progress).
    public static let firstLevel = FactKey<FactTerm>("diagnostic.first_level")
    /// The scores of the first completed run kept in the history.
    public static let firstScores = FactKey<Measures>("diagnostic.first_scores")
  }

  /// Facts of the Canvas tool.
  public enum Canvas {
    /// The customer segments (or paying customers and funders).
    public static let segments = FactKey<FactList>("canvas.segments")
    /// The value propositions, social ones first.
    public static let valuePropositions = FactKey<FactList>("canvas.value_propositions")
    /// The problem the enterprise addresses.
    public static let problem = FactKey<LocalizedText>("canvas.problem")
    /// The impact measures.
    public static let impactMeasures = FactKey<FactList>("canvas.impact_measures")
    /// The competitors and alternatives of the strategy canvas.
    public static let competitors = FactKey<FactList>("canvas.competitors")
    /// The strategy canvas's tagline.
    public static let tagline = FactKey<LocalizedText>("canvas.tagline")
    /// The workspace's canvases (ids are their names, labels their kinds).
    public static let canvases = FactKey<FactList>("canvas.canvases")
    /// The errors the canvas checks find (ids `canvas/check`), with their messages.
    public static let checkErrors = FactKey<FactList>("canvas.check_errors")
  }

  /// Facts of the Pitch tool.
  public enum Pitch {
    /// The share of the default outline's slides marked ready (0 to 1).
    public static let readiness = FactKey<Double>("pitch.readiness")
    /// The slides of the default outline that lack facts (ids are the slides').
    public static let gaps = FactKey<FactList>("pitch.gaps")
  }

  /// Facts of the Actions tool.
  public enum Actions {
    /// Actions to do or under way.
    public static let open = FactKey<Int>("actions.open")
    /// Open actions past their due date.
    public static let overdue = FactKey<Int>("actions.overdue")
    /// The share of the actions done (dropped ones aside), 0 to 1.
    public static let doneRatio = FactKey<Double>("actions.done_ratio")
  }
}
