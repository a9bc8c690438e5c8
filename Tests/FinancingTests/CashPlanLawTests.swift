import EssorCore
import Financing
import Testing

/// The cash plan in receipts and payments, worked by hand on the small SCOP of
/// ``PlanEngineTests/handScenario``: 120 000 € of revenue (10 000 € a month, 20 % VAT),
/// purchases 25 %, external charges 12 000 €, taxes 1 000 €, gross pay 40 000 € with 50 % of
/// employer charges, a 36 000 € machine paid in July, customers and suppliers at 30 days.
@Suite struct CashPlanLawTests {
  private func euros(_ text: String) -> Money { Money.parse(text) ?? .zero }

  private func project(_ replacements: [(String, String)]) throws -> PlanProjection {
    var text = PlanEngineTests.handScenario
    for (old, new) in replacements {
      #expect(text.contains(old), "\(old)")
      text = text.replacingOccurrences(of: old, with: new)
    }
    return try PlanEngineTests.project(text)
  }

  /// A VAT credit comes back after the chosen delay.
  ///
  /// Each month collects 2 000 € of VAT and deducts 500 € (purchases) and 200 € (external
  /// charges): 1 300 € paid the month after. July's machine carries 7 200 € of VAT: July's
  /// return (filed in August) shows a 5 900 € credit, refunded one month after it, in
  /// September, or two, in October.
  @Test func aVATCreditIsRefundedAfterTheChosenDelay() throws {
    let vat = "vat: {returns: monthly, refund-delay: 1}\nneeds:"
    let one = try project([("needs:", vat)])
    #expect(one.months[1].vat == euros("-1300"))  // January's VAT, paid in February
    #expect(one.months[6].investments == euros("43200"))  // 36 000 + 7 200 of VAT
    #expect(one.months[7].vat == .zero)  // July's return: a credit, nothing to pay
    #expect(one.months[8].vat == euros("4600"))  // + 5 900 refunded − 1 300 for August
    let two = try project([("needs:", vat.replacingOccurrences(of: "delay: 1", with: "delay: 2"))])
    #expect(two.months[8].vat == euros("-1300"))
    #expect(two.months[9].vat == euros("4600"))
    // The credit waits one month more: September's cash is 5 900 € lower.
    #expect(one.months[8].cash - two.months[8].cash == euros("5900"))
    #expect(one.months[9].cash == two.months[9].cash)
    // At year end December's 1 300 € is still due, nothing to receive.
    #expect(one.years[0].vatPayable == euros("1300") && one.years[0].vatReceivable == .zero)
  }

  /// Quarterly returns: the first quarter's 3 × 1 300 = 3 900 € are paid in April, the
  /// second's in July; the third quarter nets 1 300 − 5 900 + 1 300 = −3 300 €, claimed in
  /// October and refunded in November.
  @Test func quarterlyReturnsSettleEachQuarterTheMonthAfter() throws {
    let plan = try project([("needs:", "vat: {returns: quarterly}\nneeds:")])
    #expect(plan.months[3].vat == euros("-3900"))
    #expect(plan.months[6].vat == euros("-3900"))
    #expect(plan.months[9].vat == .zero)
    #expect(plan.months[10].vat == euros("3300"))
    // The fourth quarter's 3 900 € is owed at year end.
    #expect(plan.years[0].vatPayable == euros("3900"))
  }

  /// Employer charges (1 666,66 € a month, December 1 666,74 €) are paid the month after:
  /// none in January, December's owed at year end.
  @Test func socialChargesArePaidTheMonthAfter() throws {
    let plan = try project([])
    // January: external charges 1 000 + 200 of VAT, pay 3 333,33, taxes 83,33, purchases
    // bought at 30 days (nothing yet): 4 616,66 €; February adds January's charges
    // 1 666,66 € and January's purchases 3 000 € VAT included.
    #expect(plan.months[0].payments == euros("4616.66"))
    #expect(plan.months[1].payments == euros("9283.32"))
    #expect(plan.years[0].socialDebts == euros("1666.74"))
  }

  /// Corporate tax: a quarter of last year's tax in the 3rd, 6th, 9th and 12th months when it
  /// was over 3 000 €, the balance in the 5th month of the next year.
  @Test func corporateTaxIsPaidInInstalmentsAndABalance() throws {
    let plan = try project([
      (
        "opening-cash: 30000",
        "opening-balance: {cash: 30000, last-year-tax: 12000, other-reserves: 30000}"
      )
    ])
    for month in [2, 5, 8, 11] {
      #expect(plan.months[month].taxAndParticipation == euros("3000"), "month \(month)")
    }
    let y1 = plan.years[0]
    // 12 000 paid for 1 061,66 of tax: 10 938,34 € overpaid, refunded with the balance in
    // May of year 2, when the year-1 part travail (4 922,25 €) is paid too; year 1's tax
    // is under 3 000 €: no instalments in year 2.
    #expect(y1.corporateTax == euros("1061.66"))
    #expect(y1.taxReceivable == euros("10938.34"))
    #expect(plan.months[16].taxAndParticipation == euros("-10938.34") + euros("4922.25"))
    #expect(plan.months[14].taxAndParticipation == .zero)
  }

  /// The opening balance sheet must balance: 30 000 € of cash against 20 000 € of reserves
  /// is 10 000 € of assets nothing finances.
  @Test func anOpeningBalanceSheetThatDoesNotBalanceIsAnError() throws {
    let plan = try project([
      ("opening-cash: 30000", "opening-balance: {cash: 30000, other-reserves: 20000}")
    ])
    #expect(plan.openingGap == euros("10000"))
    let results = OpeningBalanceRule.check(plan)
    #expect(results.count == 1 && results[0].passed == false)
    #expect(results[0].message.fr.contains("10\u{202F}000,00\u{A0}€"))
  }

  /// An opening balance sheet: its receivables (30 days) come in in January, its payables
  /// are paid then, its tax and social debts too; its machine is depreciated over the 4 years
  /// it has left, and its running loan's schedule is paid without any cash coming in.
  @Test func anExistingEnterpriseRunsOnFromItsOpeningBalanceSheet() throws {
    let plan = try project([
      (
        "opening-cash: 30000",
        """
        opening-balance:
          cash: 30000
          fixed-assets: [{label: Presse, net: 48000, years-left: 4}]
          receivables: 12000
          payables: 3000
          tax-and-social-debts: 2500
          other-reserves: 64500
        """
      ),
      (
        "resources:",
        """
        resources:
          - {kind: bank-loan, label: Prêt 2024, existing: true, amount: 20000, rate: 3%, years: 2}
        """
      ),
    ])
    // 30 000 + 48 000 + 12 000 = 90 000 = 64 500 + 3 000 + 2 500 + 20 000.
    #expect(plan.openingGap == .zero)
    // January: 12 000 collected; 3 000 paid to suppliers and 2 500 of debts on top of the
    // month's 4 616,66 €.
    #expect(plan.months[0].receipts == euros("12000"))
    #expect(plan.months[0].payments == euros("4616.66") + euros("5500"))
    // 48 000 over 4 years: 12 000 a year on top of the machine's 6 000.
    #expect(plan.years[0].depreciation == euros("18000"))
    #expect(plan.years[0].loansIn == .zero && plan.years[0].debt > .zero)
    for result in BalanceSheetRule.check(plan) { #expect(result.passed, "\(result.message.en)") }
  }

  /// A Sofiscop guarantee on a 100 000 € loan at 50 %: 1 000 € of Sofiscop shares (1 %, under
  /// the 1 530 € cap) and 1 000 € (2 % of 50 000 €) into its mutual fund, paid at
  /// disbursement and held as assets; the deposit comes back when the loan ends.
  @Test func aSofiscopGuaranteeTiesUpSharesAndAFundDeposit() throws {
    let plan = try project([
      (
        "resources:",
        """
        resources:
          - {kind: bank-loan, label: Prêt, amount: 100000, rate: 4%, years: 2, start: 2027-03, guarantee: {guarantor: sofiscop, quota: 50%, fee: 0%}}
        """
      )
    ])
    #expect(plan.years[0].guaranteeDeposits == euros("2000"))
    #expect(plan.years[0].financialAssets == euros("2000"))
    #expect(plan.months[2].other == euros("2000"))
    // The last instalment falls in March 2029: the 1 000 € deposit comes back then.
    #expect(plan.years[2].guaranteeDeposits == euros("-1000"))
    #expect(plan.years[2].financialAssets == euros("1000"))
    for result in BalanceSheetRule.check(plan) { #expect(result.passed, "\(result.message.en)") }
  }
}
