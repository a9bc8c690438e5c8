import EssorCore
import EssorReport

/// The plan's statements, as tables with one column per year and formulas between lines:
/// depreciation, P&L with CAF and BFR, the multi-year financing plan and the balance-sheet
/// totals the ratios use.
///
/// Each statement is filled, and laid out in its section, by its own `Statements+…` file;
/// this one creates the tables in order and holds what they share.
struct Statements {
  let document: PlanDocument
  /// Depreciation by asset, filled by `fillDepreciation`.
  var dep: StatementTable
  /// The P&L with CAF, BFR and the allocation, filled by `fillProfitAndLoss`.
  var pl: StatementTable
  /// The multi-year financing plan, filled by `fillFinancingPlan`.
  var mplan: StatementTable
  /// The balance-sheet totals, filled by `fillBalance`.
  var bal: StatementTable

  init(document: PlanDocument) {
    self.document = document
    let labels = document.yearLabels
    func t(_ fr: String, _ en: String) -> String { document.t(fr, en) }
    dep = StatementTable(
      id: "dep", title: t("Amortissements", "Depreciation"), labelTitle: t("Actif", "Asset"),
      yearLabels: labels)
    pl = StatementTable(
      id: "pl", labelTitle: t("Compte de résultat", "Profit and loss"), yearLabels: labels)
    mplan = StatementTable(
      id: "mplan", labelTitle: t("Plan de financement", "Financing plan"), yearLabels: labels)
    bal = StatementTable(
      id: "bal",
      title: t(
        "Bilan prévisionnel (fin d’année, avant affectation du résultat)",
        "Forecast balance sheet (year end, before the allocation of the result)"),
      labelTitle: t("Poste", "Item"), yearLabels: labels)
    fillDepreciation()
    fillProfitAndLoss()
    fillFinancingPlan()
    fillBalance()
  }

  /// The initial plan, the multi-year plan, and the P&L with depreciation.
  func sections() -> [Section] {
    [initialPlanSection(), multiYearSection(), profitAndLossSection()]
  }

  // MARK: Shared by the statements

  var plan: PlanProjection { document.plan }
  var years: [YearFigures] { plan.years }
  var language: Language { document.language }

  /// The French or the English text, in the document's language.
  func t(_ fr: String, _ en: String) -> String { document.t(fr, en) }

  /// One figure of every year, for a line of a table.
  func values(_ key: KeyPath<YearFigures, Money>) -> [Money] {
    years.map { $0[keyPath: key] }
  }
}
