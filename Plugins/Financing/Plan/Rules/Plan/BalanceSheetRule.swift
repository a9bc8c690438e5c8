import EssorCore

/// Every year-end balance sheet balances, and its cash is the cash plan's: the plan's
/// statements (P&L, working capital, loans, capital, cash month by month) agree to the cent.
///
/// Assets and liabilities are each computed from their own stock (schedules, depreciation,
/// month-end receivables and debts, the cash plan), so a flow missing from one statement
/// shows as a gap. A gap the opening balance sheet already had is its own rule's.
///
/// It is a check of the engine rather than of the scenario — no scenario breaks it — so it
/// is not among ``PlanRules/all`` (whose rules each carry an example that breaks them): its
/// keeping examples run in the plan engine's tests, and ``PlanRules/check(_:)`` reports it
/// every year beside the rules.
public struct BalanceSheetRule: PlanRule {
  public static let id = "plan.balance-sheet"
  public static let title = LocalizedText(
    fr: "Bilan prévisionnel équilibré chaque année", en: "Forecast balance sheet balances each year"
  )
  public static let basis = LocalizedText(
    fr: "Bilan et plan de trésorerie (PCG)", en: "Balance sheet and cash plan (PCG)")
  public static func applies(to form: LegalForm) -> Bool { true }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    plan.years.map { f in
      let gap = f.balanceGap - plan.openingGap
      let cashGap = f.cashFromMonths - f.cashEnd
      return RuleResult(
        rule: id, year: f.year, passed: gap == .zero && cashGap == .zero,
        measured: RuleText.money(gap), limit: RuleText.money(.zero),
        message: LocalizedText(
          fr:
            "\(plan.scenario.yearLabel(f.year)) : l’actif (\(MoneyFormat.text(f.assetsTotal, .fr))) et le passif (\(MoneyFormat.text(f.liabilitiesTotal, .fr))) diffèrent de \(MoneyFormat.text(gap, .fr)) ; trésorerie du plan mensuel \(MoneyFormat.text(f.cashFromMonths, .fr)), du plan pluriannuel \(MoneyFormat.text(f.cashEnd, .fr)).",
          en:
            "\(plan.scenario.yearLabel(f.year)): assets (\(MoneyFormat.text(f.assetsTotal, .en))) and liabilities (\(MoneyFormat.text(f.liabilitiesTotal, .en))) differ by \(MoneyFormat.text(gap, .en)); cash by the monthly plan \(MoneyFormat.text(f.cashFromMonths, .en)), by the multi-year plan \(MoneyFormat.text(f.cashEnd, .en))."
        ),
        location: plan.scenario.location)
    }
  }

  public static let examples: [RuleExample] = [
    .keeps("the base plan") { _ in },
    .keeps("quarterly VAT returns, a credit refunded two months after") {
      $0.vat.returns = .quarterly
      $0.vat.refundDelay = 2
    },
    .keeps("sales by the season from the 4th month, 45 days of stock, 75 days to collect") {
      $0.operations.seasonality = [4, 4, 4, 4, 8, 8, 8, 8, 13, 13, 13, 13].map {
        Rate(units: Int64($0) * 10_000_000_000)
      }
      $0.operations.activityStart = 3
      $0.needs.workingCapital.stockDays = 45
      $0.needs.workingCapital.receivableDays = 75
    },
    .keeps("an enterprise with an opening balance sheet and a loan already running") {
      // Assets 20 000 (cash) + 50 000 + 10 000 + 30 000 = 110 000 €; liabilities 42 000 of
      // reserves + 20 000 + 8 000 of debts + 40 000 still owed on the loan = 110 000 €.
      $0.opening.fixedAssets = [
        OpeningBalance.FixedAsset(label: "Atelier", net: Money(euros: 50_000), yearsLeft: 5)
      ]
      $0.opening.stock = Money(euros: 10_000)
      $0.opening.receivables = Money(euros: 30_000)
      $0.opening.payables = Money(euros: 20_000)
      $0.opening.taxAndSocialDebts = Money(euros: 8_000)
      $0.opening.lastYearTax = Money(euros: 12_000)
      $0.rules.openingOtherReserves = Money(euros: 42_000)
      var running = $0.resources[2]
      running.label = "Prêt 2024"
      running.existing = true
      running.amount = Money(euros: 40_000)
      running.loan?.amount = Money(euros: 40_000)
      running.loan?.label = "Prêt 2024"
      $0.resources.append(running)
    },
    .keeps("a Sofiscop guarantee: shares and a mutual-fund deposit held, returned at the end") {
      $0.resources[2].guarantee = Guarantee(
        guarantor: "sofiscop", quota: Rate(units: 500_000_000_000), cap: nil, fee: .zero)
    },
  ]
}
