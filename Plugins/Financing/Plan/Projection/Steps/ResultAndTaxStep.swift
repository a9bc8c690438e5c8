import EssorCore

/// The year's result: part travail, corporate tax, net result, CAF and break-even.
extension PlanState {
  /// The result: part travail and corporate tax (solved together where they depend on each
  /// other), net result, CAF both ways and break-even.
  mutating func resultAndTax(_ f: inout YearFigures) {
    // Borrower insurance (PCG 616) and loan and guarantee fees (627) are external charges:
    // above EBE, with the other operating lines.
    f.ebe =
      f.revenue + f.operatingGrants + f.otherIncome - f.purchases - f.externalCharges - f.taxes
      - f.grossPay - f.employerCharges - f.loanCharges
    f.resultBeforeParticipationAndTax = f.ebe - f.depreciation + f.grantRelease - f.financialCharges
    // The SCOP surplus (ENG) is the result after past losses and after corporate tax; the
    // part travail is a share of it and is deductible, so the two are solved together.
    f.lossesBroughtForward = carriedLosses
    let holders = holders
    f.naturalPersonsShare = holders.naturalPersonsShare
    let holdingMet =
      s.operations.corporateTax.reducedRateEligible?.value ?? holders.meetsReducedRateHolding
    let tax = s.operations.corporateTax.terms(revenue: f.revenue, holdingMet: holdingMet)
    f.reducedRateHoldingMet = holdingMet
    let available = f.resultBeforeParticipationAndTax - carriedLosses
    f.investmentProvisionAllowed =
      isSCOP && s.rules.investmentProvision.value && holders.allowsInvestmentProvision
    f.provisionReintegrated = reintegrations[f.year] ?? .zero
    if isSCOP {
      f.participation = PartTravail.amount(
        available: available, share: s.rules.partTravail.value, tax: tax,
        provision: f.investmentProvisionAllowed, reintegrated: f.provisionReintegrated)
      if f.investmentProvisionAllowed {
        f.investmentProvision = PartTravail.provision(
          participation: f.participation, available: available,
          reintegrated: f.provisionReintegrated)
      }
    }
    var base =
      f.resultBeforeParticipationAndTax - f.participation - f.investmentProvision
      + f.provisionReintegrated
    if base < .zero {
      carriedLosses += -base
      base = .zero
    } else {
      let used = Money.min(carriedLosses, base)
      carriedLosses -= used
      base -= used
    }
    // A SCIC deducts what it puts into impartageable reserves — all it does not distribute
    // (loi 2007-1824) — which depends on the tax: solved together.
    if s.legalForm == .scic {
      base = ScicTaxBase.amount(available: base, distributed: s.rules.dividends.value, tax: tax)
    }
    f.taxableBase = base
    f.corporateTax = tax.tax(on: base)
    surplus = Money.max(.zero, available - f.corporateTax)
    f.netResult = f.resultBeforeParticipationAndTax - f.participation - f.corporateTax
    f.cafSubtractive = f.ebe - f.financialCharges - f.participation - f.corporateTax
    f.cafAdditive = f.netResult + f.depreciation - f.grantRelease
    let fixed =
      f.externalCharges + f.loanCharges + f.taxes + f.payroll + f.depreciation
      + f.financialCharges
      - f.otherIncome - f.operatingGrants - f.grantRelease
    let margin = Rate.scale - s.operations.purchasesRate.units
    f.breakevenReachable = margin > 0
    f.breakeven = fixed > .zero && margin > 0 ? fixed.scaled(by: Rate.scale, over: margin) : .zero
  }
}
