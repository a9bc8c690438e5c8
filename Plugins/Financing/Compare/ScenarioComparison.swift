import EssorCore

/// Several projected scenarios side by side: the figures a consultant weighs, row by row,
/// each with which way is better, so the best of each row can be named.
public struct ScenarioComparison: Sendable {
  /// One scenario projected, checked and judged.
  public struct Entry: Sendable {
    public var plan: PlanProjection
    public var results: [RuleResult]
    public var criteria: [FunderCriterion]
    public var verdict: PlanVerdict

    public init(_ scenario: Scenario) {
      plan = PlanEngine.project(scenario)
      results = PlanRules.check(plan)
      criteria = FunderChecklist.evaluate(plan)
      verdict = PlanVerdict(results: results, criteria: criteria, legalForm: scenario.legalForm)
    }

    public var scenario: Scenario { plan.scenario }
  }

  /// Which value of a row is the best.
  public enum Better: String, Sendable {
    case higher, lower
    /// Neither: a fact, not a merit (the needs, an instrument's amount).
    case neither
  }

  /// A row: a figure of every scenario.
  public struct Row: Sendable {
    public var id: String
    public var label: LocalizedText
    public var better: Better
    public var values: [CellValue]
    /// The scenarios (by position) holding the best value; empty when all hold the same or
    /// the row has no better way.
    public var best: [Int]

    init(_ id: String, _ label: LocalizedText, _ better: Better, _ values: [CellValue]) {
      self.id = id
      self.label = label
      self.better = better
      self.values = values
      let numbers = values.map(\.numericValue)
      let known = numbers.compactMap { $0 }
      guard better != .neither, let top = better == .higher ? known.max() : known.min(),
        Set(known).count > 1
      else {
        best = []
        return
      }
      best = numbers.indices.filter { numbers[$0].map { abs($0 - top) < 1e-9 } ?? false }
    }
  }

  public var entries: [Entry]

  public init(_ scenarios: [Scenario]) {
    entries = scenarios.map(Entry.init)
  }

  /// The instrument kinds any scenario uses, in the instruments' order.
  public var kinds: [Instrument.Kind] {
    let used = Set(entries.flatMap { PlanPayload.sourcesByKind($0.plan).map(\.kind) })
    return Instrument.Kind.allCases.filter { used.contains($0) }
  }

  /// The amount of each instrument kind over the whole plan, in `kinds` order.
  public func mix(_ entry: Entry) -> [Money] {
    let amounts = Dictionary(
      PlanPayload.sourcesByKind(entry.plan).map { ($0.kind, $0.amount) },
      uniquingKeysWith: +)
    return kinds.map { amounts[$0] ?? .zero }
  }

  /// The key figures, row by row.
  public func rows(_ language: Language) -> [Row] {
    let labels = PlanDocumentLabels(language: language)
    func column(_ value: (Entry) -> CellValue) -> [CellValue] { entries.map(value) }
    func worst(_ entry: Entry, _ ratio: (YearRatios) -> Double?, lowest: Bool) -> Double? {
      let first = FunderChecklist.firstFullYear(entry.plan)
      let values = entry.plan.years.filter { $0.year >= first }.compactMap { ratio(YearRatios($0)) }
      return lowest ? values.min() : values.max()
    }
    func quantity(_ value: Double?, _ unit: QuantityUnit) -> CellValue {
      value.map { .quantity($0, unit) } ?? .empty
    }
    var rows: [Row] = [
      Row(
        "verdict", LocalizedText(fr: "Verdict", en: "Verdict"), .neither,
        column { .text($0.verdict.word(language)) }),
      Row(
        "needs", LocalizedText(fr: "Besoins du plan initial", en: "Initial needs"), .neither,
        column { .money($0.plan.initialNeedsTotal) }),
      Row(
        "resources", LocalizedText(fr: "Ressources du plan initial", en: "Initial resources"),
        .neither, column { .money($0.plan.initialResourcesTotal) }),
      Row(
        "ask",
        LocalizedText(
          fr: "Demandé aux financeurs (tout le plan)", en: "Asked from funders (whole plan)"),
        .lower, column { .money($0.plan.askTotalWholePlan) }),
    ]
    for (position, kind) in kinds.enumerated() {
      let name = labels.kind(kind)
      rows.append(
        Row(
          "mix." + kind.rawValue, LocalizedText(fr: name, en: name), .neither,
          column { .money(mix($0)[position]) }))
      rows.append(
        Row(
          "share." + kind.rawValue,
          LocalizedText(fr: name + " — part", en: name + " — share"), .neither,
          column { entry in
            let amounts = mix(entry)
            let total = amounts.reduce(Money.zero, +)
            return .percent(
              total > .zero ? Double(amounts[position].cents) / Double(total.cents) : 0)
          }))
    }
    rows += [
      Row(
        "cost",
        LocalizedText(
          fr: "Coût total du financement sur le plan", en: "Total cost of financing over the plan"),
        .lower, column { .money($0.plan.financingCost.total) }),
      Row(
        "cost.interest", LocalizedText(fr: "Coût : intérêts", en: "Cost: interest"),
        .lower, column { .money($0.plan.financingCost.interest) }),
      Row(
        "cost.charges",
        LocalizedText(
          fr: "Coût : frais, garanties et assurance", en: "Cost: fees, guarantees, insurance"),
        .lower, column { .money($0.plan.financingCost.charges) }),
      Row(
        "cost.remuneration",
        LocalizedText(
          fr: "Coût : rémunération des titres et des parts",
          en: "Cost: titres' and shares' remuneration"),
        .lower, column { .money($0.plan.financingCost.remuneration) }),
      Row(
        "own-funds",
        LocalizedText(
          fr: "Fonds propres / besoins (quasi = dettes)", en: "Own funds / needs (quasi as debt)"),
        .higher, column { .percent($0.plan.ownFundsToNeeds(withQuasiEquity: false)) }),
      Row(
        "own-funds.quasi",
        LocalizedText(
          fr: "Fonds propres et quasi / besoins", en: "Own funds and quasi-equity / needs"),
        .higher, column { .percent($0.plan.ownFundsToNeeds(withQuasiEquity: true)) }),
      Row(
        "lowest-cash", LocalizedText(fr: "Trésorerie la plus basse", en: "Lowest cash"),
        .higher, column { $0.plan.lowestMonth.map { .money($0.cash) } ?? .empty }),
      Row(
        "lowest-cash.month",
        LocalizedText(fr: "Trésorerie la plus basse — mois", en: "Lowest cash — month"), .neither,
        column { entry in
          entry.plan.lowestMonth.map { .text(ScenarioFields.monthText($0.date)) } ?? .empty
        }),
      Row(
        "autonomy",
        LocalizedText(
          fr: "Autonomie financière, pire année (quasi = dettes)",
          en: "Financial autonomy, worst year (quasi as debt)"),
        .higher,
        column { entry in worst(entry, \.autonomy, lowest: true).map { .percent($0) } ?? .empty }),
      Row(
        "autonomy.quasi",
        LocalizedText(
          fr: "Autonomie financière, pire année (quasi = fonds propres)",
          en: "Financial autonomy, worst year (quasi as equity)"),
        .higher,
        column { entry in
          worst(entry, \.autonomyQuasiAsEquity, lowest: true).map { .percent($0) } ?? .empty
        }),
      Row(
        "gearing",
        LocalizedText(
          fr: "Endettement, pire année (quasi = dettes)", en: "Gearing, worst year (quasi as debt)"),
        .lower, column { quantity(worst($0, \.gearing, lowest: false), .ratio) }),
      Row(
        "gearing.quasi",
        LocalizedText(
          fr: "Endettement, pire année (quasi = fonds propres)",
          en: "Gearing, worst year (quasi as equity)"),
        .lower, column { quantity(worst($0, \.gearingQuasiAsEquity, lowest: false), .ratio) }),
      Row(
        "debt-to-caf",
        LocalizedText(
          fr: "Dettes / CAF, pire année (quasi = dettes)",
          en: "Debt / CAF, worst year (quasi as debt)"),
        .lower, column { quantity(worst($0, \.debtToCAF, lowest: false), .years) }),
      Row(
        "dscr",
        LocalizedText(
          fr: "DSCR le plus bas (EBE / annuités)", en: "Lowest DSCR (EBE / debt service)"),
        .higher, column { quantity(worst($0, \.dscr, lowest: true), .ratio) }),
      Row(
        "dscr.quasi",
        LocalizedText(
          fr: "DSCR le plus bas, hors quasi-fonds propres", en: "Lowest DSCR, without quasi-equity"),
        .higher, column { quantity(worst($0, \.dscrQuasiAsEquity, lowest: true), .ratio) }),
      Row(
        "rules",
        LocalizedText(fr: "Règles non respectées", en: "Rules broken"), .lower,
        column { .integer(Int64($0.results.filter { !$0.passed && $0.severity == .error }.count)) }),
      Row(
        "criteria",
        LocalizedText(fr: "Critères des financeurs manqués", en: "Funders' criteria missed"),
        .lower, column { .integer(Int64($0.criteria.filter { !$0.passed }.count)) }),
      Row(
        "npv", LocalizedText(fr: "VAN du projet", en: "Project NPV"), .higher,
        column { .money(Money(roundingEuros: $0.plan.npv)) }),
      Row(
        "irr", LocalizedText(fr: "TRI du projet", en: "Project IRR"), .higher,
        column { $0.plan.irr.map { .percent($0) } ?? .empty }),
    ]
    return rows
  }

  /// The ratios of every year, one row per ratio and year.
  public func yearlyRows(_ language: Language) -> [Row] {
    let horizon = entries.map(\.scenario.horizon).max() ?? 0
    let ratios: [(String, LocalizedText, Better, QuantityUnit?, (YearRatios) -> Double?)] = [
      (
        "autonomy", LocalizedText(fr: "Autonomie (quasi = dettes)", en: "Autonomy (quasi as debt)"),
        .higher, nil, \.autonomy
      ),
      (
        "autonomy.quasi",
        LocalizedText(fr: "Autonomie (quasi = fonds propres)", en: "Autonomy (quasi as equity)"),
        .higher, nil, \.autonomyQuasiAsEquity
      ),
      (
        "gearing", LocalizedText(fr: "Endettement (quasi = dettes)", en: "Gearing (quasi as debt)"),
        .lower, .ratio, \.gearing
      ),
      (
        "gearing.quasi",
        LocalizedText(fr: "Endettement (quasi = fonds propres)", en: "Gearing (quasi as equity)"),
        .lower, .ratio, \.gearingQuasiAsEquity
      ),
      ("dscr", LocalizedText(fr: "DSCR", en: "DSCR"), .higher, .ratio, \.dscr),
      (
        "dscr.quasi", LocalizedText(fr: "DSCR hors quasi", en: "DSCR without quasi"), .higher,
        .ratio, \.dscrQuasiAsEquity
      ),
    ]
    var rows: [Row] = []
    for (id, label, better, unit, ratio) in ratios {
      for year in 1...max(1, horizon) {
        let values: [CellValue] = entries.map { entry in
          guard year <= entry.plan.years.count,
            let value = ratio(YearRatios(entry.plan.years[year - 1]))
          else { return .empty }
          return unit.map { .quantity(value, $0) } ?? .percent(value)
        }
        rows.append(
          Row(
            "\(id).\(year)",
            LocalizedText(
              fr: label.fr + " — année \(year)", en: label.en + " — year \(year)"),
            better, values))
      }
    }
    return rows
  }
}
