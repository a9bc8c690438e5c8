import EssorCore
import EssorReport

/// The P&L down to the net result, with both CAF, break-even, BFR and the allocation.
extension Statements {
  /// Fills the P&L: operations, result, part travail and tax, CAF, break-even, BFR and
  /// the allocation of the result.
  mutating func fillProfitAndLoss() {
    let scop = RuleText.isSCOP(document.s.legalForm)
    pl.add("revenue", t("Chiffre d’affaires", "Revenue"), values(\.revenue), "{ops.revenue#%I%}")
    pl.add(
      "opgrants", t("Subventions d’exploitation", "Operating grants"), values(\.operatingGrants),
      "{ops.grants#%I%}")
    pl.add("other", t("Autres produits", "Other income"), values(\.otherIncome), "{ops.other#%I%}")
    pl.add(
      "purchases", t("Achats consommés", "Purchases"), values(\.purchases),
      "ROUND([revenue]*PurchasesRate,2)")
    pl.add(
      "external", t("Charges externes", "External charges"), values(\.externalCharges),
      "{ops.external#%I%}")
    pl.add("taxes", t("Impôts et taxes", "Taxes"), values(\.taxes), "{ops.taxes#%I%}")
    pl.add("gross", t("Salaires bruts", "Gross pay"), values(\.grossPay), "{ops.gross#%I%}")
    pl.add(
      "charges", t("Charges sociales", "Social charges"), values(\.employerCharges),
      "ROUND([gross]*EmployerCharges,2)")
    // Borrower insurance (PCG 616) and loan and guarantee fees (627) are external charges.
    pl.add(
      "insurance", t("Assurance des emprunts (616)", "Loan insurance (616)"), values(\.insurance),
      document.scheduleSum("insurance"))
    pl.add(
      "fees", t("Frais de dossier et de garantie (627)", "Loan and guarantee fees (627)"),
      values(\.fees), perYear: (1...document.horizon).map(document.feesFormula))
    pl.add(
      "ebe", t("Excédent brut d’exploitation (EBE)", "EBITDA (EBE)"), values(\.ebe),
      "[revenue]+[opgrants]+[other]-[purchases]-[external]-[taxes]-[gross]-[charges]-[insurance]-[fees]",
      style: .total)
    pl.add(
      "dep", t("Dotations aux amortissements", "Depreciation"), values(\.depreciation),
      "{dep.y%Y%#\(dep.index("total") ?? 0)}")
    pl.add(
      "release",
      t("Quote-part des subventions d’investissement (777)", "Investment grants released (777)"),
      values(\.grantRelease), grantReleaseFormula())
    pl.add(
      "interest", t("Intérêts des emprunts", "Loan interest"), values(\.interest),
      document.scheduleSum("interest"))
    pl.add(
      "coupons", t("Rémunération des titres participatifs", "Titres participatifs remuneration"),
      values(\.coupons))
    pl.add(
      "fin", t("Charges financières (66)", "Financial charges (66)"), values(\.financialCharges),
      "[interest]+[coupons]")
    pl.add(
      "rcai", t("Résultat avant part travail et IS", "Result before part travail and tax"),
      values(\.resultBeforeParticipationAndTax), "[ebe]-[dep]+[release]-[fin]", style: .total)
    pl.add(
      "losses", t("Pertes antérieures encore à imputer", "Past losses still to absorb"),
      values(\.lossesBroughtForward))
    // The reduced rate needs 75 % of the capital held by natural persons (CGI art. 219 I b),
    // decided from the holders the scenario lists, or stated by `reduced-rate-eligible`.
    pl.add(
      "reduced",
      t("Taux réduit d’IS applicable (1 = oui)", "Reduced tax rate allowed (1 = yes)"),
      cells: years.map { .integer($0.reducedRateHoldingMet ? 1 : 0) })
    // The tax brackets of the year: no reduced rate above the revenue limit.
    let ceiling = "IF(OR([revenue]>TaxRevenueLimit,[reduced]=0),0,TaxReducedCeiling)"
    if scop {
      // ENG = result − past losses − tax; part travail = share × ENG, deductible, and the
      // investment provision (equal to it) too: solved in closed form for each tax bracket
      // (see PartTravail).
      pl.add(
        "ppi",
        t("Provision pour invest. possible (1 = oui)", "Investment provision allowed (1 = yes)"),
        cells: years.map { .integer($0.investmentProvisionAllowed ? 1 : 0) })
      pl.add(
        "reint",
        t("Provision pour investissement réintégrée", "Investment provision added back"),
        values(\.provisionReintegrated))
      let x = "([rcai]-[losses])"
      let k = "(1+[ppi])"
      let low =
        "ROUND(PartTravail*(\(x)*(1-TaxReducedRate)-TaxReducedRate*[reint])/(1-\(k)*PartTravail*TaxReducedRate),2)"
      let high =
        "ROUND(PartTravail*(\(x)*(1-TaxRate)-TaxRate*[reint]+\(ceiling)*(TaxRate-TaxReducedRate))/(1-\(k)*PartTravail*TaxRate),2)"
      let base = "\(x)-\(k)*\(low)+[reint]"
      pl.add(
        "participation", t("Part travail (participation)", "Part travail (participation)"),
        values(\.participation),
        "IF(\(x)<=0,0,IF(\(base)<0,ROUND(PartTravail*\(x),2),IF(\(base)<=\(ceiling),\(low),\(high))))"
      )
      pl.add(
        "provision",
        t("Provision pour investissement (237 bis A)", "Investment provision (237 bis A)"),
        values(\.investmentProvision),
        "IF([ppi]=0,0,MIN([participation],MAX(0,\(x)+[reint]-[participation])))")
    }
    let participation = scop ? "-[participation]" : ""
    let beforeTax =
      scop
      ? "MAX(0,[rcai]-[participation]-[provision]+[reint]-[losses])"
      : "MAX(0,[rcai]-[losses])"
    // A SCIC deducts what it puts into reserves, i.e. what it does not distribute of the
    // result after tax: solved in closed form for each bracket (see ScicTaxBase).
    let y = beforeTax
    let low = "ROUND(Dividends*\(y)/(1-TaxReducedRate*(1-Dividends)),2)"
    let high =
      "ROUND((Dividends*\(y)+(1-Dividends)*\(ceiling)*(TaxReducedRate-TaxRate))/(1-TaxRate*(1-Dividends)),2)"
    pl.add(
      "taxbase", t("Base imposable", "Taxable base"), values(\.taxableBase),
      document.s.legalForm == .scic
        ? "IF(\(y)<=0,0,IF(\(low)<=\(ceiling),\(low),\(high)))" : beforeTax)
    pl.add(
      "tax", t("Impôt sur les sociétés", "Corporate tax"), values(\.corporateTax),
      "ROUND(MIN([taxbase],\(ceiling))*TaxReducedRate+MAX([taxbase]-\(ceiling),0)*TaxRate,2)")
    pl.add(
      "net", t("Résultat net", "Net result"), values(\.netResult), "[rcai]\(participation)-[tax]",
      style: .total)
    pl.add(
      "cafsub",
      t("CAF — méthode soustractive (depuis l’EBE)", "CAF — subtractive method (from EBE)"),
      values(\.cafSubtractive), "[ebe]-[fin]\(participation)-[tax]")
    pl.add(
      "cafadd",
      t("CAF — méthode additive (depuis le résultat)", "CAF — additive method (from the result)"),
      values(\.cafAdditive), "[net]+[dep]-[release]")
    pl.add(
      "cafcheck",
      t(
        "Écart entre les deux CAF (doit être nul)", "Difference between the two CAF (must be zero)"),
      years.map { $0.cafSubtractive - $0.cafAdditive }, "[cafsub]-[cafadd]")
    pl.add(
      "breakeven", t("Point mort (chiffre d’affaires)", "Break-even revenue"),
      cells: years.map {
        $0.breakevenReachable ? .money($0.breakeven) : .text(t("inatteignable", "unreachable"))
      },
      "IF(\(fixedCosts)>0,ROUND(\(fixedCosts)/(1-PurchasesRate),2),0)")
    pl.add(
      "months", t("Mois de ventes dans l’année", "Months of sales in the year"),
      cells: years.map { .integer(Int64($0.activeMonths)) })
    // Working capital at the year's last month-end, from the months of the cash plan (the
    // days applied to each month's revenue and purchases).
    pl.add("stock", t("Stock", "Stock"), values(\.stock))
    pl.add(
      "receivables", t("Créances clients (TTC)", "Receivables (VAT incl.)"), values(\.receivables))
    pl.add("payables", t("Dettes fournisseurs (TTC)", "Payables (VAT incl.)"), values(\.payables))
    pl.add(
      "bfr", t("Besoin en fonds de roulement (BFR)", "Working capital need (BFR)"),
      values(\.workingCapital), "[stock]+[receivables]-[payables]", style: .total)
    pl.add(
      "bfrdays", t("BFR en jours de chiffre d’affaires", "BFR in days of revenue"),
      cells: years.map {
        .quantity(
          $0.revenue > .zero
            ? Double($0.workingCapital.cents)
              / (Double($0.revenue.cents) * 12 / Double($0.activeMonths))
              * 365 : 0, .days)
      }, "IF([revenue]>0,[bfr]/([revenue]*12/[months])*365,0)")
    pl.add(
      "dbfr", t("Variation du BFR", "Change in BFR"), values(\.workingCapitalChange),
      "[bfr]-[bfr<]", firstYear: "[bfr]-OpeningBFR")
    pl.add(
      "dother",
      t(
        "Variation des dettes fiscales et sociales, TVA et part travail (− : elles augmentent)",
        "Change in tax, social, VAT and part travail debts (−: they grow)"),
      values(\.otherWorkingCapitalChange))
    pl.add(
      "absorbed",
      t("Affectation : pertes antérieures absorbées", "Allocation: past losses absorbed"),
      values(\.lossesAbsorbed))
    pl.add(
      "legal", t("Affectation : réserve légale", "Allocation: legal reserve"),
      values(\.legalReserve))
    pl.add(
      "reserves", t("Affectation : autres réserves", "Allocation: other reserves"),
      values(\.otherReserves))
    pl.add(
      "dividends",
      t(
        "Affectation : dividendes (versés l’année suivante)",
        "Allocation: dividends (paid the next year)"), values(\.dividends))
  }

  /// The fixed costs break-even must cover, over the P&L's lines.
  private var fixedCosts: String {
    "([external]+[insurance]+[fees]+[taxes]+[gross]+[charges]+[dep]+[fin]-[other]-[opgrants]-[release])"
  }

  /// The investment grants released in the year, over the resources table (nil without any).
  private func grantReleaseFormula() -> String? {
    let terms = document.s.resources.enumerated().filter { $0.element.kind == .investmentGrant }.map
    { row, grant in
      // A grant tied to an investment follows that asset's month and depreciation years in
      // the assets table (editing them moves the release too).
      let month = grant.funds.map { "{assets.month#\($0)}" } ?? "{res.month#\(row)}"
      let years = grant.funds.map { "{assets.years#\($0)}" } ?? "{res.years#\(row)}"
      func cumulative(_ elapsed: String) -> String {
        "ROUND({res.amount#\(row)}*MIN(MAX(\(elapsed)-\(month),0),\(years)*12)/(\(years)*12),2)"
      }
      return cumulative("12*%Y%") + "-" + cumulative("12*(%Y%-1)")
    }
    // Grants of the opening balance sheet, released over the years they have left.
    let opening = document.s.opening
    let carried =
      opening.grantsNotReleased > .zero
      ? [Self.straightLine(opening.grantsNotReleased, years: opening.grantsYearsLeft)] : []
    let all = terms + carried
    return all.isEmpty ? nil : all.joined(separator: "+")
  }

  /// The P&L and the depreciation table, on their own sheet.
  func profitAndLossSection() -> Section {
    let blocks: [Block] = [.table(pl.table()), .table(dep.table(freezesHeader: false))]
    return Section(
      title: t("Compte de résultat, CAF et BFR", "Profit and loss, CAF and working capital"),
      sheetName: t("Compte de résultat", "P&L"), blocks: blocks)
  }
}
