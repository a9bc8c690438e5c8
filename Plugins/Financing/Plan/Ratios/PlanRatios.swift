import EssorCore

/// The funders' ratios of one plan year, each computed twice: quasi-equity counted as debt
/// ("without") and as own funds ("with").
public struct YearRatios: Sendable {
  public var year: Int
  /// Own funds / permanent capital, quasi-equity counted as debt; the `…QuasiAsEquity`
  /// variants count it as own funds (its service left out of the DSCR).
  public var autonomy: Double?
  public var autonomyQuasiAsEquity: Double?
  /// Financial debt / own funds.
  public var gearing: Double?
  public var gearingQuasiAsEquity: Double?
  /// Financial debt / CAF, in years.
  public var debtToCAF: Double?
  public var debtToCAFQuasiAsEquity: Double?
  /// EBE / debt service.
  public var dscr: Double?
  public var dscrQuasiAsEquity: Double?
  /// The two ways banks also compute it, over all debt service: EBE after corporate tax and
  /// part travail (what is left of operations for the lenders), and CAF.
  public var dscrAfterTax: Double?
  public var dscrOnCAF: Double?

  /// Computes the ratios of a year's figures; a ratio whose denominator is zero or
  /// negative is nil (not meaningful).
  public init(_ f: YearFigures) {
    func ratio(_ a: Money, _ b: Money) -> Double? {
      b > .zero ? Double(a.cents) / Double(b.cents) : nil
    }
    year = f.year
    let permanent = f.permanentCapital
    autonomy = ratio(f.ownFunds, permanent)
    autonomyQuasiAsEquity = ratio(f.ownFunds + f.quasiEquity, permanent)
    gearing = ratio(f.debt + f.quasiEquity, f.ownFunds)
    gearingQuasiAsEquity = ratio(f.debt, f.ownFunds + f.quasiEquity)
    debtToCAF =
      f.debt + f.quasiEquity == .zero ? 0 : ratio(f.debt + f.quasiEquity, f.cafSubtractive)
    debtToCAFQuasiAsEquity = f.debt == .zero ? 0 : ratio(f.debt, f.cafSubtractive)
    dscr = ratio(f.ebe, f.debtService + f.quasiDebtService)
    dscrQuasiAsEquity = ratio(f.ebe, f.debtService)
    let service = f.debtService + f.quasiDebtService
    dscrAfterTax = ratio(f.ebe - f.corporateTax - f.participation, service)
    dscrOnCAF = ratio(f.cafSubtractive, service)
  }
}

/// One line of the funders' checklist: a criterion, who applies it, and by how much the plan
/// passes or fails it.
public struct FunderCriterion: Sendable {
  public enum Funder: String, Sendable, CaseIterable {
    case bank
    case franceActive = "france-active"
    case cooperativeFunds = "cooperative-funds"
  }

  public var id: String
  public var funders: [Funder]
  public var label: LocalizedText
  public var threshold: LocalizedText
  /// The plan's value, shown as text (`1,35`, `27,4 %`).
  public var value: LocalizedText
  public var passed: Bool
  /// The worst year, when the criterion is checked every year.
  public var year: Int?
  /// The plan's value as a number (a fraction for percentages), when it has one.
  public var measure: Double? = nil
  /// The threshold as a number, when it has one.
  public var limit: Double? = nil
  /// The same measure under the other quasi-equity convention, for people.
  public var alternative = LocalizedText(fr: "", en: "")
}

/// The funders' checklist of a plan.
public enum FunderChecklist {
  /// The first plan year with twelve months of sales (the ratios are judged from it); 1
  /// when there is none.
  public static func firstFullYear(_ plan: PlanProjection) -> Int {
    plan.years.first { $0.activeMonths == 12 }?.year ?? 1
  }

  /// Checks the plan against the funders' thresholds; each criterion takes the plan's worst
  /// year (DSCR from the first year of repayment on).
  public static func evaluate(_ plan: PlanProjection) -> [FunderCriterion] {
    let t = plan.scenario.thresholds
    // The year-end ratios are judged from the first full year of sales: a first year with
    // four months of sales (a new activity) says little of the debt the plan can carry.
    let first = firstFullYear(plan)
    let ratios = plan.years.map(YearRatios.init)
    let judged = ratios.filter { $0.year >= first }
    var criteria: [FunderCriterion] = []
    func number(_ value: Double, _ decimals: Int = 2) -> LocalizedText {
      LocalizedText(
        fr: MoneyFormat.number(value, decimals: decimals, .fr),
        en: MoneyFormat.number(value, decimals: decimals, .en))
    }
    func percent(_ value: Double) -> LocalizedText { RuleText.percent(value) }

    // Own funds (and quasi-equity) / initial needs.
    let own = plan.ownFundsToNeeds(withQuasiEquity: false)
    let ownQuasi = plan.ownFundsToNeeds(withQuasiEquity: true)
    let minimum = t.ownFundsToNeeds.fraction
    criteria.append(
      FunderCriterion(
        id: "own-funds-to-needs", funders: [.bank, .franceActive],
        label: LocalizedText(
          fr:
            "Fonds propres (trésorerie existante comprise) et quasi-fonds propres / besoins initiaux",
          en: "Own funds (existing cash included) and quasi-equity / initial needs"),
        threshold: LocalizedText(fr: "≥ ", en: "≥ ") + percent(minimum),
        value: percent(ownQuasi), passed: ownQuasi >= minimum,
        year: 1, measure: ownQuasi, limit: minimum,
        alternative: LocalizedText(fr: "sans quasi : ", en: "without quasi: ") + percent(own)))

    func worst(_ values: [(Int, Double?)], higherIsBetter: Bool) -> (Int, Double?)? {
      let known = values.filter { $0.1 != nil }
      if let missing = values.first(where: { $0.1 == nil }), !higherIsBetter { return missing }
      return known.min {
        let (a, b) = ($0.1 ?? 0, $1.1 ?? 0)
        return higherIsBetter ? a < b : a > b
      }
    }
    if let (year, value) = worst(
      judged.map { ($0.year, $0.autonomyQuasiAsEquity) }, higherIsBetter: true),
      let value
    {
      let minimum = t.autonomy.fraction
      let without = ratios[year - 1].autonomy ?? 0
      criteria.append(
        FunderCriterion(
          id: "autonomy", funders: [.bank, .franceActive, .cooperativeFunds],
          label: LocalizedText(
            fr: "Autonomie financière (fonds propres / capitaux permanents)",
            en: "Financial autonomy (own funds / permanent capital)"),
          threshold: LocalizedText(fr: "≥ ", en: "≥ ") + percent(minimum),
          value: percent(value), passed: value >= minimum,
          year: year, measure: value, limit: minimum,
          alternative: LocalizedText(fr: "quasi = dettes : ", en: "quasi = debt: ")
            + percent(without)))
    }
    if let (year, value) = worst(
      judged.map { ($0.year, $0.gearingQuasiAsEquity) }, higherIsBetter: false)
    {
      let without = ratios[year - 1].gearing
      criteria.append(
        FunderCriterion(
          id: "gearing", funders: [.bank],
          label: LocalizedText(
            fr: "Endettement (dettes financières / fonds propres)",
            en: "Gearing (financial debt / own funds)"),
          threshold: LocalizedText(fr: "≤ ", en: "≤ ") + number(t.gearing),
          value: value.map { number($0) }
            ?? LocalizedText(fr: "fonds propres ≤ 0", en: "own funds ≤ 0"),
          passed: (value ?? .infinity) <= t.gearing,
          year: year, measure: value, limit: t.gearing,
          alternative: LocalizedText(fr: "quasi = dettes : ", en: "quasi = debt: ")
            + (without.map { number($0) } ?? LocalizedText(fr: "—", en: "—"))))
    }
    if let (year, value) = worst(
      judged.map { ($0.year, $0.debtToCAFQuasiAsEquity) }, higherIsBetter: false)
    {
      criteria.append(
        FunderCriterion(
          id: "debt-to-caf", funders: [.bank, .cooperativeFunds],
          label: LocalizedText(
            fr: "Capacité de remboursement (dettes financières / CAF, années)",
            en: "Repayment capacity (financial debt / CAF, years)"),
          threshold: LocalizedText(fr: "≤ ", en: "≤ ") + number(t.debtToCAF, 1),
          value: value.map { number($0, 1) } ?? LocalizedText(fr: "CAF ≤ 0", en: "CAF ≤ 0"),
          passed: (value ?? .infinity) <= t.debtToCAF,
          year: year, measure: value, limit: t.debtToCAF,
          alternative: LocalizedText(fr: "quasi = dettes : ", en: "quasi = debt: ")
            + (ratios[year - 1].debtToCAF.map { number($0, 1) }
              ?? LocalizedText(fr: "CAF ≤ 0", en: "CAF ≤ 0"))))
    }
    let serviced = judged.filter {
      plan.years[$0.year - 1].debtService + plan.years[$0.year - 1].quasiDebtService > .zero
    }
    if let (year, value) = worst(serviced.map { ($0.year, $0.dscr) }, higherIsBetter: true),
      let value
    {
      criteria.append(
        FunderCriterion(
          id: "dscr", funders: [.bank, .franceActive, .cooperativeFunds],
          label: LocalizedText(
            fr: "Couverture du service de la dette (EBE / annuités, DSCR)",
            en: "Debt service coverage (EBE / debt service, DSCR)"),
          threshold: LocalizedText(fr: "≥ ", en: "≥ ") + number(t.dscr),
          value: number(value), passed: value >= t.dscr, year: year,
          measure: value, limit: t.dscr,
          alternative: LocalizedText(fr: "hors quasi : ", en: "without quasi: ")
            + (ratios[year - 1].dscrQuasiAsEquity.map { number($0) }
              ?? LocalizedText(fr: "—", en: "—"))
        ))
    }
    let positive = plan.years.allSatisfy { $0.cafSubtractive > .zero }
    let worstCAF = plan.years.min { $0.cafSubtractive < $1.cafSubtractive }
    criteria.append(
      FunderCriterion(
        id: "positive-caf", funders: [.franceActive, .cooperativeFunds],
        label: LocalizedText(fr: "CAF positive chaque année", en: "Positive CAF every year"),
        threshold: LocalizedText(fr: "> 0 €", en: "> €0"),
        value: RuleText.money(worstCAF?.cafSubtractive ?? .zero), passed: positive,
        year: worstCAF?.year))
    // The loans the plan asks for: a loan already running was secured when it was granted.
    let guaranteed = plan.scenario.resources.filter {
      $0.kind == .bankLoan && !$0.bridge && !$0.existing
    }
    if !guaranteed.isEmpty {
      // `security: none` says there is none: it does not count.
      let secured = guaranteed.filter { $0.guarantee != nil || $0.security?.secures == true }
      let covered = secured.count == guaranteed.count
      criteria.append(
        FunderCriterion(
          id: "guarantee", funders: [.bank],
          label: LocalizedText(
            fr:
              "Prêts bancaires garantis ou assortis d’une sûreté (limite les cautions personnelles)",
            en: "Bank loans guaranteed or secured (limits personal guarantees)"),
          threshold: LocalizedText(
            fr: "garantie ou sûreté sur chaque prêt", en: "a guarantee or security on each loan"),
          value: LocalizedText(
            fr: "\(secured.count) / \(guaranteed.count)",
            en: "\(secured.count) / \(guaranteed.count)"),
          passed: covered, year: nil))
    }
    let leverage = plan.scenario.resources.filter { $0.kind == .participatoryLoan }
    if !leverage.isEmpty {
      let quasi = leverage.reduce(Money.zero) { $0 + $1.amount }
      // A bridge loan (repaid by a grant or a receivable) is short-term credit, not the
      // long-term bank debt the participatory loan levers.
      let bank = plan.scenario.resources.filter { $0.kind == .bankLoan && !$0.bridge }.reduce(
        Money.zero
      ) { $0 + $1.amount }
      let ratio = quasi > .zero ? Double(bank.cents) / Double(quasi.cents) : 0
      criteria.append(
        FunderCriterion(
          id: "leverage", funders: [.franceActive, .cooperativeFunds],
          label: LocalizedText(
            fr: "Effet de levier : prêts bancaires / prêts participatifs",
            en: "Leverage: bank loans / participatory loans"),
          threshold: LocalizedText(fr: "≥ 1", en: "≥ 1"), value: number(ratio),
          passed: ratio >= 1, year: nil))
    }
    return criteria
  }
}

extension LocalizedText {
  static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
    LocalizedText(fr: lhs.fr + rhs.fr, en: lhs.en + rhs.en)
  }
}
