import EssorCore
import EssorReport

/// The plan's machine-readable result (`--format json`) and the figures behind its facts.
struct PlanPayload {
  let document: PlanDocument

  /// The mix of resources by instrument kind over the whole plan (worker shares include
  /// the yearly contributions and the part travail converted).
  static func sources(_ plan: PlanProjection, language: Language) -> [(
    label: String, amount: Money
  )] {
    let labels = PlanDocumentLabels(language: language)
    return sourcesByKind(plan).map { (labels.kind($0.kind), $0.amount) }
  }

  /// The resources by instrument over the plan (worker shares with the yearly
  /// contributions and the part travail converted), in the instruments' order.
  static func sourcesByKind(_ plan: PlanProjection) -> [(kind: Instrument.Kind, amount: Money)] {
    var totals: [(Instrument.Kind, Money)] = []
    for kind in Instrument.Kind.allCases {
      var amount = plan.scenario.resources.filter { $0.kind == kind && !$0.existing }.reduce(
        Money.zero
      ) {
        $0 + $1.amount
      }
      if kind == .workerShares {
        amount += plan.years.reduce(.zero) {
          $0 + $1.yearlyContributions + $1.convertedParticipation
        }
      }
      if amount > .zero { totals.append((kind, amount)) }
    }
    return totals
  }

  /// The use of funds: the initial plan's needs by nature.
  static func useOfFunds(_ plan: PlanProjection, language: Language) -> [(
    label: String, amount: Money
  )] {
    let labels = PlanDocumentLabels(language: language)
    return useOfFundsByGroup(plan).map { (labels.group($0.group), $0.amount) }
  }

  /// The initial plan's needs by group, in the order they first appear.
  static func useOfFundsByGroup(_ plan: PlanProjection) -> [(group: PlanLine.Group, amount: Money)]
  {
    var result: [(PlanLine.Group, Money)] = []
    for line in plan.initialNeeds {
      if let index = result.firstIndex(where: { $0.0 == line.group }) {
        result[index].1 += line.amount
      } else {
        result.append((line.group, line.amount))
      }
    }
    return result
  }

  func payload() -> [(String, JSONValue)] {
    let plan = document.plan
    let s = plan.scenario
    func money(_ pairs: [(label: String, amount: Money)]) -> JSONValue {
      .array(pairs.map { .object([("label", .string($0.label)), ("amount", .money($0.amount))]) })
    }
    func optional(_ value: Double?) -> JSONValue { value.map { .number($0, decimals: 6) } ?? .null }
    let years: [JSONValue] = plan.years.map { f in
      let r = YearRatios(f)
      return .object([
        ("year", .integer(Int64(f.year))), ("label", .string(s.yearLabel(f.year))),
        ("revenue", .money(f.revenue)), ("ebe", .money(f.ebe)),
        ("depreciation", .money(f.depreciation)), ("financialCharges", .money(f.financialCharges)),
        ("participation", .money(f.participation)), ("corporateTax", .money(f.corporateTax)),
        ("netResult", .money(f.netResult)), ("cafSubtractive", .money(f.cafSubtractive)),
        ("cafAdditive", .money(f.cafAdditive)), ("breakeven", .money(f.breakeven)),
        ("workingCapital", .money(f.workingCapital)),
        ("workingCapitalChange", .money(f.workingCapitalChange)),
        ("dividends", .money(f.dividends)), ("workerCapital", .money(f.workerCapital)),
        ("outsideCapital", .money(f.outsideCapital)),
        ("outsideVotes", .number(f.outsideVotes, decimals: 6)),
        ("ownFunds", .money(f.ownFunds)), ("quasiEquity", .money(f.quasiEquity)),
        ("debt", .money(f.debt)), ("needs", .money(f.needsTotal)),
        ("resources", .money(f.resourcesTotal)), ("cashEnd", .money(f.cashEnd)),
        (
          "ratios",
          .object([
            ("autonomy", optional(r.autonomy)),
            ("autonomyQuasiAsEquity", optional(r.autonomyQuasiAsEquity)),
            ("gearing", optional(r.gearing)),
            ("gearingQuasiAsEquity", optional(r.gearingQuasiAsEquity)),
            ("debtToCAF", optional(r.debtToCAF)),
            ("debtToCAFQuasiAsEquity", optional(r.debtToCAFQuasiAsEquity)),
            ("dscr", optional(r.dscr)), ("dscrQuasiAsEquity", optional(r.dscrQuasiAsEquity)),
          ])
        ),
      ])
    }
    let lowest = plan.lowestMonth
    let rules: [JSONValue] = document.results.map { result in
      .object([
        ("rule", .string(result.rule)), ("year", result.year.map { .integer(Int64($0)) } ?? .null),
        ("passed", .bool(result.passed)), ("severity", .string(result.severity.rawValue)),
        ("measured", .string(result.measured(document.language))),
        ("limit", .string(result.limit(document.language))),
        ("message", result.passed ? .null : .string(result.message(document.language))),
      ])
    }
    let criteria: [JSONValue] = document.criteria.map { c in
      .object([
        ("criterion", .string(c.id)), ("passed", .bool(c.passed)),
        ("measure", c.measure.map { .number($0, decimals: 6) } ?? .null),
        ("threshold", c.limit.map { .number($0, decimals: 6) } ?? .null),
        ("year", c.year.map { .integer(Int64($0)) } ?? .null),
        ("value", .string(c.value(document.language))),
        ("thresholdText", .string(c.threshold(document.language))),
      ])
    }
    return [
      (
        "plan",
        .object([
          ("scenario", .string(s.id)), ("legalForm", .string(s.legalForm.rawValue)),
          (
            "overrides",
            .array(
              s.overrides.map {
                .object([
                  ("path", .string($0.path)), ("value", .string($0.value)),
                  ("previous", $0.previous.map(JSONValue.string) ?? .null),
                ])
              })
          ),
          ("start", .string(ScenarioFields.monthText(s.start))),
          ("horizon", .integer(Int64(s.horizon))),
          ("fundable", .bool(document.errors.isEmpty && document.failedCriteria.isEmpty)),
          (
            "verdict",
            .string(
              !document.errors.isEmpty
                ? "not-fundable" : document.failedCriteria.isEmpty ? "fundable" : "conditional")
          ),
          ("lawful", .bool(document.errors.isEmpty)),
          ("initialNeeds", .money(plan.initialNeedsTotal)),
          ("initialResources", .money(plan.initialResourcesTotal)),
          ("initialGap", .money(plan.initialGap)), ("askTotal", .money(plan.askTotal)),
          ("askTotalWholePlan", .money(plan.askTotalWholePlan)),
          ("useOfFunds", money(Self.useOfFunds(plan, language: document.language))),
          ("sources", money(Self.sources(plan, language: document.language))),
          ("minCash", .money(lowest?.cash ?? .zero)),
          ("minCashMonth", .string(lowest.map { ScenarioFields.monthText($0.date) } ?? "")),
          ("npv", .number(plan.npv, decimals: 2)),
          ("spreadsheetNPV", .number(plan.spreadsheetNPV, decimals: 2)),
          ("irr", plan.irr.map { .number($0, decimals: 8) } ?? .null),
          ("projectFlows", .array(plan.projectFlows.map { .money($0) })),
          ("years", .array(years)), ("rules", .array(rules)), ("criteria", .array(criteria)),
        ])
      )
    ]
  }
}

/// Labels shared by the document and the facts.
struct PlanDocumentLabels {
  let language: Language
  private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  func kind(_ kind: Instrument.Kind) -> String {
    switch kind {
    case .bankLoan: return t("Prêt bancaire", "Bank loan")
    case .participatoryLoan: return t("Prêt participatif", "Participatory loan")
    case .titresParticipatifs: return t("Titres participatifs", "Titres participatifs")
    case .convertibleBonds: return t("Obligations convertibles", "Convertible bonds")
    case .workerShares: return t("Parts des salariés", "Worker-member shares")
    case .outsideShares: return t("Parts d’associés extérieurs", "Outside members' shares")
    case .honourLoan:
      return t("Prêt d’honneur (apport personnel)", "Honour loan (founders' contribution)")
    case .investmentGrant: return t("Subvention d’investissement", "Investment grant")
    case .crowdlending: return t("Financement participatif en prêts", "Crowdlending")
    case .currentAccount: return t("Compte courant d’associé", "Associates' current account")
    }
  }

  func group(_ group: PlanLine.Group) -> String {
    switch group {
    case .investments: return t("Investissements", "Investments")
    case .startupCosts: return t("Frais d’établissement", "Set-up costs")
    case .deposits: return t("Dépôts et cautions", "Deposits")
    case .workingCapital: return t("Besoin en fonds de roulement", "Working capital")
    case .cashBuffer: return t("Coussin de trésorerie", "Cash buffer")
    case .cash: return t("Trésorerie disponible", "Cash available")
    case .equity: return t("Fonds propres", "Own funds")
    case .quasiEquity: return t("Quasi-fonds propres", "Quasi-equity")
    case .debt: return t("Dettes", "Debt")
    }
  }
}
