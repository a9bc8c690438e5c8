import EssorCore

/// A financing scenario as read from `financing/<name>.yaml`: what the enterprise needs,
/// how it will operate, and which instruments pay for it.
///
/// Every amount is exact (cents) and every percentage a ``Rate``; every field keeps where it
/// was typed, so a rule broken by the plan is reported at the line that causes it.
public struct Scenario: Sendable {
  /// The scenario's file name without `.yaml` (`base`).
  public var id: String
  /// The file it was read from.
  public var file: String
  /// A title for people.
  public var title: String
  /// The first month of the plan; plan year 1 is the twelve months from here.
  public var start: CalendarDate
  /// The number of plan years.
  public var horizon: Int
  /// The legal form the rules are checked for.
  public var legalForm: LegalForm
  /// Cash in the bank at the start (an existing enterprise).
  public var openingCash: Money
  /// The rate the project's cash flows are discounted at.
  public var discountRate: Rate
  public var needs: Needs
  public var operations: Operations
  public var resources: [Instrument]
  public var rules: CooperativeSettings
  public var thresholds: Thresholds
  public var parameters: Parameters
  /// The balance sheet on the eve of the plan (an existing enterprise).
  public var opening = OpeningBalance()
  /// VAT in the cash plan.
  public var vat = VATTerms()
  /// The fields changed for this run by `--set` (none when read as written).
  public var overrides: [ScenarioOverride] = []
  /// What the scenario does not know for sure (`uncertainty:`), for Monte Carlo runs.
  public var uncertainty: Uncertainty?

  /// The location of the file as a whole.
  public var location: SourceLocation { .file(path: file, line: nil, column: nil) }
  /// Where `needs:` and `resources:` are in the file (plan-wide problems point there).
  public var needsLocation: SourceLocation?
  public var resourcesLocation: SourceLocation?

  public init(
    id: String, file: String, title: String, start: CalendarDate, horizon: Int,
    legalForm: LegalForm, openingCash: Money = .zero, discountRate: Rate,
    needs: Needs, operations: Operations, resources: [Instrument],
    rules: CooperativeSettings, thresholds: Thresholds = Thresholds(),
    parameters: Parameters = Parameters()
  ) {
    self.id = id
    self.file = file
    self.title = title
    self.start = start
    self.horizon = horizon
    self.legalForm = legalForm
    self.openingCash = openingCash
    self.discountRate = discountRate
    self.needs = needs
    self.operations = operations
    self.resources = resources
    self.rules = rules
    self.thresholds = thresholds
    self.parameters = parameters
  }

  /// The month index (0 = the start month) of a date.
  public func monthIndex(_ date: CalendarDate) -> Int {
    (date.year - start.year) * 12 + (date.month - start.month)
  }

  /// The number of months in the plan.
  public var months: Int { horizon * 12 }

  /// The first month of plan year `year` (1-based).
  public func firstMonth(ofYear year: Int) -> CalendarDate { start.adding(months: 12 * (year - 1)) }

  /// A short label for plan year `year`: `2027` when years are calendar years, else
  /// `2027-03→2028-02`.
  public func yearLabel(_ year: Int) -> String {
    let first = firstMonth(ofYear: year)
    if first.month == 1 { return String(first.year) }
    let last = first.adding(months: 11)
    func month(_ date: CalendarDate) -> String {
      "\(date.year)-" + (date.month < 10 ? "0" : "") + "\(date.month)"
    }
    return month(first) + "→" + month(last)
  }
}

/// A value typed in the scenario file, with where it was typed.
public struct Located<Value: Sendable>: Sendable {
  public var value: Value
  public var location: SourceLocation?
  public init(_ value: Value, at location: SourceLocation? = nil) {
    self.value = value
    self.location = location
  }
}

/// What the plan must pay for.
public struct Needs: Sendable {
  /// Equipment, works, intangible assets: capitalised and depreciated.
  public var investments: [Asset]
  /// Set-up costs (frais d'établissement), capitalised and written off over their years.
  public var startupCosts: [Asset]
  /// Deposits and guarantees (dépôts et cautionnements), paid at their month, never depreciated.
  public var deposits: [Asset]
  /// How working capital is computed.
  public var workingCapital: WorkingCapitalTerms
  /// The cash kept in reserve from the start.
  public var cashBuffer: Money

  public init(
    investments: [Asset] = [], startupCosts: [Asset] = [], deposits: [Asset] = [],
    workingCapital: WorkingCapitalTerms = WorkingCapitalTerms(), cashBuffer: Money = .zero
  ) {
    self.investments = investments
    self.startupCosts = startupCosts
    self.deposits = deposits
    self.workingCapital = workingCapital
    self.cashBuffer = cashBuffer
  }

  /// Investments, set-up costs and deposits, in that order, each with its group (the order
  /// of the workbook's assets table and of ``PlanLine/Source/asset(_:)``).
  public var assets: [(asset: Asset, group: PlanLine.Group)] {
    investments.map { ($0, .investments) } + startupCosts.map { ($0, .startupCosts) }
      + deposits.map { ($0, .deposits) }
  }

  /// A capitalised spending: an investment, a set-up cost or a deposit.
  public struct Asset: Sendable {
    public var label: String
    public var amount: Money
    /// The month it is paid (0 = the plan's first month).
    public var month: Int
    /// Depreciation years (0 for deposits).
    public var years: Int
    /// Its own VAT rate, when not the scenario's rate on investments (deposits: none).
    public var vat: Rate?
    public var location: SourceLocation?

    public init(
      label: String, amount: Money, month: Int, years: Int, location: SourceLocation? = nil
    ) {
      self.label = label
      self.amount = amount
      self.month = month
      self.years = years
      self.location = location
    }
  }
}

/// Days of receivables, payables and stock, and the VAT rate, from which BFR is computed.
public struct WorkingCapitalTerms: Sendable {
  public var receivableDays: Int
  public var payableDays: Int
  public var stockDays: Int
  /// The default VAT rate of `vat:` (receivables and payables are counted VAT included).
  public var vat: Rate

  public init(
    receivableDays: Int = 0, payableDays: Int = 0, stockDays: Int = 0, vat: Rate = .zero
  ) {
    self.receivableDays = receivableDays
    self.payableDays = payableDays
    self.stockDays = stockDays
    self.vat = vat
  }
}

/// The operating assumptions, one amount per plan year.
public struct Operations: Sendable {
  public var revenue: [Money]
  /// Purchases and consumed goods, as a share of revenue (the variable costs).
  public var purchasesRate: Rate
  public var externalCharges: [Money]
  /// Taxes other than corporate tax (impôts et taxes).
  public var taxes: [Money]
  /// Gross pay.
  public var grossPay: [Money]
  /// Employer social charges as a share of gross pay.
  public var employerCharges: Rate
  public var headcount: [Int]
  public var otherIncome: [Money]
  public var operatingGrants: [Money]
  public var corporateTax: CorporateTax
  /// The share of a year's revenue in each calendar month (January first), or nil for
  /// twelve equal months.
  public var seasonality: [Rate]?
  /// The month sales start (a new activity): no gross margin before it.
  public var activityStart: Int?

  public init(
    revenue: [Money], purchasesRate: Rate, externalCharges: [Money], taxes: [Money],
    grossPay: [Money], employerCharges: Rate, headcount: [Int], otherIncome: [Money],
    operatingGrants: [Money], corporateTax: CorporateTax = CorporateTax()
  ) {
    self.revenue = revenue
    self.purchasesRate = purchasesRate
    self.externalCharges = externalCharges
    self.taxes = taxes
    self.grossPay = grossPay
    self.employerCharges = employerCharges
    self.headcount = headcount
    self.otherIncome = otherIncome
    self.operatingGrants = operatingGrants
    self.corporateTax = corporateTax
  }
}

/// Corporate tax (IS): a reduced rate up to a ceiling, the normal rate above.
///
/// The reduced rate needs revenue under 10 M€ and a capital fully paid up, at least 75 % of it
/// held by natural persons (CGI art. 219 I b): see ``ReducedRateHolding``.
public struct CorporateTax: Sendable {
  public var rate: Rate
  public var reducedRate: Rate
  public var reducedCeiling: Money
  /// Above this revenue, no reduced rate.
  public var revenueLimit = Money(euros: 10_000_000)
  /// Whether the reduced rate's holding condition is met, when the scenario says so.
  ///
  /// CGI article 219 I b: a capital fully paid up, at least 75 % held by natural persons;
  /// nil: decided each year from the holders the scenario lists.
  public var reducedRateEligible: Located<Bool>?

  /// French SME defaults (2023–): 15 % up to 42 500 €, 25 % above.
  public init(
    rate: Rate = Rate(units: 250_000_000_000), reducedRate: Rate = Rate(units: 150_000_000_000),
    reducedCeiling: Money = Money(euros: 42_500)
  ) {
    self.rate = rate
    self.reducedRate = reducedRate
    self.reducedCeiling = reducedCeiling
  }

  /// The terms for a year with `revenue`: no reduced bracket above the revenue limit, nor
  /// when the capital does not meet the holding condition.
  public func terms(revenue: Money, holdingMet: Bool = true) -> CorporateTax {
    var terms = self
    if revenue > revenueLimit || !holdingMet { terms.reducedCeiling = .zero }
    return terms
  }

  /// The tax on a taxable base (nothing on a loss).
  public func tax(on base: Money) -> Money {
    guard base > .zero else { return .zero }
    let reduced = Money.min(base, reducedCeiling)
    return Money.sumOfProducts([(reduced, reducedRate), (base - reduced, rate)])
  }
}
