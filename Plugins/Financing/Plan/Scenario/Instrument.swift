import EssorCore

/// One resource of the plan: an instrument of the financing table with its terms.
public struct Instrument: Sendable {
  /// The kinds of instrument a scenario may list.
  public enum Kind: String, Sendable, CaseIterable {
    case bankLoan = "bank-loan"
    case participatoryLoan = "participatory-loan"
    case titresParticipatifs = "titres-participatifs"
    case convertibleBonds = "convertible-bonds"
    case workerShares = "worker-shares"
    case outsideShares = "outside-shares"
    case honourLoan = "honour-loan"
    case investmentGrant = "investment-grant"
    case crowdlending
    case currentAccount = "current-account"

    /// How funders and the balance sheet count it.
    public var category: Category {
      switch self {
      case .workerShares, .outsideShares, .honourLoan, .investmentGrant: return .equity
      case .participatoryLoan, .titresParticipatifs, .convertibleBonds: return .quasiEquity
      case .bankLoan, .crowdlending: return .debt
      case .currentAccount: return .debt
      }
    }
  }

  /// Own funds, quasi-equity (subordinated, counted as own funds by many funders) or debt.
  public enum Category: String, Sendable {
    case equity
    case quasiEquity = "quasi-equity"
    case debt
  }

  public var kind: Kind
  public var label: String
  /// The amount brought in at `month` (for worker shares: the initial subscriptions).
  public var amount: Money
  /// The month it comes in (0 = the plan's first month).
  public var month: Int
  /// Where the instrument is in the file.
  public var location: SourceLocation?
  /// The repayment schedule, for loan-like instruments.
  public var loan: LoanTerms?
  /// Who provides it (socoden, france-active, scopinvest, a bank…), free text.
  public var provider: String?
  /// A guarantee on a bank loan.
  public var guarantee: Guarantee?
  /// Other security on a bank loan (a pledge on the financed asset…).
  public var security: Security?
  /// A bridge loan (prêt relais) repaid by a grant or a receivable: short-term credit, left
  /// out of permanent capital, debt service and the ratios (its cash still counts).
  public var bridge: Bool
  /// Members: for worker shares the worker-members, for outside shares the outside members.
  public var members: Int
  /// For outside shares: their weighted share of votes, when the statutes weight votes.
  public var votes: Located<Rate>?
  /// For outside shares: held by public bodies (collectivités), limited in a SCIC.
  public var publicBody: Bool
  /// For outside shares: held before the plan (counted in capital and votes, not a resource).
  public var existing: Bool
  /// For outside shares in a SCIC: the member's role (beneficiary, producer…).
  public var role: MemberRole?
  /// For outside shares: the SCIC member category (a name, not ``Category``).
  public var memberCategory: String?
  /// For worker shares: the yearly subscription as a share of gross pay.
  public var yearlyContribution: Rate
  /// For worker shares: the share of the part travail converted into shares.
  public var participationToShares: Rate
  /// Shares repaid to leaving members, per plan year.
  public var redemptions: [Money]
  /// For titres participatifs and convertible bonds: the yearly fixed remuneration.
  public var rate: Rate
  /// Years: TP and bonds term; grant release years; honour loan term (information).
  public var years: Int
  /// For an investment grant: a regional grant that may not exceed own funds.
  public var capByOwnFunds: Bool
  /// For an investment grant: the investment it funds (its index in `needs.investments`);
  /// the grant is then released at the pace of that asset's depreciation (PCG 312-1).
  public var funds: Int?
  /// For crowdlending: the number of lenders.
  public var lenders: Int
  /// For a current account: blocked (counted as quasi-equity) and repaid at the end of a year.
  public var blocked: Bool
  public var repaidInYear: Int?
  /// What `essor finance optimise` may change (nil: nothing).
  public var adjustable: Adjustable?

  public init(kind: Kind, label: String, amount: Money, month: Int, location: SourceLocation? = nil)
  {
    self.kind = kind
    self.label = label
    self.amount = amount
    self.month = month
    self.location = location
    self.loan = nil
    self.provider = nil
    self.guarantee = nil
    self.security = nil
    self.bridge = false
    self.members = kind == .outsideShares ? 1 : 0
    self.votes = nil
    self.publicBody = false
    self.existing = false
    self.role = nil
    self.memberCategory = nil
    self.yearlyContribution = .zero
    self.participationToShares = .zero
    self.redemptions = []
    self.rate = .zero
    self.years = 0
    self.capByOwnFunds = false
    self.funds = nil
    self.lenders = 0
    self.blocked = false
    self.repaidInYear = nil
  }

  /// How the balance sheet counts it: a blocked current account is quasi-equity.
  public var balanceCategory: Category {
    kind == .currentAccount && blocked ? .quasiEquity : kind.category
  }

  /// How a resource enters the multi-year plan.
  public enum Flow: Sendable {
    case capital, loan, grant
    /// Held before the plan: in the capital, not a resource.
    case existing
    /// A loan already running: its schedule only, not a resource.
    case running
  }

  /// How it enters the multi-year plan.
  public var flow: Flow {
    switch kind {
    case .workerShares, .honourLoan: return .capital
    case .outsideShares: return existing ? .existing : .capital
    case .investmentGrant: return .grant
    default: return existing ? .running : .loan
    }
  }

  /// Whether it comes from outside the enterprise's members and their own money: what is
  /// asked from funders (loans, quasi-equity, grants, honour loans, crowdlending, and the
  /// shares of an investor or a public body).
  public var isFromFunders: Bool {
    switch kind {
    case .workerShares, .currentAccount: return false
    case .outsideShares: return !existing && (provider != nil || publicBody)
    default: return !existing
    }
  }
}

/// A guarantee on a bank loan: who guarantees, the cover, its cap and its fee.
public struct Guarantee: Sendable {
  public var guarantor: String
  /// The share of the loan covered.
  public var quota: Rate
  /// The most the guarantor covers.
  public var cap: Money?
  /// The fee as a share of the guaranteed amount, paid at disbursement.
  public var fee: Rate
  public var location: SourceLocation?

  public init(
    guarantor: String, quota: Rate, cap: Money?, fee: Rate, location: SourceLocation? = nil
  ) {
    self.guarantor = guarantor
    self.quota = quota
    self.cap = cap
    self.fee = fee
    self.location = location
    self.amount = nil
  }

  /// The amount guaranteed once the guarantor's cap per company is shared among the
  /// company's loans (set by ``applyCaps(to:parameters:)``).
  public var amount: Money?

  /// The amount guaranteed on a loan: min(quota × loan, cap), and within what the
  /// guarantor's cap per company leaves, once the scenario is read.
  public func guaranteed(on amount: Money) -> Money {
    if let allotted = self.amount { return allotted }
    let covered = amount.applying(quota)
    guard let cap else { return covered }
    return Money.min(covered, cap)
  }

  /// The fee paid at disbursement.
  public func feeAmount(on amount: Money) -> Money { guaranteed(on: amount).applying(fee) }

  /// Shares each guarantor's cap among the company's loans, and charges the guarantee fees.
  ///
  /// A guarantor's cap holds per company, across all the loans it guarantees (France
  /// Active: 200 000 € per company), in the order the scenario lists them. The guarantee fee
  /// is a cost of the credit the bank requires: it joins the loan's fees, on the amount
  /// actually guaranteed, so the TEG counts it.
  static func applyCaps(to resources: inout [Instrument], parameters: Parameters) {
    var used: [String: Money] = [:]
    for index in resources.indices {
      guard var guarantee = resources[index].guarantee else { continue }
      var covered = guarantee.guaranteed(on: resources[index].amount)
      if let cap = parameters.guarantors[guarantee.guarantor]?.cap {
        covered = Money.min(
          covered, Money.max(.zero, cap - used[guarantee.guarantor, default: .zero]))
      }
      used[guarantee.guarantor, default: .zero] += covered
      guarantee.amount = covered
      resources[index].guarantee = guarantee
      resources[index].loan?.fees += covered.applying(guarantee.fee)
    }
  }
}

/// The role of a SCIC member category, as article 19 septies of the 1947 law names them.
public enum MemberRole: String, Sendable, CaseIterable {
  case employee, producer, beneficiary, volunteer
  case publicBody = "public-body"
  case supporter, other
}
