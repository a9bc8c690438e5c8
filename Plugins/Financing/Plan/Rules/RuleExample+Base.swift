import EssorCore

extension RuleExample {
  /// A small healthy SCOP over 5 years from January 2027 that keeps every rule: the
  /// examples change one thing in it.
  ///
  /// 10 worker-members with 30 000 € of shares and one outside member with 10 000 €, an
  /// 80 000 € bank loan and a 20 000 € participatory loan for 100 000 € of machines; no
  /// investment provision (`investment-provision: false`).
  public static var base: Scenario {
    let start = CalendarDate(year: 2027, month: 1, day: 1) ?? CalendarDate(daysSince1970: 20_819)
    func series(_ euros: Int64) -> [Money] { Array(repeating: Money(euros: euros), count: 5) }
    func loan(_ label: String, _ amount: Int64, rate: Int64, years: Int, grace: Int = 0)
      -> LoanTerms
    {
      LoanTerms(
        label: label, amount: Money(euros: amount), annualRate: Rate(units: rate * 10_000_000_000),
        periods: years * 12, method: .annuity, periodicity: .monthly, gracePeriods: grace,
        graceType: .partial, fees: .zero, insuranceRate: .zero, start: start,
        rateMode: .proportional)
    }
    var workers = Instrument(
      kind: .workerShares, label: "Parts des salariés", amount: Money(euros: 30_000), month: 0)
    workers.members = 10
    workers.yearlyContribution = Rate(units: 20_000_000_000)
    workers.participationToShares = Rate(units: 500_000_000_000)
    workers.redemptions = series(0)
    var outside = Instrument(
      kind: .outsideShares, label: "Associé extérieur", amount: Money(euros: 10_000), month: 0)
    outside.redemptions = series(0)
    outside.memberCategory = "Usagers"
    outside.role = .beneficiary
    var bank = Instrument(
      kind: .bankLoan, label: "Prêt bancaire", amount: Money(euros: 80_000), month: 0)
    bank.loan = loan("Prêt bancaire", 80_000, rate: 4, years: 5)
    var participatory = Instrument(
      kind: .participatoryLoan, label: "Prêt participatif", amount: Money(euros: 20_000), month: 0)
    participatory.loan = loan("Prêt participatif", 20_000, rate: 2, years: 5, grace: 12)
    var grant = Instrument(
      kind: .investmentGrant, label: "Subvention", amount: Money(euros: 10_000), month: 0)
    grant.years = 5
    return Scenario(
      id: "base", file: "base.yaml", title: "Exemple", start: start, horizon: 5,
      legalForm: .scop, openingCash: Money(euros: 20_000),
      discountRate: Rate(units: 80_000_000_000),
      needs: Needs(
        investments: [
          Needs.Asset(label: "Machines", amount: Money(euros: 100_000), month: 0, years: 5)
        ],
        workingCapital: WorkingCapitalTerms(
          receivableDays: 30, payableDays: 30, stockDays: 0, vat: Rate(units: 200_000_000_000)),
        cashBuffer: Money(euros: 10_000)),
      operations: Operations(
        revenue: series(600_000), purchasesRate: Rate(units: 300_000_000_000),
        externalCharges: series(60_000), taxes: series(5_000), grossPay: series(200_000),
        employerCharges: Rate(units: 420_000_000_000), headcount: Array(repeating: 10, count: 5),
        otherIncome: series(0), operatingGrants: series(0)),
      resources: [workers, outside, bank, participatory, grant],
      rules: CooperativeSettings(
        dividends: Located(Rate(units: 20_000_000_000)),
        // The opening cash is the reserves of an enterprise already there.
        openingOtherReserves: Money(euros: 20_000),
        // The examples isolate each rule from the SCOP's investment provision, which
        // lowers the tax (its own hand-worked cases: InvestmentProvisionTests).
        investmentProvision: Located(false)))
  }

  /// The base scenario with another legal form (a SCIC gets three member categories and a
  /// public body).
  public static func base(_ form: LegalForm) -> Scenario {
    var scenario = base
    scenario.legalForm = form
    if form == .scic {
      scenario.rules.dividends = Located(.zero)
      var town = Instrument(
        kind: .outsideShares, label: "Commune", amount: Money(euros: 5_000), month: 0)
      town.publicBody = true
      town.memberCategory = "Collectivités"
      town.redemptions = Array(repeating: .zero, count: 5)
      scenario.resources.append(town)
    }
    return scenario
  }
}
