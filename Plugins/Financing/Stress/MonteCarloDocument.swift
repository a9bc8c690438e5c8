import EssorCore
import Foundation

/// A Monte Carlo run as a neutral document.
///
/// The probability that cash goes below zero with its interval, the percentiles of the lowest cash, the year-3 result and the lowest DSCR,
/// the tornado of sensitivities and the histogram of the lowest cash, with charts; and the
/// JSON payload `{"monteCarlo": …}`. Nothing in it depends on the threads used.
public struct MonteCarloDocument {
  let run: MonteCarlo
  let language: Language
  let enterprise: String?

  public init(_ run: MonteCarlo, language: Language, enterprise: String?) {
    self.run = run
    self.language = language
    self.enterprise = enterprise
  }

  private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  private func percent(_ value: Double) -> String {
    let text = String(format: "%.2f", value * 100)
    return (language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text)
      + (language == .fr ? " %" : "%")
  }

  /// A variable's size in its unit (`−2 pt`); a spread without a sign.
  private func size(_ variable: Uncertainty.Variable, _ value: Double, signed: Bool = true)
    -> String
  {
    Shock(variable.kind, value, text: "").valueText(language, signed: signed)
  }

  public func build() -> Document {
    let s = run.scenario
    let risk = run.negativeCash
    var figures = [
      KeyFigure(
        t("Probabilité que la trésorerie passe sous zéro", "Probability that cash goes below zero"),
        Cell(.percent(risk.probability)),
        note: t(
          "au moins un mois ; intervalle de confiance à 95 % : ",
          "in at least one month; 95% confidence interval: ")
          + percent(risk.low) + " – " + percent(risk.high)),
      KeyFigure(t("Tirages", "Draws"), Cell(.integer(Int64(run.count)))),
      KeyFigure(
        t("Graine", "Seed"), .text(String(run.seed)),
        note: t("même graine, mêmes chiffres", "same seed, same figures")),
    ]
    if let median = MonteCarlo.percentiles(run.lowestCash)?[2] {
      figures.append(
        KeyFigure(
          t("Trésorerie la plus basse, médiane", "Lowest cash, median"),
          .money(Money(roundingEuros: median))))
    }
    var summary = Section(
      title: t("Monte Carlo — ", "Monte Carlo — ") + s.title, sheetName: "Monte Carlo",
      blocks: [.paragraph(variablesText()), .keyFigures(figures), .table(distributionTable())])
    summary.isSummary = true
    return Document(
      title: t("Monte Carlo : ", "Monte Carlo: ") + s.title + (enterprise.map { " — " + $0 } ?? ""),
      language: language,
      properties: DocumentProperties(
        subject: t("Risque du plan de financement", "Financing plan risk"), company: enterprise,
        keywords: "essor, financing, monte carlo",
        comments: t(
          "Valeurs calculées par essor finance stress --monte-carlo.",
          "Values computed by essor finance stress --monte-carlo.")),
      sections: [summary, tornadoSection(), histogramSection()],
      payload: [("monteCarlo", payload())])
  }

  /// A plain number with two decimals, the language's decimal mark.
  private func decimal(_ value: Double) -> String {
    let text = String(format: "%.2f", value)
    return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
  }

  private func variablesText() -> String {
    let variables = run.uncertainty.variables.map { variable -> String in
      let name = variable.kind.rawValue
      let bounds =
        variable.lower.isFinite || variable.upper.isFinite
        ? t(", bornes ", ", bounds ")
          + (variable.lower.isFinite ? size(variable, variable.lower) : "−∞") + " / "
          + (variable.upper.isFinite ? size(variable, variable.upper) : "+∞") : ""
      switch variable.distribution {
      case .normal(let mean, let sd):
        return name + t(" : normale (moyenne ", ": normal (mean ") + size(variable, mean)
          + t(", écart-type ", ", sd ") + size(variable, sd, signed: false) + bounds + ")"
      case .triangular(let low, let mode, let high):
        return name + t(" : triangulaire (", ": triangular (") + size(variable, low)
          + t(" ; ", ", ")
          + size(variable, mode) + t(" ; ", ", ") + size(variable, high) + ")"
      case .uniform(let low, let high):
        return name + t(" : uniforme (", ": uniform (") + size(variable, low) + t(" ; ", ", ")
          + size(variable, high) + ")"
      case .lognormal(let median, let sigma):
        return name + t(" : log-normale (médiane ", ": lognormal (median ") + size(variable, median)
          + ", sigma " + decimal(sigma) + bounds + ")"
      }
    }
    var correlations: [String] = []
    let names = run.uncertainty.variables.map(\.kind.rawValue)
    for row in names.indices {
      for column in 0..<row where run.uncertainty.correlation[row][column] != 0 {
        correlations.append(
          names[column] + " ~ " + names[row] + t(" : ", ": ")
            + decimal(run.uncertainty.correlation[row][column]))
      }
    }
    return t("Variables incertaines : ", "Uncertain variables: ")
      + variables.joined(separator: " ; ")
      + (correlations.isEmpty
        ? "" : t(". Corrélations : ", ". Correlations: ") + correlations.joined(separator: " ; "))
      + "."
  }

  private func distributionTable() -> Table {
    let columns = [
      Column("percentile", t("Centile", "Percentile"), .text),
      Column("lowest", t("Trésorerie la plus basse", "Lowest cash"), .money),
      Column("result", t("Résultat net de l’année 3", "Year-3 net result"), .money),
      Column("dscr", t("DSCR le plus bas", "Lowest DSCR"), .decimal(2)),
    ]
    let lowest = MonteCarlo.percentiles(run.lowestCash)
    let result = MonteCarlo.percentiles(run.yearThreeResult)
    let dscr = MonteCarlo.percentiles(run.minimumDSCR)
    let rows = MonteCarlo.quantiles.indices.map { index -> Row in
      Row([
        .text("P\(Int(MonteCarlo.quantiles[index] * 100))"),
        Cell(lowest.map { .money(Money(roundingEuros: $0[index])) } ?? .empty),
        Cell(result.map { .money(Money(roundingEuros: $0[index])) } ?? .empty),
        Cell(dscr.map { .quantity($0[index], .ratio) } ?? .text("—")),
      ])
    }
    return Table(
      id: "distribution", title: t("Distribution des tirages", "Distribution of the draws"),
      columns: columns, rows: rows, freezesHeader: false)
  }

  private func tornadoSection() -> Section {
    let columns = [
      Column("variable", t("Variable", "Variable"), .text),
      Column("low", t("Au 5e centile", "At the 5th percentile"), .text),
      Column("high", t("Au 95e centile", "At the 95th percentile"), .text),
      Column("cashLow", t("Trésorerie la plus basse (P5)", "Lowest cash (P5)"), .money),
      Column("cashHigh", t("Trésorerie la plus basse (P95)", "Lowest cash (P95)"), .money),
      Column("swing", t("Écart", "Swing"), .money),
    ]
    let rows = run.tornado().map { row -> Row in
      let low = Money(roundingEuros: row.cashAtLow)
      let high = Money(roundingEuros: row.cashAtHigh)
      return Row([
        .text(row.variable.kind.rawValue), .text(size(row.variable, row.low)),
        .text(size(row.variable, row.high)), Cell(.money(low)), Cell(.money(high)),
        Cell(.money(high > low ? high - low : low - high), formula: "ABS({cashHigh}-{cashLow})"),
      ])
    }
    return Section(
      title: t("Ce qui compte le plus (tornade)", "What matters most (tornado)"),
      sheetName: t("Tornade", "Tornado"),
      blocks: [
        .paragraph(
          t(
            "Chaque variable seule à son 5e puis à son 95e centile, les autres à leur médiane : la trésorerie la plus basse qu’elle donne. La plus influente d’abord.",
            "Each variable alone at its 5th then its 95th percentile, the others at their median: the lowest cash it gives. The most influential first."
          )),
        .table(Table(id: "tornado", columns: columns, rows: rows, freezesHeader: false)),
        .chart(
          Chart(
            kind: .column,
            title: t(
              "Trésorerie la plus basse selon chaque variable", "Lowest cash by each variable"),
            categories: ColumnReference(table: "tornado", column: "variable"),
            series: [
              .init(
                t("au 5e centile", "at the 5th percentile"),
                ColumnReference(table: "tornado", column: "cashLow")),
              .init(
                t("au 95e centile", "at the 95th percentile"),
                ColumnReference(table: "tornado", column: "cashHigh")),
            ], valueAxisTitle: "€")),
      ])
  }

  private func histogramSection() -> Section {
    let columns = [
      Column("from", t("De", "From"), .money), Column("to", t("À", "To"), .money),
      Column("draws", t("Tirages", "Draws"), .integer),
      Column("share", t("Part", "Share"), .percent(decimals: 1)),
    ]
    let rows = run.histogram().map { bin -> Row in
      Row([
        Cell(.money(Money(roundingEuros: bin.from))), Cell(.money(Money(roundingEuros: bin.to))),
        Cell(.integer(Int64(bin.count))),
        Cell(.percent(Double(bin.count) / Double(max(1, run.count)))),
      ])
    }
    return Section(
      title: t("Trésorerie la plus basse : histogramme", "Lowest cash: histogram"),
      sheetName: t("Histogramme", "Histogram"),
      blocks: [
        .table(Table(id: "histogram", columns: columns, rows: rows, freezesHeader: false)),
        .chart(
          Chart(
            kind: .column, title: t("Tirages par trésorerie la plus basse", "Draws by lowest cash"),
            categories: ColumnReference(table: "histogram", column: "from"),
            series: [
              .init(t("Tirages", "Draws"), ColumnReference(table: "histogram", column: "draws"))
            ],
            categoryAxisTitle: t(
              "Trésorerie la plus basse, à partir de (€)", "Lowest cash, from (€)"))),
      ], isAppendix: false)
  }

  private func payload() -> JSONValue {
    let risk = run.negativeCash
    func quantiles(_ values: [Double], decimals: Int) -> JSONValue {
      guard let percentiles = MonteCarlo.percentiles(values) else { return .null }
      return .object(
        zip(MonteCarlo.quantiles, percentiles).map {
          ("p\(Int($0.0 * 100))", .number($0.1, decimals: decimals))
        })
    }
    return .object([
      ("scenario", .string(run.scenario.id)), ("draws", .integer(Int64(run.count))),
      ("seed", .string(String(run.seed))),
      (
        "negativeCash",
        .object([
          ("probability", .number(risk.probability, decimals: 8)),
          ("low", .number(risk.low, decimals: 8)), ("high", .number(risk.high, decimals: 8)),
        ])
      ),
      ("lowestCash", quantiles(run.lowestCash, decimals: 2)),
      ("yearThreeResult", quantiles(run.yearThreeResult, decimals: 2)),
      ("minimumDSCR", quantiles(run.minimumDSCR, decimals: 6)),
      (
        "tornado",
        .array(
          run.tornado().map { row in
            .object([
              ("variable", .string(row.variable.kind.rawValue)),
              ("low", .number(row.low, decimals: 8)), ("high", .number(row.high, decimals: 8)),
              ("cashAtLow", .number(row.cashAtLow, decimals: 2)),
              ("cashAtHigh", .number(row.cashAtHigh, decimals: 2)),
            ])
          })
      ),
      (
        "histogram",
        .array(
          run.histogram().map { bin in
            .object([
              ("from", .number(bin.from, decimals: 2)), ("to", .number(bin.to, decimals: 2)),
              ("draws", .integer(Int64(bin.count))),
            ])
          })
      ),
    ])
  }
}
