import EssorCore

/// The statutory choices the cooperative rules are checked against.
public struct CooperativeSettings: Sendable {
  /// SCOP: the part travail as a share of the surplus (ENG); law: at least 25 %.
  public var partTravail: Located<Rate>
  /// The dividends (interest on shares) as a share of the surplus.
  public var dividends: Located<Rate>
  /// SCIC: the share of the result put into impartageable reserves; law: at least 57.5 %.
  public var reserves: Located<Rate>
  /// Redemptions may not bring capital below this share of the highest capital (law: ¼).
  public var capitalFloor: Located<Rate>
  /// SCOP d'amorçage: the date of conversion (the 7-year deadline counts from it).
  public var conversion: Located<CalendarDate>?
  /// SCIC voting colleges and their share of votes.
  public var colleges: [Located<(name: String, votes: Rate)>]
  /// The legal reserve before the plan.
  public var openingLegalReserve: Money
  /// Capital held by worker-members before the plan.
  public var openingCapital: Money
  /// Other reserves (development fund, statutory reserves) before the plan.
  public var openingOtherReserves: Money
  /// SCOP: deduct the provision pour investissement, equal to the year's part travail.
  ///
  /// CGI article 237 bis A II-3; on unless the scenario says `investment-provision: false`.
  public var investmentProvision: Located<Bool>

  public init(
    partTravail: Located<Rate> = Located(Rate(units: 450_000_000_000)),
    dividends: Located<Rate> = Located(Rate(units: 100_000_000_000)),
    reserves: Located<Rate> = Located(Rate(units: 800_000_000_000)),
    capitalFloor: Located<Rate> = Located(Rate(units: 250_000_000_000)),
    conversion: Located<CalendarDate>? = nil,
    colleges: [Located<(name: String, votes: Rate)>] = [], openingLegalReserve: Money = .zero,
    openingCapital: Money = .zero, openingOtherReserves: Money = .zero,
    investmentProvision: Located<Bool> = Located(true)
  ) {
    self.partTravail = partTravail
    self.dividends = dividends
    self.reserves = reserves
    self.capitalFloor = capitalFloor
    self.conversion = conversion
    self.colleges = colleges
    self.openingLegalReserve = openingLegalReserve
    self.openingCapital = openingCapital
    self.openingOtherReserves = openingOtherReserves
    self.investmentProvision = investmentProvision
  }
}

/// Funders' thresholds for the ratios: configurable defaults from practice, not law.
public struct Thresholds: Sendable {
  /// Own funds / permanent capital, at least (indy.fr: below 25 % means dependence).
  public var autonomy: Rate
  /// Financial debt / own funds, at most.
  public var gearing: Double
  /// Financial debt / CAF in years, at most (banks: 3–4).
  public var debtToCAF: Double
  /// EBE / debt service, at least (banks: 1.2).
  public var dscr: Double
  /// Own funds (and quasi-equity) / initial needs, at least (banks: about 30 %).
  public var ownFundsToNeeds: Rate

  public init(
    autonomy: Rate = Rate(units: 250_000_000_000), gearing: Double = 1, debtToCAF: Double = 4,
    dscr: Double = 1.2, ownFundsToNeeds: Rate = Rate(units: 300_000_000_000)
  ) {
    self.autonomy = autonomy
    self.gearing = gearing
    self.debtToCAF = debtToCAF
    self.dscr = dscr
    self.ownFundsToNeeds = ownFundsToNeeds
  }
}

/// Dated parameters: the TMO series behind the cap on interest paid on shares, and the
/// guarantors' maximum cover.
///
/// Defaults come from `domain/financing.md`; a scenario may add or replace values.
public struct Parameters: Sendable {
  /// Half-yearly TMO rates, keyed `2023-S2`.
  public var tmo: [String: Rate]
  /// When the TMO series was last brought up to date, and where it comes from.
  public var tmoAsOf: CalendarDate? = TMOSeries.builtIn.asOf
  public var tmoSource = TMOSeries.builtIn.path
  /// The maximum cover and cap per guarantor id.
  public var guarantors: [String: (quota: Rate, cap: Money?)]

  public init(
    tmo: [String: Rate] = Parameters.defaultTMO,
    guarantors: [String: (quota: Rate, cap: Money?)] = Parameters.defaultGuarantors
  ) {
    self.tmo = tmo
    self.guarantors = guarantors
  }

  /// TMO (rendement des obligations des sociétés privées), half-yearly: the series of
  /// `templates/parameters/tmo.yaml` compiled into the binary.
  public static var defaultTMO: [String: Rate] { TMOSeries.builtIn.values }

  /// Guarantors' fees when the scenario gives none: France Active charges 2.5 % of the
  /// amount guaranteed (financing.md §1).
  public static let defaultGuaranteeFees: [String: Rate] = [
    "france-active": Rate(units: 25_000_000_000),
    "france-active-egalite": Rate(units: 25_000_000_000),
  ]

  /// Guarantors' maximum cover (2024 terms; they change every year).
  public static let defaultGuarantors: [String: (quota: Rate, cap: Money?)] = [
    "france-active": (Rate(units: 650_000_000_000), Money(euros: 200_000)),
    "france-active-egalite": (Rate(units: 800_000_000_000), Money(euros: 50_000)),
    "bpifrance": (Rate(units: 700_000_000_000), Money(euros: 200_000)),
    "sofiscop": (Rate(units: 500_000_000_000), nil),
  ]

  /// The cap on interest paid on shares for a general meeting held in `agmYear`.
  ///
  /// The cap is the mean of the six half-yearly TMO of the three calendar years before,
  /// plus 2 points (article 14 of the 1947 law, décret 2017-446). When a half-year is
  /// missing, the latest three known years are used and `isExact` is false.
  public func shareInterestCap(agmYear: Int) -> (
    cap: Rate, basisYears: ClosedRange<Int>, isExact: Bool
  )? {
    func complete(_ year: Int) -> Bool { tmo["\(year)-S1"] != nil && tmo["\(year)-S2"] != nil }
    var last = agmYear - 1
    let exact = (agmYear - 3...agmYear - 1).allSatisfy(complete)
    if !exact {
      guard let latest = tmo.keys.compactMap({ Int($0.prefix(4)) }).filter(complete).max() else {
        return nil
      }
      last = min(latest, agmYear - 1)
    }
    let years = last - 2...last
    guard years.allSatisfy(complete) else { return nil }
    let sum = years.reduce(Int64(0)) {
      $0 + (tmo["\($1)-S1"]?.units ?? 0) + (tmo["\($1)-S2"]?.units ?? 0)
    }
    return (Rate(units: sum / 6 + 20_000_000_000), years, exact)
  }
}
