import EssorCore
import Financing
import Foundation
import TestSupport
import Testing

/// The tax and accounting law of a plan, each rule on a small case worked out by hand: the
/// SCOP investment provision, the reduced corporate-tax rate's holding condition, the
/// guarantor's cap per company, loan costs above EBE, bridge loans out of the leverage, typed
/// security, the SAS legal reserve and the dated TMO series.
@Suite struct FinancingLawTests {
  /// `PlanEngineTests.handScenario` (a SCOP: EBE 17 000 €, a 36 000 € machine from July
  /// over 3 years, a 6 000 € grant over 3 years: result before part travail and tax
  /// 12 000 € in 2027, 7 000 € in 2028 and 2029), with the investment provision left on.
  static let scop = PlanEngineTests.handScenario.replacingOccurrences(
    of: ", investment-provision: false}", with: "}")

  private func euros(_ text: String) -> Money { Money.parse(text) ?? .zero }

  private func project(_ text: String) throws -> PlanProjection {
    try PlanEngineTests.project(text)
  }

  private func read(_ text: String) throws -> Scenario {
    try ScenarioReader.read(
      YAMLDocument.parse(text, path: "law.yaml"), path: "law.yaml", profile: nil)
  }

  // MARK: SCOP investment provision (CGI art. 237 bis A II-3)

  @Test func theProvisionEqualToThePartTravailIsDeducted() throws {
    let y1 = try project(Self.scop).years[0]
    // X = 12 000, w = 45 %, r = 15 %, provision = part travail (k = 2):
    // P = 45 % × 12 000 × 85 % ÷ (1 − 2 × 45 % × 15 %) = 4 590 ÷ 0,865 = 5 306,36.
    #expect(y1.participation == euros("5306.36"))
    #expect(y1.investmentProvisionAllowed)
    #expect(y1.investmentProvision == euros("5306.36"))
    // Base 12 000 − 2 × 5 306,36 = 1 387,28; tax 15 % = 208,09 (without the provision:
    // 1 061,66, PlanEngineTests). Check: ENG 12 000 − 208,09 = 11 791,91 × 45 % = 5 306,36.
    #expect(y1.taxableBase == euros("1387.28"))
    #expect(y1.corporateTax == euros("208.09"))
    // The provision is a tax deduction, not a charge: net result 12 000 − 5 306,36 − 208,09.
    #expect(y1.netResult == euros("6485.55"))
    #expect(y1.cafSubtractive == euros("11485.55"))
    // Reserves 1 768,79 (15 % of the ENG) + 4 480,92 (the rest after 235,84 of dividends)
    // = 6 249,71 ≥ 5 306,36: the provision is represented by them, nothing to add back.
    #expect(y1.legalReserve == euros("1768.79") && y1.otherReserves == euros("4480.92"))
    #expect(y1.provisionUncovered == .zero)
  }

  @Test func whatReservesDoNotRepresentIsAddedBackAfterTwoYearsWithoutInvestment() throws {
    let text = Self.scop.replacingOccurrences(
      of: "part-travail: 45%, dividends: 2%", with: "part-travail: 50%, dividends: 10%")
    let plan = try project(text)
    let (y1, y2, y3) = (plan.years[0], plan.years[1], plan.years[2])
    // 2027: P = 50 % × 12 000 × 85 % ÷ (1 − 2 × 50 % × 15 %) = 6 000: base 0, no tax, and
    // indeed P = 50 % × 12 000. Reserves 1 800 (15 %) + 3 000 (6 000 − 1 800 − 1 200 of
    // dividends) = 4 800 represent 4 800 of the 6 000 € provision: 1 200 € open.
    #expect(y1.participation == euros("6000") && y1.investmentProvision == euros("6000"))
    #expect(y1.corporateTax == .zero)
    #expect(y1.provisionUncovered == euros("1200"))
    #expect(y2.provisionReintegrated == .zero)
    // No investment in 2028–2029: the 1 200 € are added back in 2029. X = 7 000, K = 1 200:
    // P = 50 % × (7 000 × 85 % − 15 % × 1 200) ÷ (1 − 2 × 50 % × 15 %) = 2 885 ÷ 0,85
    //   = 3 394,12; base 7 000 − 2 × 3 394,12 + 1 200 = 1 411,76; tax 211,76.
    #expect(y3.provisionReintegrated == euros("1200"))
    #expect(y3.participation == euros("3394.12"))
    #expect(y3.taxableBase == euros("1411.76"))
    #expect(y3.corporateTax == euros("211.76"))
  }

  @Test func anInvestmentWithinTwoYearsUsesTheOpenProvision() throws {
    let text = Self.scop.replacingOccurrences(
      of: "part-travail: 45%, dividends: 2%", with: "part-travail: 50%, dividends: 10%"
    ).replacingOccurrences(
      of: "    - {label: Machine, amount: 36000, month: 2027-07, years: 3}",
      with:
        "    - {label: Machine, amount: 36000, month: 2027-07, years: 3}\n    - {label: Tools, amount: 1500, month: 2028-03, years: 3}"
    )
    #expect(text.contains("Tools"))
    let plan = try project(text)
    // The 1 200 € left open in 2027 are used by the 1 500 € of tools bought in 2028.
    #expect(plan.years[0].provisionUncovered == euros("1200"))
    #expect(plan.years[2].provisionReintegrated == .zero)
  }

  @Test func noProvisionWhenOutsideMembersHoldMoreThanHalfTheCapital() throws {
    let text = Self.scop.replacingOccurrences(
      of: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with:
        "  - {kind: worker-shares, amount: 10000, members: 5}\n  - {kind: outside-shares, label: Coopérateur usager, amount: 12000}"
    )
    let y1 = try project(text).years[0]
    // 12 000 of 22 000 € held by a non-cooperator member (a person, so the reduced rate
    // still applies): no provision, the tax is that of PlanEngineTests.
    #expect(!y1.investmentProvisionAllowed && y1.investmentProvision == .zero)
    #expect(y1.participation == euros("4922.25") && y1.corporateTax == euros("1061.66"))
  }

  @Test func theProvisionCanBeSwitchedOffAndIsReadWithItsLine() throws {
    let off = Self.scop.replacingOccurrences(
      of: "dividends: 2%}", with: "dividends: 2%, investment-provision: false}")
    #expect(try project(off).years[0].corporateTax == euros("1061.66"))
    let wrong = Self.scop.replacingOccurrences(
      of: "dividends: 2%}", with: "dividends: 2%, investment-provision: sometimes}")
    let error = try #require(throws: EssorError.self) { try read(wrong) }
    #expect(error.location?.description.hasPrefix("law.yaml:19:") == true, "\(error)")
    #expect(error.rendered(in: .en).contains("“rules.investment-provision”: “sometimes”"))
  }

  // MARK: Reduced rate (CGI art. 219 I b)

  /// An ESS company (no part travail) with the hand scenario's result: 12 000 € in 2027.
  static let company = PlanEngineTests.handScenario.replacingOccurrences(
    of: "legal-form: scop", with: "legal-form: sas-ess"
  ).replacingOccurrences(
    of: "rules: {part-travail: 45%, dividends: 2%, investment-provision: false}",
    with: "rules: {dividends: 2%}")

  @Test func theReducedRateNeedsThreeQuartersOfTheCapitalHeldByNaturalPersons() throws {
    let founders = try project(Self.company).years[0]
    #expect(founders.reducedRateHoldingMet && founders.naturalPersonsShare == 1)
    #expect(founders.corporateTax == euros("1800"))  // 15 % × 12 000
    let investor = Self.company.replacingOccurrences(
      of: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with:
        "  - {kind: worker-shares, amount: 10000, members: 5}\n  - {kind: outside-shares, label: Fonds, amount: 40000, provider: impact-fund}"
    )
    let held = try project(investor).years[0]
    // 10 000 of 50 000 € (20 %) held by natural persons: 25 % on everything.
    #expect(!held.reducedRateHoldingMet && held.naturalPersonsShare == 0.2)
    #expect(held.corporateTax == euros("3000"))
    // A member who is a person (no provider) counts: 50 000 of 50 000 €.
    let person = investor.replacingOccurrences(of: ", provider: impact-fund}", with: "}")
    #expect(try project(person).years[0].corporateTax == euros("1800"))
    // The scenario may say it itself (holders Essor does not know about).
    let stated = investor.replacingOccurrences(
      of: "  payroll:", with: "  corporate-tax: {reduced-rate-eligible: true}\n  payroll:")
    #expect(try project(stated).years[0].corporateTax == euros("1800"))
  }

  // MARK: Guarantees

  @Test func theGuarantorsCapHoldsPerCompanyAcrossItsLoans() throws {
    let text = PlanEngineTests.handScenario.replacingOccurrences(
      of: "  - {kind: investment-grant",
      with:
        "  - {kind: bank-loan, label: A, amount: 200000, rate: 4%, years: 7, guarantee: {guarantor: france-active, quota: 65%}}\n  - {kind: bank-loan, label: B, amount: 132000, rate: 4%, years: 7, guarantee: {guarantor: france-active, quota: 65%}}\n  - {kind: investment-grant"
    )
    let scenario = try read(text)
    let (a, b) = (scenario.resources[1], scenario.resources[2])
    // 65 % × 200 000 = 130 000 and 65 % × 132 000 = 85 800: 215 800 € over France Active's
    // 200 000 € cap per company; B gets the 70 000 € left. Fees 2,5 % of what is covered.
    #expect(a.guarantee?.guaranteed(on: a.amount) == euros("130000"))
    #expect(b.guarantee?.guaranteed(on: b.amount) == euros("70000"))
    #expect(a.loan?.fees == euros("3250") && b.loan?.fees == euros("1750"))
  }

  // MARK: Classification (PCG 616, 627, 661)

  @Test func loanInsuranceAndFeesAreExternalChargesAboveEBE() throws {
    let text = PlanEngineTests.handScenario.replacingOccurrences(
      of: "  - {kind: investment-grant",
      with:
        "  - {kind: bank-loan, label: Banque, amount: 24000, rate: 0%, years: 2, fees: 300, insurance-rate: 1%, guarantee: {guarantor: bpifrance, quota: 50%, fee: 2%}}\n  - {kind: investment-grant"
    )
    let y1 = try project(text).years[0]
    // Fees 300 + 2 % × 12 000 guaranteed = 540; insurance 1 % a year of 24 000 = 20 € a
    // month, 11 instalments in 2027 (the first a month after the disbursement) = 220.
    #expect(y1.fees == euros("540") && y1.insurance == euros("220"))
    #expect(y1.ebe == euros("16240"))  // 17 000 − 540 − 220
    #expect(y1.financialCharges == .zero)  // the loan is at 0 %: no interest
    #expect(y1.resultBeforeParticipationAndTax == euros("11240"))
  }

  // MARK: Funders' checklist

  @Test func bridgeLoansStayOutOfTheLeverage() throws {
    let path = Repository.path("samples/scic-terres-communes/financing/base.yaml")
    let scenario = try ScenarioReader.load(path: path, profile: nil)
    let leverage = try #require(
      FunderChecklist.evaluate(PlanEngine.project(scenario)).first { $0.id == "leverage" })
    // The SCIC's bank loans over its participatory loans: 4,84 without the 30 000 € bridge
    // loan (repaid by the grants it bridges), 5,44 if it were counted.
    let sum = { (loans: [Instrument]) in loans.reduce(Money.zero) { $0 + $1.amount } }
    let term = sum(scenario.resources.filter { $0.kind == .bankLoan && !$0.bridge })
    let quasi = sum(scenario.resources.filter { $0.kind == .participatoryLoan })
    #expect(scenario.resources.contains { $0.bridge && $0.amount == euros("30000") })
    #expect(leverage.value.en == String(format: "%.2f", Double(term.cents) / Double(quasi.cents)))
    #expect(leverage.value.en == "4.84")
  }

  @Test func securityNoneDoesNotSecure() throws {
    let path = Repository.path("samples/sas-ess-recyclerie/financing/base.yaml")
    let scenario = try ScenarioReader.load(path: path, profile: nil)
    let term = scenario.resources.filter { $0.kind == .bankLoan && !$0.bridge }
    // The PESS-type loan's `security: {kind: none, note: …}` says there is none, on
    // purpose; the other term loan has a France Active guarantee.
    #expect(term.count == 2 && term[1].security?.kind == Security.Kind.none)
    let guarantee = try #require(
      FunderChecklist.evaluate(PlanEngine.project(scenario)).first { $0.id == "guarantee" })
    #expect(guarantee.value.en == "1 / 2" && !guarantee.passed)
    // A kind Essor does not know is refused at its line, with the kinds it knows.
    let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
      of: "kind: none\n", with: "kind: nothing\n")
    let error = try #require(throws: EssorError.self) { try read(text) }
    #expect(error.rendered(in: .en).contains("pledge, mortgage"))
  }

  // MARK: SAS legal reserve (Code de commerce L232-10)

  @Test func aCompanysLegalReserveStopsAtATenthOfTheCapitalOfTheYear() throws {
    // 40 000 € of shares, 30 000 € of them redeemed in 2028: from then on the reserve stops
    // at 1 000 € (10 % of 10 000 €), not at 4 000 € (10 % of the highest capital).
    let text = Self.company.replacingOccurrences(
      of: "revenue: 120000", with: "revenue: 400000"
    ).replacingOccurrences(
      of: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with:
        "  - {kind: outside-shares, label: Associés, amount: 40000, redemptions: [0, 30000, 0]}"
    )
    let plan = try project(text)
    #expect(plan.years[1].capital == euros("10000"))
    // 2027: 5 % of a result well above 20 000 € fills the reserve to 10 % of 40 000 € at most.
    let first = plan.years[0].legalReserveTotal
    #expect(first > .zero && first <= euros("4000"))
    #expect(
      plan.years.dropFirst().allSatisfy { $0.legalReserveTotal == Money.max(first, euros("1000")) })
  }

  // MARK: The TMO series: dated data, updated without code

  @Test func theBuiltInSeriesIsDatedAndAWorkspaceCopyComesFirst() throws {
    #expect(TMOSeries.builtIn.asOf != nil && TMOSeries.builtIn.values["2023-S2"] != nil)
    let folder = try TemporaryFolder()
    let parameters = folder.path + "/parameters"
    try FileManager.default.createDirectory(
      atPath: parameters, withIntermediateDirectories: true)
    var lines = ["as-of: 2032-02-01", "series:"]
    for year in 2021...2031 { lines += ["  \(year)-S1: 3%", "  \(year)-S2: 4%"] }
    try lines.joined(separator: "\n").write(
      toFile: parameters + "/tmo.yaml", atomically: true, encoding: .utf8)
    let series = try TMOSeries.load(TemplateLibrary(folders: [(.workspace, folder.path)]))
    #expect(series.path == parameters + "/tmo.yaml")
    var scenario = try read(Self.scop)
    scenario.parameters.tmo = series.values
    // Meetings up to 2032 rest on the three years before them: 3,5 % + 2 points, exact.
    let cap = try #require(scenario.parameters.shareInterestCap(agmYear: 2032))
    #expect(cap.isExact && cap.cap == Rate.parse("5.5%") && cap.basisYears == 2029...2031)
    // A broken copy is reported at its line, not ignored.
    try "as-of: 2032-02-01\nseries:\n  2031-S3: 3%\n".write(
      toFile: parameters + "/tmo.yaml", atomically: true, encoding: .utf8)
    let error = try #require(throws: EssorError.self) {
      try TMOSeries.load(TemplateLibrary(folders: [(.workspace, folder.path)]))
    }
    #expect(error.location?.description.hasPrefix(parameters + "/tmo.yaml:3:") == true)
  }
}

/// Every number has its unit: the ratios are no euros, BFR is in days and debt / CAF in
/// years, in the terminal and in the workbook as an independent reader (openpyxl) sees it.
@Suite struct PlanUnitsTests {
  static let lines: [(label: String, unit: String)] = [
    ("BFR en jours de chiffre d’affaires", "\"j\""),
    ("Dettes / CAF en années, quasi = dettes", "\"ans\""),
    ("DSCR = EBE / toutes les annuités", "0.00"),
    ("Endettement, quasi = dettes", "0.00"),
  ]

  @Test func ratiosDaysAndYearsAreNotEuros() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("plan.xlsx")
    let workspace = Repository.path("samples/scop-lauragais")
    let written = try Repository.runEssor([
      "finance", "plan", "base", "--workspace", workspace, "--format", "xlsx", "--output", path,
    ])
    #expect(written.status == 0, "\(written.stderr)")
    let inspected = try Repository.oracle("inspect_xlsx.py", [path])
    let book = try #require(
      try JSONSerialization.jsonObject(with: Data(inspected.stdout.utf8)) as? [String: Any])
    let sheets = try #require(book["sheets"] as? [String: [String: Any]])
    for (label, unit) in Self.lines {
      // The label's row, then the format of each year's cell on that row.
      let found = sheets.values.compactMap { sheet -> [String]? in
        guard let cells = sheet["cells"] as? [String: [String: Any]],
          let labelCell = cells.first(where: {
            ($0.value["value"] as? String)?.hasPrefix(label) == true
          })
        else { return nil }
        let row = labelCell.key.drop { $0.isLetter }
        return cells.filter { $0.key.drop { $0.isLetter } == row && $0.key != labelCell.key }
          .compactMap { $0.value["format"] as? String }
      }.first
      let formats = try #require(found, "no line \(label)")
      #expect(
        !formats.isEmpty && formats.allSatisfy { !$0.contains("€") && $0.hasSuffix(unit) },
        "\(label): \(formats)")
    }
    let terminal = try Repository.runEssor(
      ["finance", "plan", "base", "--workspace", workspace, "--all"],
      environment: ["COLUMNS": "160"])
    for line in terminal.stdout.split(separator: "\n")
    where line.hasPrefix("DSCR =") || line.hasPrefix("BFR en jours")
      || line.hasPrefix("Dettes / CAF")
    {
      #expect(!line.contains("€"), "\(line)")
    }
    #expect(
      terminal.stdout.contains("\u{00A0}j\u{0020}") || terminal.stdout.contains("\u{00A0}j\n"))
    #expect(terminal.stdout.contains("\u{00A0}ans"))
  }
}

/// An investment grant follows the depreciation of the asset it funds (PCG 312-1).
@Suite struct GrantReleaseTests {
  private func euros(_ text: String) -> Money { Money.parse(text) ?? .zero }

  @Test func aGrantTiedToAnInvestmentIsReleasedAtThePaceOfItsDepreciation() throws {
    // The hand scenario's 6 000 € grant, paid in July 2027, now funds a 60 000 € building
    // bought in April 2027 and depreciated over 25 years: 6 000 × 9 / 300 = 180 € in 2027
    // (from April, not July), then 6 000 × 12 / 300 = 240 € a year — not 1 000 € and
    // 2 000 € over the grant's own 3 years.
    let text = PlanEngineTests.handScenario.replacingOccurrences(
      of: "    - {label: Machine, amount: 36000, month: 2027-07, years: 3}",
      with:
        "    - {label: Machine, amount: 36000, month: 2027-07, years: 3}\n    - {label: Bâtiment, amount: 60000, month: 2027-04, years: 25}"
    ).replacingOccurrences(
      of: "label: Région, amount: 6000, month: 2027-07, years: 3}",
      with: "label: Région, amount: 6000, month: 2027-07, funds: Bâtiment}")
    let plan = try PlanEngineTests.project(text)
    #expect(plan.years.map(\.grantRelease) == [euros("180"), euros("240"), euros("240")])
    #expect(plan.years[2].grantsNotReleased == euros("5340"))
  }

  @Test func anUnknownInvestmentOrYearsBesideFundsAreRefusedAtTheirLine() throws {
    func read(_ grant: String) throws -> Scenario {
      let text = PlanEngineTests.handScenario.replacingOccurrences(
        of: "{kind: investment-grant, label: Région, amount: 6000, month: 2027-07, years: 3}",
        with: grant)
      return try ScenarioReader.read(
        YAMLDocument.parse(text, path: "g.yaml"), path: "g.yaml", profile: nil)
    }
    let unknown = try #require(throws: EssorError.self) {
      try read("{kind: investment-grant, amount: 6000, funds: Machin}")
    }
    #expect(unknown.rendered(in: .en).contains("g.yaml:18:51: field “resources[2].funds”"))
    #expect(unknown.rendered(in: .en).contains("did you mean “Machine”?"))
    let both = try #require(throws: EssorError.self) {
      try read("{kind: investment-grant, amount: 6000, funds: Machine, years: 3}")
    }
    #expect(both.rendered(in: .en).contains("“years” and “funds” do not go together"))
  }
}

/// A SCIC's reserves are what its allocation puts into reserves: past losses the result
/// absorbs are not reserves.
@Suite struct ScicReservesLawTests {
  @Test func absorbedLossesDoNotCountAsReserves() throws {
    let text = PlanEngineTests.handScenario.replacingOccurrences(
      of: "legal-form: scop", with: "legal-form: scic"
    ).replacingOccurrences(of: "revenue: 120000", with: "revenue: [90000, 150000, 150000]")
      .replacingOccurrences(
        of: "rules: {part-travail: 45%, dividends: 2%, investment-provision: false}",
        with: "rules: {dividends: 50%, reserves: 50%}")
    let plan = try PlanEngineTests.project(text)
    let y2 = plan.years[1]
    #expect(y2.lossesAbsorbed > .zero)
    let result = try #require(ScicReservesRule.check(plan).first { $0.year == 2 })
    // Of what is left once 2027's loss is absorbed, half goes to reserves: 50 %, under the
    // 57,5 % a SCIC must keep — counting the absorbed loss as reserves read over 57,5 %.
    let distributable = y2.netResult - y2.lossesAbsorbed
    let share = Double((y2.legalReserve + y2.otherReserves).cents) / Double(distributable.cents)
    #expect(abs(share - 0.5) < 0.001)
    let counted = Double((y2.netResult - y2.dividends).cents) / Double(y2.netResult.cents)
    #expect(counted >= 0.575)
    #expect(!result.passed && result.measured.fr == "50,0\u{00A0}%")
  }
}

/// The DSCR the three ways banks compute it, and the guarantees by guarantor.
@Suite struct BankViewTests {
  @Test func theDSCRIsGivenOnEBEAfterTaxAndPartTravailAndOnCAF() throws {
    let path = Repository.path("samples/scop-lauragais/financing/base.yaml")
    let plan = PlanEngine.project(try ScenarioReader.load(path: path, profile: nil))
    for f in plan.years {
      let ratios = YearRatios(f)
      let service = Double((f.debtService + f.quasiDebtService).cents)
      let afterTax = Double((f.ebe - f.corporateTax - f.participation).cents) / service
      #expect(abs((ratios.dscrAfterTax ?? 0) - afterTax) < 1e-12)
      #expect(abs((ratios.dscrOnCAF ?? 0) - Double(f.cafSubtractive.cents) / service) < 1e-12)
      // The part travail and the tax are paid before the lenders: never above the EBE view.
      #expect((ratios.dscrAfterTax ?? 0) <= (ratios.dscr ?? 0))
    }
    let document = FinancingTool.plan(plan.scenario, language: .fr, enterprise: nil).document
    let tables = document.sections.flatMap(\.blocks).compactMap { block -> Table? in
      if case .table(let table) = block { return table }
      return nil
    }
    let guarantors = try #require(tables.first { $0.id == "guarantors" })
    // One France Active guarantee: 50 % of the 120 000 € bank loan, fee 2,5 % = 1 500 €.
    #expect(guarantors.rows.count == 1)
    #expect(guarantors.rows[0].cells.map(\.value).contains(.money(Money(euros: 60_000))))
    #expect(guarantors.rows[0].cells.map(\.value).contains(.money(Money(euros: 1_500))))
  }

  @Test func ratiosAreJudgedFromTheFirstFullYearOfSales() throws {
    // The sample SCIC sells from September 2027: 4 months of sales in 2027, whose debt /
    // CAF (35 years) says little; the checklist judges from 2028, its first full year.
    let path = Repository.path("samples/scic-terres-communes/financing/base.yaml")
    let plan = PlanEngine.project(try ScenarioReader.load(path: path, profile: nil))
    #expect(plan.years[0].activeMonths == 4 && FunderChecklist.firstFullYear(plan) == 2)
    let ratios = plan.years.map(YearRatios.init)
    #expect((ratios[0].debtToCAFQuasiAsEquity ?? 0) > 30)
    let criteria = FunderChecklist.evaluate(plan)
    let debt = try #require(criteria.first { $0.id == "debt-to-caf" })
    let worst = ratios.dropFirst().compactMap(\.debtToCAFQuasiAsEquity).max()
    #expect(debt.year != 1 && debt.measure == worst)
    #expect(
      criteria.filter { ["autonomy", "gearing", "dscr"].contains($0.id) }.allSatisfy {
        $0.year != 1
      })
  }
}
