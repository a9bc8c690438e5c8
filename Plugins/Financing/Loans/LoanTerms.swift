import EssorCore
import Foundation

/// How the principal of a loan is repaid.
public enum AmortizationMethod: String, CaseIterable, Sendable {
  /// Constant instalment (annuité constante).
  case annuity
  /// Constant principal (amortissement constant): instalments decrease.
  case linear
  /// Interest only, principal repaid with the last instalment.
  case inFine = "in-fine"
}

/// How often instalments fall.
public enum Periodicity: String, CaseIterable, Sendable {
  case monthly, quarterly, semiannual, annual

  /// Instalments per year (12, 4, 2, 1).
  public var periodsPerYear: Int {
    switch self {
    case .monthly: return 12
    case .quarterly: return 4
    case .semiannual: return 2
    case .annual: return 1
    }
  }

  /// Months between two instalments.
  public var monthsPerPeriod: Int { 12 / periodsPerYear }
}

/// What is paid during a grace period (différé).
public enum GraceType: String, CaseIterable, Sendable {
  /// Interest (and insurance) only: différé partiel.
  case partial
  /// Nothing but insurance; interest is capitalised: différé total.
  case total
}

/// How the annual rate becomes a period rate.
public enum RateMode: String, CaseIterable, Sendable {
  /// Nominal ÷ periods per year, as French loan contracts do (default).
  case proportional
  /// (1 + nominal)^(1/m) − 1, the equivalent rate.
  case actuarial
}

/// Everything that defines one loan, validated.
public struct LoanTerms: Sendable, Equatable {
  public var label: String
  public var amount: Money
  /// The nominal annual rate.
  public var annualRate: Rate
  /// The total number of instalments, grace period included.
  public var periods: Int
  public var method: AmortizationMethod
  public var periodicity: Periodicity
  /// The number of grace periods, counted inside `periods`.
  public var gracePeriods: Int
  public var graceType: GraceType
  /// Upfront fees (frais de dossier), deducted from what the borrower receives.
  public var fees: Money
  /// Borrower insurance, an annual rate on the initial amount.
  public var insuranceRate: Rate
  /// The disbursement date; instalment k falls k periods later.
  public var start: CalendarDate
  public var rateMode: RateMode

  /// The longest loan Essor schedules: 100 years of monthly instalments.
  public static let maximumPeriods = 1200

  public init(
    label: String, amount: Money, annualRate: Rate, periods: Int,
    method: AmortizationMethod = .annuity, periodicity: Periodicity = .monthly,
    gracePeriods: Int = 0, graceType: GraceType = .partial, fees: Money = .zero,
    insuranceRate: Rate = .zero, start: CalendarDate, rateMode: RateMode = .proportional
  ) {
    self.label = label
    self.amount = amount
    self.annualRate = annualRate
    self.periods = periods
    self.method = method
    self.periodicity = periodicity
    self.gracePeriods = gracePeriods
    self.graceType = graceType
    self.fees = fees
    self.insuranceRate = insuranceRate
    self.start = start
    self.rateMode = rateMode
  }

  /// A problem with one field of the terms: which field, what is wrong, what is allowed.
  public struct Problem: Sendable, Equatable {
    /// The field's name, as the command-line flag and the YAML key spell it.
    public var field: String
    public var message: LocalizedText
    public var allowed: LocalizedText
  }

  /// The balance after a total grace period, estimated in floating point (with a margin) to
  /// refuse loans whose capitalised interest would not fit Essor's money range.
  private var capitalisedBalance: Double {
    let rate = PeriodRate(
      annual: annualRate, periodsPerYear: periodicity.periodsPerYear, mode: rateMode)
    // Each period's interest is rounded up by at most half a cent.
    return amount.doubleValue * pow(1 + rate.fraction, Double(gracePeriods))
      + Double(gracePeriods) * 0.005
  }

  /// The first problem with these terms, or nil when a schedule can be built.
  public var problem: Problem? {
    if amount <= .zero || amount > Money.limit {
      return Problem(
        field: "amount",
        message: LocalizedText(
          fr: "montant \(MoneyFormat.text(amount, .fr)) hors limites.",
          en: "amount \(MoneyFormat.text(amount, .en)) is out of range."),
        allowed: LocalizedText(
          fr: "un montant positif jusqu’à 1 000 000 000 000 €",
          en: "a positive amount up to €1,000,000,000,000"))
    }
    if annualRate < .zero || annualRate.units > Rate.scale {
      return Problem(
        field: "rate",
        message: LocalizedText(
          fr: "taux \(annualRate.percentText(.fr)) hors limites.",
          en: "rate \(annualRate.percentText(.en)) is out of range."),
        allowed: LocalizedText(fr: "un taux de 0 % à 100 %", en: "a rate from 0% to 100%"))
    }
    if !(1...(100 * periodicity.periodsPerYear)).contains(periods) {
      return Problem(
        field: "periods",
        message: LocalizedText(
          fr: "\(periods) échéances : hors limites.", en: "\(periods) instalments: out of range."),
        allowed: LocalizedText(
          fr:
            "de 1 à \(100 * periodicity.periodsPerYear) échéances (100 ans à ce rythme), ou une durée en années",
          en:
            "from 1 to \(100 * periodicity.periodsPerYear) instalments (100 years at this pace), or a duration in years"
        ))
    }
    if gracePeriods < 0 || gracePeriods >= periods {
      return Problem(
        field: "grace-months",
        message: LocalizedText(
          fr: "un différé de \(gracePeriods) échéance(s) sur \(periods) ne laisse rien à amortir.",
          en:
            "a grace period of \(gracePeriods) instalment(s) out of \(periods) leaves nothing to repay."
        ),
        allowed: LocalizedText(
          fr: "un différé plus court que le prêt (il est compté dans la durée)",
          en: "a grace period shorter than the loan (it counts inside the duration)"))
    }
    if graceType == .total && gracePeriods > 0 && capitalisedBalance > Money.limit.doubleValue {
      return Problem(
        field: "grace-months",
        message: LocalizedText(
          fr:
            "avec \(gracePeriods) échéances de différé total, les intérêts capitalisés dépasseraient 1 000 000 000 000 €.",
          en:
            "with \(gracePeriods) instalments of total grace, the capitalised interest would exceed €1,000,000,000,000."
        ),
        allowed: LocalizedText(
          fr: "un différé total plus court, ou un différé partiel",
          en: "a shorter total grace period, or a partial one"))
    }
    if start.adding(months: periods * periodicity.monthsPerPeriod).year > 9999 {
      return Problem(
        field: "start",
        message: LocalizedText(
          fr: "la dernière échéance tomberait après l’an 9999.",
          en: "the last instalment would fall after the year 9999."),
        allowed: LocalizedText(
          fr: "une date de décaissement plus proche", en: "an earlier disbursement date"))
    }
    if fees < .zero || fees >= amount {
      return Problem(
        field: "fees",
        message: LocalizedText(
          fr: "frais de \(MoneyFormat.text(fees, .fr)) hors limites.",
          en: "fees of \(MoneyFormat.text(fees, .en)) are out of range."),
        allowed: LocalizedText(
          fr: "des frais positifs ou nuls, inférieurs au montant prêté",
          en: "fees of zero or more, below the amount lent"))
    }
    if insuranceRate < .zero || insuranceRate.units > Rate.scale {
      return Problem(
        field: "insurance-rate",
        message: LocalizedText(
          fr: "taux d’assurance \(insuranceRate.percentText(.fr)) hors limites.",
          en: "insurance rate \(insuranceRate.percentText(.en)) is out of range."),
        allowed: LocalizedText(fr: "un taux de 0 % à 100 %", en: "a rate from 0% to 100%"))
    }
    return nil
  }
}
