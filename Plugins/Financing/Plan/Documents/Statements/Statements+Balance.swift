import EssorCore
import EssorReport

/// The simplified balance sheet at year end, with the debt service, EBE and CAF the ratios use.
extension Statements {
  /// Fills the balance sheet: own funds, quasi-equity, debt and permanent capital, then the
  /// yearly debt service, EBE and CAF.
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
