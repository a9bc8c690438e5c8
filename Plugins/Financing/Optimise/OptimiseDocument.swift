import EssorCore

/// An optimiser's search as a neutral document: the constraints, the best mixes with their
/// values, figures and the constraint that binds, the scenario as written beside them, or
/// why none holds; and the JSON payload `{"optimisation": …}`.
public struct OptimiseDocument {
  let optimiser: MixOptimiser
  let result: MixOptimiser.Result
  let language: Language
  let enterprise: String?
  /// The file the winner was saved to, if it was.
  let saved: String?

  public init(
    _ optimiser: MixOptimiser, result: MixOptimiser.Result, language: Language,
    enterprise: String?, saved: String? = nil
  ) {
    self.optimiser = optimiser
    self.result = result
    self.language = language
    self.enterprise = enterprise
    self.saved = saved
  }

  private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
  private var s: Scenario { optimiser.scenario }

  /// A dimension's name: « Prêt bancaire — montant ».
  func dimensionName(_ dimension: MixOptimiser.Dimension) -> String {
    let field: String
    switch dimension.field {
    case .amount: field = t("montant", "amount")
    case .rate: field = t("taux", "rate")
    case .years: field = t("durée", "years")
    case .graceMonths: field = t("différé", "grace")
    }
    let label = s.resources[dimension.resource].label
    return (label.count > 28 ? String(label.prefix(27)) + "…" : label) + " — " + field
  }

  /// A dimension's value as a cell.
  func value(_ dimension: MixOptimiser.Dimension, _ raw: Int64) -> CellValue {
    switch dimension.field {
    case .amount: return .money(Money(cents: raw))
    case .rate: return .percent(Rate(units: raw).fraction)
    case .years: return .quantity(Double(raw), .years)
    case .graceMonths: return .text("\(raw)" + t(" mois", " months"))
    }
  }

  /// The scenario's own value of a dimension, as written.
  func written(_ dimension: MixOptimiser.Dimension) -> CellValue {
    let instrument = s.resources[dimension.resource]
    switch dimension.field {
    case .amount: return .money(instrument.amount)
    case .rate:
      return .percent((instrument.loan?.annualRate ?? instrument.rate).fraction)
    case .years:
      let years = instrument.loan.map { Double($0.periods) / Double($0.periodicity.periodsPerYear) }
      return .quantity(years ?? Double(instrument.years), .years)
    case .graceMonths:
      let months = instrument.loan.map { $0.gracePeriods * 12 / $0.periodicity.periodsPerYear } ?? 0
      return .text("\(months)" + t(" mois", " months"))
    }
  }

  public func build() -> Document {
    var summary = Section(
      title: t("Meilleurs financements — ", "Best financing mixes — ") + s.title,
      sheetName: t("Optimisation", "Optimisation"),
      blocks: introduction() + [.table(mixesTable())] + reasons())
    summary.isSummary = true
    return Document(
      title: t("Optimisation du financement : ", "Financing optimisation: ") + s.title
        + (enterprise.map { " — " + $0 } ?? ""),
      language: language,
      properties: DocumentProperties(
        subject: t("Meilleurs financements", "Best financing mixes"), company: enterprise,
        keywords: "essor, financing, optimise",
        comments: t("Calculé par essor finance optimise.", "Computed by essor finance optimise.")),
      sections: [summary], payload: [("optimisation", payload())])
  }

  private var objectiveText: String {
    switch optimiser.objective {
    case .cost:
      return t("le coût total du financement le plus bas", "the lowest total cost of financing")
    case .minDebt: return t("le moins de dettes", "the least debt")
    case .maxMinCash:
      return t("la trésorerie la plus basse la plus haute", "the highest lowest cash")
    case .maxOwnFunds:
      return t("le plus de fonds propres sur les besoins", "the most own funds over needs")
    }
  }

  private func introduction() -> [Block] {
    let limits = optimiser.limits
    var blocks: [Block] = [
      .paragraph(
        t("Objectif : ", "Objective: ") + objectiveText + t(". Contraintes : ", ". Constraints: ")
          + [
            t("plan initial équilibré", "initial plan balanced"),
            t("trésorerie ≥ ", "cash ≥ ") + MoneyFormat.text(limits.cashBuffer, language)
              + t(" chaque mois", " every month"),
            "DSCR ≥ " + MixOptimiser.decimal(limits.minimumDSCR, language),
            t("endettement ≤ ", "gearing ≤ ")
              + MixOptimiser.decimal(limits.maximumGearing, language),
            t("autonomie ≥ ", "autonomy ≥ ")
              + MixOptimiser.percent(limits.minimumAutonomy, language),
            t(
              "chaque règle légale et coopérative chaque année",
              "every legal and cooperative rule every year"),
          ].joined(separator: " ; ") + "."),
      .paragraph(
        t(
          "\(result.candidates) combinaison(s) des valeurs ajustables, \(result.projected) projetée(s) : les autres sont écartées sans projection (plan initial non équilibré, trésorerie de la première année déjà sous le coussin, ou coût minimal déjà au-dessus du cinquième meilleur).",
          "\(result.candidates) combination(s) of the adjustable values, \(result.projected) projected: the others are set aside without projecting (initial plan short of its needs, first-year cash already under the buffer, or a least cost already above the fifth best)."
        )),
    ]
    if result.best.isEmpty {
      var text = t(
        "✘ Aucun financement ne respecte toutes les contraintes.",
        "✘ No mix meets every constraint.")
      if let closest = result.closest, let binding = closest.binding {
        text +=
          t(" La plus proche d’être tenue : ", " The closest to holding: ")
          + binding.label(language) + " (" + t("écart ", "short by ")
          + MixOptimiser.percent(-binding.slack, language) + t(" du seuil", " of the threshold")
          + ")"
          + (closest.choice.isEmpty
            ? t(", pour le scénario tel quel.", ", for the scenario as written.")
            : t(
              ", pour le financement de la ligne « Le plus proche ».",
              ", for the mix in the row “Closest”."))
      }
      blocks.append(.paragraph(text))
    }
    if let saved {
      blocks.append(
        .paragraph(t("Le meilleur est enregistré dans ", "The best is saved to ") + saved + "."))
    }
    return blocks
  }

  /// A slack as a share of its threshold with one decimal: « +0,6 % ».
  private func slackText(_ slack: Double) -> String {
    let text = String(format: "%+.1f", slack * 100)
    return (language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text)
      + (language == .fr ? " %" : "%")
  }

  private func mixesTable() -> Table {
    var columns = [Column("rank", t("Financement", "Mix"), .text)]
    columns += optimiser.dimensions.indices.map {
      Column("d\($0)", dimensionName(optimiser.dimensions[$0]), .money)
    }
    columns += [
      Column("cost", t("Coût total du financement", "Total cost of financing"), .money),
      Column("debt", t("Dettes levées", "Debt raised"), .money),
      Column("lowest", t("Trésorerie la plus basse", "Lowest cash"), .money),
      Column("dscr", t("DSCR le plus bas", "Lowest DSCR"), .decimal(2)),
      Column("binding", t("Contrainte la plus serrée", "Tightest constraint"), .text),
    ]
    func row(_ name: String, _ evaluation: MixOptimiser.Evaluation, values: [CellValue]) -> Row {
      Row(
        [.text(name)] + values.map { Cell($0) } + [
          Cell(.money(evaluation.cost)), Cell(.money(evaluation.debt)),
          Cell(.money(evaluation.lowestCash)),
          Cell(evaluation.minimumDSCR.map { .quantity($0, .ratio) } ?? .text("—")),
          .text(
            evaluation.binding.map {
              (evaluation.feasible ? "" : "✘ ") + $0.name(language)
                + (evaluation.feasible && $0.slack.isFinite
                  ? " (" + slackText($0.slack) + ")" : "")
            } ?? ""),
        ])
    }
    var rows = [
      row(
        t("Tel quel", "As written"), result.base,
        values: optimiser.dimensions.map { written($0) })
    ]
    for (rank, evaluation) in result.best.enumerated() {
      rows.append(
        row(
          "\(rank + 1)", evaluation,
          values: zip(optimiser.dimensions, evaluation.choice).map { value($0, $0.values[$1]) }))
    }
    if let closest = result.closest, !closest.choice.isEmpty {
      rows.append(
        row(
          t("Le plus proche", "Closest"), closest,
          values: zip(optimiser.dimensions, closest.choice).map { value($0, $0.values[$1]) }))
    }
    return Table(id: "mixes", columns: columns, rows: rows, freezesHeader: false)
  }

  /// Why each mix beats the scenario as written.
  private func reasons() -> [Block] {
    let base = result.base
    return result.best.enumerated().map { rank, evaluation in
      var why: [String] = []
      if !base.feasible {
        why.append(
          t("le scénario tel quel ne tient pas (", "the scenario as written does not hold (")
            + (base.binding?.label(language) ?? "") + t(") ; celui-ci, si", "); this one does"))
      }
      let saving = base.cost - evaluation.cost
      if saving > .zero {
        why.append(
          t("coûte ", "costs ") + MoneyFormat.text(saving, language)
            + t(" de moins sur le plan", " less over the plan"))
      } else if saving < .zero {
        why.append(
          t("coûte ", "costs ") + MoneyFormat.text(.zero - saving, language)
            + t(" de plus", " more"))
      }
      if evaluation.debt != base.debt {
        let change = evaluation.debt - base.debt
        why.append(
          (change < .zero
            ? t("emprunte ", "borrows ") + MoneyFormat.text(.zero - change, language)
              + t(" de moins", " less")
            : t("emprunte ", "borrows ") + MoneyFormat.text(change, language)
              + t(" de plus", " more")))
      }
      if let binding = evaluation.binding {
        why.append(
          t("contrainte la plus serrée : ", "tightest constraint: ") + binding.label(language)
            + " (" + t("marge ", "slack ") + slackText(binding.slack) + ")")
      }
      return .paragraph("\(rank + 1). " + why.joined(separator: " ; ") + ".")
    }
  }

  private func payload() -> JSONValue {
    func evaluationJSON(_ evaluation: MixOptimiser.Evaluation) -> JSONValue {
      .object([
        (
          "values",
          .array(
            zip(optimiser.dimensions, evaluation.choice).map { dimension, index in
              .object([
                ("resource", .string(s.resources[dimension.resource].label)),
                ("field", .string(dimension.field.rawValue)),
                ("value", .integer(dimension.values[index])),
              ])
            })
        ),
        ("cost", .money(evaluation.cost)), ("debt", .money(evaluation.debt)),
        ("lowestCash", .money(evaluation.lowestCash)),
        ("minimumDSCR", evaluation.minimumDSCR.map { .number($0, decimals: 6) } ?? .null),
        ("feasible", .bool(evaluation.feasible)),
        (
          "constraints",
          .array(
            evaluation.constraints.map {
              .object([
                ("id", .string($0.id)), ("slack", .number($0.slack, decimals: 6)),
                ("holds", .bool($0.holds)),
              ])
            })
        ),
        ("binding", evaluation.binding.map { .string($0.id) } ?? .null),
      ])
    }
    return .object([
      ("scenario", .string(s.id)), ("objective", .string(optimiser.objective.rawValue)),
      ("candidates", .integer(Int64(result.candidates))),
      ("projected", .integer(Int64(result.projected))),
      ("base", evaluationJSON(result.base)),
      ("best", .array(result.best.map(evaluationJSON))),
      ("closest", result.closest.map(evaluationJSON) ?? .null),
      ("saved", saved.map(JSONValue.string) ?? .null),
    ])
  }
}
