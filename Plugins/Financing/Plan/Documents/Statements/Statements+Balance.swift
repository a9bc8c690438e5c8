import EssorCore
import EssorReport

/// The forecast balance sheet at year end (before the allocation of the year's result), its
/// check, and the debt service, EBE and CAF the ratios use.
extension Statements {
  /// Fills the balance sheet: liabilities, assets and their difference (zero), permanent
  /// capital, then the yearly debt service, EBE and CAF.
  mutating func fillBalance() {
    bal.add("capital", t("Capital", "Capital"), values(\.capital))
    bal.add(
      "reserves",
      t(
        "Réserves et report à nouveau (avant affectation de l’année)",
        "Reserves and retained earnings (before the year's allocation)"),
      values(\.reservesTotal))
    bal.add(
      "result", t("Résultat de l’année", "Result of the year"), values(\.netResult),
      "{pl.y%Y%#\(pl.index("net") ?? 0)}")
    bal.add(
      "grants",
      t("Subventions d’investissement non encore reprises", "Investment grants not yet released"),
      values(\.grantsNotReleased))
    bal.add(
      "own", t("Fonds propres", "Own funds"), values(\.ownFunds),
      "[capital]+[reserves]+[result]+[grants]", style: .total)
    bal.add(
      "quasi",
      t(
        "Quasi-fonds propres (prêts participatifs, titres, comptes bloqués)",
        "Quasi-equity (participatory loans, titres, blocked accounts)"), values(\.quasiEquity))
    bal.add("debt", t("Dettes financières", "Financial debt"), values(\.debt))
    bal.add(
      "bridge",
      t(
        "Crédits relais (court terme, hors capitaux permanents)",
        "Bridge loans (short-term, outside permanent capital)"),
      values(\.shortTermDebt))
    bal.add(
      "payables", t("Dettes fournisseurs (TTC)", "Payables (VAT incl.)"), values(\.payables),
      "{pl.y%Y%#\(pl.index("payables") ?? 0)}")
    bal.add("vatdebt", t("TVA à payer", "VAT to pay"), values(\.vatPayable))
    bal.add(
      "taxdebt", t("Impôt sur les sociétés restant dû", "Corporate tax still owed"),
      values(\.taxPayable))
    bal.add(
      "social", t("Charges sociales du dernier mois", "Last month's social charges"),
      values(\.socialDebts))
    if years.contains(where: { $0.participationPayable > .zero }) {
      bal.add(
        "ptdebt",
        t(
          "Part travail à verser ou à convertir en parts",
          "Part travail to pay or turn into shares"), values(\.participationPayable))
    }
    let debts = ["payables", "vatdebt", "taxdebt", "social", "ptdebt"].filter {
      bal.index($0) != nil
    }.map { "[\($0)]" }.joined(separator: "+")
    bal.add(
      "liabilities", t("Total du passif", "Total liabilities"), values(\.liabilitiesTotal),
      "[own]+[quasi]+[debt]+[bridge]+" + debts, style: .total)
    bal.add(
      "fixed", t("Immobilisations nettes", "Fixed assets, net"),
      years.map { $0.netBookValue + $0.openingAssetsNet })
    bal.add(
      "financial",
      t(
        "Dépôts, cautionnements et garanties Sofiscop", "Deposits, guarantees and Sofiscop holdings"
      ), values(\.financialAssets))
    bal.add("stock", t("Stock", "Stock"), values(\.stock), "{pl.y%Y%#\(pl.index("stock") ?? 0)}")
    bal.add(
      "receivables", t("Créances clients (TTC)", "Receivables (VAT incl.)"), values(\.receivables),
      "{pl.y%Y%#\(pl.index("receivables") ?? 0)}")
    bal.add(
      "vatclaim", t("Crédit de TVA à recevoir", "VAT credit to receive"), values(\.vatReceivable))
    bal.add(
      "taxclaim", t("Acomptes d’IS versés en trop", "Corporate tax overpaid"),
      values(\.taxReceivable))
    bal.add(
      "cashasset", t("Trésorerie (plan de trésorerie)", "Cash (cash plan)"),
      values(\.cashFromMonths),
      perYear: years.map { "{cash.cash#\(12 * $0.year - 1)}" })
    bal.add(
      "assets", t("Total de l’actif", "Total assets"), values(\.assetsTotal),
      "[fixed]+[financial]+[stock]+[receivables]+[vatclaim]+[taxclaim]+[cashasset]",
      style: .total)
    bal.add(
      "gap", t("Écart actif − passif (doit être nul)", "Assets − liabilities (must be zero)"),
      values(\.balanceGap), "[assets]-[liabilities]")
    bal.add(
      "permanent", t("Capitaux permanents", "Permanent capital"), values(\.permanentCapital),
      "[own]+[quasi]+[debt]", style: .total)
    // Debt service from the schedules' payments by plan year: medium- and long-term debt
    // (bridge loans left out), then quasi-equity (with the titres' coupons).
    let resources = document.s.resources
    let debtLoans = document.loanIndices.filter {
      resources[$0].balanceCategory != .quasiEquity && !resources[$0].bridge
    }
    let quasiLoans = document.loanIndices.filter { resources[$0].balanceCategory == .quasiEquity }
    bal.add(
      "service", t("Annuités des dettes financières", "Debt service (financial debt)"),
      values(\.debtService), document.scheduleSum("payment", indices: debtLoans))
    let securities = resources.contains {
      $0.kind == .titresParticipatifs || $0.kind == .convertibleBonds
    }
    let quasiFormula = document.scheduleSum("payment", indices: quasiLoans).map {
      $0 + "+{pl.y%Y%#\(pl.index("coupons") ?? 0)}"
    }
    bal.add(
      "qservice", t("Annuités des quasi-fonds propres", "Debt service (quasi-equity)"),
      values(\.quasiDebtService), securities ? nil : quasiFormula)
    bal.add("ebe", "EBE", values(\.ebe), "{pl.y%Y%#\(pl.index("ebe") ?? 0)}")
    bal.add("caf", "CAF", values(\.cafSubtractive), "{pl.y%Y%#\(pl.index("cafsub") ?? 0)}")
  }

  /// The balance table, for the ratios section.
  func balanceTable() -> Table { bal.table(freezesHeader: false) }
}
