import EssorCore
import EssorReport

/// The plan's loans at a glance, for the multi-year plan's section.
extension Statements {
  /// The plan's loans at a glance: amount, rate, term, instalment and TEG (each schedule is
  /// on its own sheets).
  func loansTable() -> Table {
    let rows = document.loanIndices.compactMap { index -> Row? in
      guard let schedule = plan.schedules[index] else { return nil }
      let instrument = document.s.resources[index]
      func named(_ cell: String) -> Formula? { document.loanName(index, cell).map { Formula($0) } }
      return Row([
        .text(instrument.label), .text(document.kindLabel(instrument.kind)),
        Cell(.money(schedule.terms.amount), formula: named("Amount")),
        Cell(.percent(schedule.terms.annualRate.fraction), formula: named("AnnualRate")),
        Cell(.integer(Int64(schedule.terms.periods))),
        Cell(.money(schedule.instalment), formula: named("Instalment")),
        Cell(.percent(schedule.teg), formula: named("TEG")),
        .text(securityText(instrument)),
      ])
    }
    return Table(
      id: "planloans", title: t("Les prêts du plan", "The plan's loans"),
      columns: [
        Column("label", t("Prêt", "Loan"), .text), Column("kind", t("Nature", "Kind"), .text),
        Column("amount", t("Montant", "Amount"), .money),
        Column("rate", t("Taux", "Rate"), .percent(decimals: 2)),
        Column("periods", t("Échéances", "Instalments"), .integer),
        Column("instalment", t("Échéance", "Instalment"), .money),
        Column("teg", "TEG", .percent(decimals: 2)),
        Column("security", t("Garantie ou sûreté", "Guarantee or security"), .text),
      ], rows: rows, freezesHeader: false)
  }
}

extension Statements {
  /// A loan's guarantee (with the amount its guarantor covers) and security, and whether it
  /// is a bridge loan: `france-active 65 % (130 000,00 €) ; nantissement — du fonds`.
  func securityText(_ instrument: Instrument) -> String {
    var parts: [String] = []
    if instrument.bridge { parts.append(t("relais", "bridge")) }
    if let guarantee = instrument.guarantee {
      let covered = guarantee.guaranteed(on: instrument.amount)
      parts.append(
        "\(guarantee.guarantor) \(guarantee.quota.percentText(language)) (\(MoneyFormat.text(covered, language)))"
      )
    }
    if let security = instrument.security { parts.append(security.text(language)) }
    return parts.isEmpty ? "—" : parts.joined(separator: " ; ")
  }
}

extension Statements {
  /// The guarantees by guarantor: how many loans, the amount lent, the amount guaranteed
  /// against the guarantor's cap per company, and the fees (nil without a guarantee).
  func guarantorsTable() -> Table? {
    let guaranteed = document.s.resources.filter { $0.guarantee != nil }
    guard !guaranteed.isEmpty else { return nil }
    var order: [String] = []
    for loan in guaranteed where !order.contains(loan.guarantee?.guarantor ?? "") {
      order.append(loan.guarantee?.guarantor ?? "")
    }
    let rows = order.map { guarantor -> Row in
      let loans = guaranteed.filter { $0.guarantee?.guarantor == guarantor }
      let lent = loans.reduce(Money.zero) { $0 + $1.amount }
      let covered = loans.reduce(Money.zero) {
        $0 + ($1.guarantee?.guaranteed(on: $1.amount) ?? .zero)
      }
      let fees = loans.reduce(Money.zero) {
        $0 + ($1.guarantee?.feeAmount(on: $1.amount) ?? .zero)
      }
      let held = loans.reduce(Money.zero) { total, loan in
        guard let guarantee = loan.guarantee else { return total }
        let (shares, fund) = GuaranteeDeposits.amounts(guarantee, on: loan.amount)
        return total + shares + fund
      }
      let cap = document.s.parameters.guarantors[guarantor]?.cap
      return Row([
        .text(guarantor), Cell(.integer(Int64(loans.count))), .money(lent), .money(covered),
        cap.map { .money($0) } ?? .text("—"), .money(fees), .money(held),
      ])
    }
    return Table(
      id: "guarantors", title: t("Garanties par garant", "Guarantees by guarantor"),
      columns: [
        Column("guarantor", t("Garant", "Guarantor"), .text),
        Column("loans", t("Prêts", "Loans"), .integer),
        Column("lent", t("Montant prêté", "Amount lent"), .money),
        Column("covered", t("Montant garanti", "Amount guaranteed"), .money),
        Column("cap", t("Plafond par entreprise", "Cap per company"), .money),
        Column("fees", t("Commissions de garantie", "Guarantee fees"), .money),
        Column(
          "held",
          t(
            "Parts et dépôt immobilisés (Sofiscop, rendus plus tard)",
            "Shares and deposit tied up (Sofiscop, returned later)"), .money),
      ], rows: rows, freezesHeader: false)
  }
}
