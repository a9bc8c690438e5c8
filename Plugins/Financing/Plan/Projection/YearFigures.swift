import EssorCore

/// The figures of one plan year: the P&L, CAF by both methods, working capital, the surplus
/// allocation, capital, the balance-sheet totals the ratios use, and the year's cash flows.
public struct YearFigures: Sendable {
  public var year: Int

  // P&L
  public var revenue = Money.zero
  public var purchases = Money.zero
  public var externalCharges = Money.zero
  public var taxes = Money.zero
  public var grossPay = Money.zero
  public var employerCharges = Money.zero
  public var otherIncome = Money.zero
  public var operatingGrants = Money.zero
  /// Excédent brut d'exploitation, after the loans' insurance and fees (external charges).
  public var ebe = Money.zero
  public var depreciation = Money.zero
  /// Investment grants released to the P&L (account 777).
  public var grantRelease = Money.zero
  /// Loan interest.
  public var interest = Money.zero
  /// Borrower insurance: an insurance premium (PCG 616), an external charge above EBE.
  public var insurance = Money.zero
  /// Loan fees and guarantee fees paid this year: fees (PCG 627), external charges above EBE.
  public var fees = Money.zero
  /// Fixed remuneration of titres participatifs and bonds.
  public var coupons = Money.zero
  /// Result before part travail and corporate tax.
  public var resultBeforeParticipationAndTax = Money.zero
  /// Past losses still to absorb at the start of the year.
  public var lossesBroughtForward = Money.zero
  /// The part travail (SCOP), booked as employee participation.
  public var participation = Money.zero
  /// SCOP: the provision pour investissement deducted from the taxable result.
  ///
  /// Equal to the part travail (CGI article 237 bis A II-3).
  public var investmentProvision = Money.zero
  /// SCOP: whether the provision may be deducted this year (the scenario allows it and
  /// non-cooperator members hold at most half the capital).
  public var investmentProvisionAllowed = false
  /// SCOP: an earlier provision neither represented by reserves nor used for investments
  /// within two years, added back to the taxable result.
  public var provisionReintegrated = Money.zero
  /// SCOP: the part of this year's provision that the allocation to reserves does not
  /// represent (to be used for investments within two years).
  public var provisionUncovered = Money.zero
  /// Whether the capital meets the reduced corporate-tax rate's holding condition.
  ///
  /// CGI article 219 I b, or the scenario's `reduced-rate-eligible`.
  public var reducedRateHoldingMet = true
  /// The share of the capital held by natural persons at the year end (nil without capital).
  public var naturalPersonsShare: Double?
  public var taxableBase = Money.zero
  public var corporateTax = Money.zero
  public var netResult = Money.zero
  /// CAF from EBE (subtractive method, PCG).
  public var cafSubtractive = Money.zero
  /// CAF from the net result (additive method).
  public var cafAdditive = Money.zero
  /// Revenue at which the result before tax is zero.
  public var breakeven = Money.zero
  /// False when purchases take all the revenue: no revenue breaks even.
  public var breakevenReachable = true
  /// Months of sales in the year (fewer than 12 the year the activity starts).
  public var activeMonths = 12

  // Working capital (end of year)
  public var stock = Money.zero
  public var receivables = Money.zero
  public var payables = Money.zero
  public var workingCapital = Money.zero
  public var workingCapitalChange = Money.zero

  // Operating debts and claims (end of year)
  /// VAT due on the next return, or a credit not yet refunded.
  public var vatPayable = Money.zero
  public var vatReceivable = Money.zero
  /// Corporate tax accrued and not yet paid, or instalments paid beyond the tax.
  public var taxPayable = Money.zero
  public var taxReceivable = Money.zero
  /// The last month's employer charges, paid the month after.
  public var socialDebts = Money.zero
  /// The year's part travail: paid or turned into shares after the general meeting.
  public var participationPayable = Money.zero
  /// Cash tied up (positive) or freed (negative) by the change in those debts and claims.
  public var otherWorkingCapitalChange = Money.zero

  // Allocation of the year's result (decided at next year's general meeting)
  public var legalReserve = Money.zero
  /// Statutory reserves and development fund, from what is left after past losses.
  public var otherReserves = Money.zero
  /// Past losses the year's result absorbs (report à nouveau) before any allocation.
  public var lossesAbsorbed = Money.zero
  public var dividends = Money.zero

  // Capital (end of year)
  public var workerCapital = Money.zero
  public var outsideCapital = Money.zero
  public var publicBodyCapital = Money.zero
  public var largestOutsideHolding = Money.zero
  /// An instrument whose redemptions exceed the shares held, if any, and by how much.
  public var overdrawn: String?
  public var overdrawnBy = Money.zero
  public var workerMembers = 0
  public var outsideMembers = 0
  public var outsideVotes = 0.0
  public var highestCapital = Money.zero
  /// Money brought in as capital this year: subscriptions, yearly contributions and the
  /// part travail kept for conversion.
  public var newCapital = Money.zero
  /// Of which shares subscribed (and honour loans brought in) this year.
  public var subscriptions = Money.zero
  /// The share of this year's part travail kept in the enterprise.
  ///
  /// It is turned into worker shares at next year's general meeting, so it counts in next
  /// year's capital (``participationToCapital``); no cash moves.
  public var convertedParticipation = Money.zero
  /// Last year's part travail turned into worker shares at this year's general meeting.
  public var participationToCapital = Money.zero
  /// The worker-members' yearly subscriptions (a share of their gross pay).
  public var yearlyContributions = Money.zero
  public var redemptions = Money.zero

  // Balance sheet (end of year)
  public var reservesTotal = Money.zero
  public var legalReserveTotal = Money.zero
  public var grantsNotReleased = Money.zero
  public var ownFunds = Money.zero
  public var quasiEquity = Money.zero
  public var debt = Money.zero
  /// Bridge loans outstanding: short-term, outside permanent capital and the ratios.
  public var shortTermDebt = Money.zero
  /// The plan's assets' net book value (investments and set-up costs).
  public var netBookValue = Money.zero
  /// The opening balance sheet's fixed assets, net of the plan years' depreciation.
  public var openingAssetsNet = Money.zero
  /// Deposits paid (the plan's and the opening ones), Sofiscop capital and fund deposits.
  public var financialAssets = Money.zero
  /// The cash at year end by the monthly cash plan (the balance sheet's cash).
  public var cashFromMonths = Money.zero

  // Debt service (medium and long term; bridge loans are left out)
  public var debtService = Money.zero
  public var quasiDebtService = Money.zero

  // Multi-year financing plan
  public var capex = Money.zero
  public var principalRepaid = Money.zero
  /// Of which titres participatifs and convertible bonds repaid at maturity.
  public var securitiesRepaid = Money.zero
  public var dividendsPaid = Money.zero
  public var accountsRepaid = Money.zero
  /// Sofiscop's capital and mutual-fund deposits paid, net of what came back.
  public var guaranteeDeposits = Money.zero
  public var loansIn = Money.zero
  public var grantsIn = Money.zero
  public var cashChange = Money.zero
  public var cashEnd = Money.zero

  public init(year: Int) { self.year = year }

  /// Total capital at year end.
  public var capital: Money { workerCapital + outsideCapital }

  /// The payroll with employer charges.
  public var payroll: Money { grossPay + employerCharges }

  /// The financial charges (PCG 66): loan interest and the remuneration of securities.
  ///
  /// Titres participatifs and bonds; insurance and fees are external charges, above EBE.
  public var financialCharges: Money { interest + coupons }

  /// The loans' insurance and fees: external charges (PCG 616 and 627), part of EBE.
  public var loanCharges: Money { insurance + fees }

  /// EBE before the loans' insurance and fees: what operations alone bring in (the monthly
  /// cash plan pays insurance and fees on their own dates; the project's flows leave
  /// financing out).
  public var operatingEBE: Money { ebe + loanCharges }

  /// VAT, tax, social and part travail debts less VAT and tax claims.
  public var operatingDebts: Money {
    vatPayable - vatReceivable + taxPayable - taxReceivable + socialDebts + participationPayable
  }

  /// Total needs of the year in the multi-year plan.
  public var needsTotal: Money {
    capex + guaranteeDeposits + workingCapitalChange + otherWorkingCapitalChange
      + principalRepaid + dividendsPaid + redemptions + accountsRepaid
  }

  // The balance sheet (end of year, before the allocation of the year's result)

  /// Fixed assets net, deposits, stock, receivables, VAT and tax claims, cash.
  public var assetsTotal: Money {
    netBookValue + openingAssetsNet + financialAssets + stock + receivables + vatReceivable
      + taxReceivable + cashFromMonths
  }

  /// Own funds, quasi-equity, debts (financial, suppliers, tax and social, part travail).
  public var liabilitiesTotal: Money {
    ownFunds + quasiEquity + debt + shortTermDebt + payables + vatPayable + taxPayable
      + socialDebts + participationPayable
  }

  /// Assets less liabilities: zero when the balance sheet balances.
  public var balanceGap: Money { assetsTotal - liabilitiesTotal }

  /// Total resources of the year in the multi-year plan.
  public var resourcesTotal: Money { cafSubtractive + newCapital + loansIn + grantsIn }

  /// Permanent capital: own funds, quasi-equity and medium- and long-term debt.
  public var permanentCapital: Money { ownFunds + quasiEquity + debt }
}
