import EssorCore
import Foundation

/// Reads `financing/<scenario>.yaml`; every problem found is reported at once, each with
/// file:line, the field and what is allowed (format in `docs/financing-plan.md`).
public enum ScenarioReader {
  /// The `schema:` versions read.
  public static let supportedSchemas = 1...1
  /// The horizons accepted (3 to 5 years is usual; up to 10 for long investments).
  public static let horizons = 1...10

  /// Reads the scenario at `path`; the legal form defaults to the profile's; `tmo` is the
  /// TMO series the scenario's own `parameters.tmo` values complete.
  public static func load(path: String, profile: Profile?, tmo: TMOSeries = .builtIn) throws
    -> Scenario
  {
    try read(
      resolvingExtends(YAMLDocument.load(path: path), path: path), path: path, profile: profile,
      tmo: tmo)
  }

  /// Reads a parsed scenario.
  public static func read(
    _ root: YAMLNode, path: String, profile: Profile?, tmo: TMOSeries = .builtIn
  ) throws -> Scenario {
    let top = try root.mapping()
    try YAMLDocument.checkSchema(top, supported: supportedSchemas)
    if let loans = top.optional("loans"), top.optional("operations") == nil {
      throw EssorError(
        .unknownField, at: loans.location,
        LocalizedText(
          fr:
            "ce fichier est une liste de prêts (essor finance loan), pas un scénario de financement.",
          en: "this file is a list of loans (essor finance loan), not a financing scenario."),
        hint: LocalizedText(
          fr: "un scénario a « operations: » et « resources: » (docs/financing-plan.md).",
          en: "a scenario has “operations:” and “resources:” (docs/financing-plan.md)."))
    }
    // Each part is read on its own: a file with several mistakes gets them all in one run.
    var problems = ProblemCollector()
    try problems.attempt {
      try top.rejectUnknownKeys(allowed: [
        "schema", "title", "start", "horizon", "legal-form", "opening-cash", "discount-rate",
        "needs", "operations", "resources", "rules", "thresholds", "parameters",
        "opening-balance", "vat", "extends", "uncertainty",
      ])
    }
    let start = try problems.attempt {
      try top.required("start").value(
        allowed: LocalizedText(fr: "un mois AAAA-MM", en: "a month YYYY-MM"), CalendarDate.parse)
    }
    let horizonRead = try problems.attempt {
      try top.required("horizon").value(
        allowed: LocalizedText(
          fr:
            "un nombre entier d’années de \(horizons.lowerBound) à \(horizons.upperBound) (3 à 5 en général)",
          en:
            "a whole number of years from \(horizons.lowerBound) to \(horizons.upperBound) (usually 3 to 5)"
        )
      ) { Int($0).flatMap { horizons.contains($0) ? $0 : nil } }
    }
    // Every date, month and per-year list of the file is read against the plan's calendar:
    // without it, the rest cannot be checked.
    guard let start, let horizon = horizonRead else {
      try problems.finish()
      throw top.node.error(
        .missingField, LocalizedText(fr: "calendrier illisible.", en: "unreadable calendar."))
    }
    let fields = ScenarioFields(
      start: CalendarDate(year: start.year, month: start.month, day: 1) ?? start, horizon: horizon)
    let legalForm =
      try problems.attempt { () throws -> LegalForm in
        if let node = top.optional("legal-form") { return try node.choice(LegalForm.self) }
        if let profile { return profile.legalForm }
        throw EssorError(
          .missingField, at: top.node.location,
          LocalizedText(
            fr: "« legal-form » est obligatoire hors d’un espace de travail.",
            en: "“legal-form” is required outside a workspace."))
      } ?? .scop
    let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let needs = try problems.attempt { try readNeeds(top.optional("needs"), fields) } ?? Needs()
    let operations = try problems.attempt { try readOperations(top.required("operations"), fields) }
    let resourcesNode = try problems.attempt { try top.required("resources") }
    var resources: [Instrument] = []
    if let resourcesNode,
      let items = try problems.attempt({
        try resourcesNode.sequence(
          atMost: InputLimits.instrumentsPerScenario,
          of: LocalizedText(fr: "ressources", en: "resources"))
      })
    {
      // Each resource on its own: a mistake in one does not hide the next one's.
      for item in items {
        if let instrument = try problems.attempt({
          try InstrumentReader(fields: fields, investments: needs.investments).read(item)
        }) {
          resources.append(instrument)
        }
      }
    }
    var rules =
      try problems.attempt { try readRules(top.optional("rules"), fields) } ?? CooperativeSettings()
    let opening =
      try problems.attempt { try readOpeningBalance(top.optional("opening-balance"), fields) }
    let rulesMap = try? top.optional("rules")?.mapping()
    try problems.attempt {
      guard let opening else { return }
      rules.openingCapital =
        try once(opening.capital, rulesMap?.optional("opening-capital"), "capital")
        ?? rules.openingCapital
      rules.openingLegalReserve =
        try once(
          opening.legalReserve, rulesMap?.optional("opening-legal-reserve"), "legal-reserve")
        ?? rules.openingLegalReserve
      rules.openingOtherReserves =
        try once(
          opening.otherReserves, rulesMap?.optional("opening-other-reserves"), "other-reserves")
        ?? rules.openingOtherReserves
    }
    let openingCash =
      try problems.attempt {
        try once(opening?.cash, top.optional("opening-cash"), "cash")
          ?? top.optional("opening-cash").map { try fields.money($0) } ?? .zero
      } ?? .zero
    if legalForm == .scopAmorcage, rules.conversion == nil {
      problems.add(
        EssorError(
          .missingField,
          at: (top.optional("legal-form") ?? top.optional("rules") ?? top.node).location,
          LocalizedText(
            fr:
              "une SCOP d’amorçage doit donner sa date de conversion : « rules.conversion » (ex. 2024-06-30).",
            en:
              "a SCOP d'amorçage must give its conversion date: “rules.conversion” (e.g. 2024-06-30)."
          ),
          hint: LocalizedText(
            fr: "l’échéance des 7 ans (art. 49 ter loi 78-763) en dépend.",
            en: "the 7-year deadline (art. 49 ter loi 78-763) depends on it.")))
    }
    var parameters = Parameters(tmo: tmo.values)
    parameters.tmoAsOf = tmo.asOf
    parameters.tmoSource = tmo.path
    if let node = top.optional("parameters") {
      try problems.attempt { try readParameters(node, fields, into: &parameters) }
    }
    for instrument in resources {
      if let guarantee = instrument.guarantee {
        try problems.attempt {
          try InstrumentReader.checkGuarantee(guarantee, parameters: parameters)
        }
      }
    }
    let title = try problems.attempt { try top.optional("title").map(fields.text) } ?? nil
    let discountRate =
      try problems.attempt { try top.optional("discount-rate").map { try fields.rate($0) } }
      ?? nil
    let thresholds = try problems.attempt { try readThresholds(top.optional("thresholds"), fields) }
    let vat = try problems.attempt {
      try readVAT(top.optional("vat"), fields, default: needs.workingCapital.vat)
    }
    let uncertainty = try problems.attempt { try Uncertainty.read(top.optional("uncertainty")) }
    try problems.finish()
    guard let operations, let resourcesNode, let opening, let thresholds, let vat else {
      throw top.node.error(
        .invalidValue, LocalizedText(fr: "scénario illisible.", en: "unreadable scenario."))
    }
    Guarantee.applyCaps(to: &resources, parameters: parameters)
    var scenario = Scenario(
      id: id, file: path, title: title ?? id,
      start: fields.start, horizon: horizon, legalForm: legalForm,
      openingCash: openingCash,
      discountRate: discountRate ?? Rate(units: 80_000_000_000),
      needs: needs, operations: operations, resources: resources,
      rules: rules,
      thresholds: thresholds,
      parameters: parameters)
    scenario.opening = opening.balance
    scenario.vat = vat
    scenario.uncertainty = uncertainty ?? nil
    scenario.needsLocation = top.optional("needs")?.location
    scenario.resourcesLocation = resourcesNode.location
    return scenario
  }

  private static func readNeeds(_ node: YAMLNode?, _ fields: ScenarioFields) throws -> Needs {
    guard let node else { return Needs() }
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: [
      "investments", "start-up-costs", "deposits", "working-capital", "cash-buffer",
    ])
    // Each asset and each term on its own: one run reports every mistake of the block.
    var problems = ProblemCollector()
    func assets(_ key: String, depreciated: Bool) throws -> [Needs.Asset] {
      guard let list = map.optional(key) else { return [] }
      return try list.sequence(
        atMost: InputLimits.instrumentsPerScenario,
        of: LocalizedText(fr: "immobilisations", en: "assets")
      ).compactMap { item in try problems.attempt { try asset(item) } }
      func asset(_ item: YAMLNode) throws -> Needs.Asset {
        let entry = try item.mapping()
        try entry.rejectUnknownKeys(
          allowed: depreciated
            ? ["label", "amount", "month", "years", "vat"] : ["label", "amount", "month"])
        func depreciation(_ node: YAMLNode) throws -> Int {
          try node.value(
            allowed: LocalizedText(
              fr: "un nombre entier d’années d’amortissement de 1 à 50",
              en: "a whole number of depreciation years from 1 to 50")
          ) { Int($0).flatMap { (1...50).contains($0) ? $0 : nil } }
        }
        let years: Int
        if !depreciated {
          years = 0
        } else if let node = entry.optional("years") {
          years = try depreciation(node)
        } else if key == "start-up-costs" {
          years = 1
        } else {
          years = try depreciation(entry.required("years"))
        }
        var asset = Needs.Asset(
          label: try fields.text(entry.required("label")),
          amount: try fields.money(entry.required("amount")),
          month: try entry.optional("month").map(fields.month) ?? 0, years: years,
          location: item.location)
        asset.vat = depreciated ? try entry.optional("vat").map { try fields.rate($0) } : .zero
        return asset
      }
    }
    var working = WorkingCapitalTerms(vat: Rate(units: 200_000_000_000))
    if let node = map.optional("working-capital") {
      let terms = try node.mapping()
      if let opening = terms.optional("opening") {
        throw opening.error(
          .unknownField,
          LocalizedText(
            fr: "« working-capital.opening » a laissé place au bilan d’ouverture.",
            en: "“working-capital.opening” has made way for the opening balance sheet."),
          hint: LocalizedText(
            fr:
              "donnez « opening-balance: » avec stock, receivables et payables (docs/financing-plan.md).",
            en:
              "give “opening-balance:” with stock, receivables and payables (docs/financing-plan.md)."
          ))
      }
      try terms.rejectUnknownKeys(allowed: [
        "receivable-days", "payable-days", "stock-days", "vat",
      ])
      func days(_ key: String) throws -> Int {
        try problems.value(or: 0) {
          try terms.optional(key).map { try fields.integer($0, in: 0...365) } ?? 0
        }
      }
      working.receivableDays = try days("receivable-days")
      working.payableDays = try days("payable-days")
      working.stockDays = try days("stock-days")
      working.vat = try problems.value(or: working.vat) {
        try terms.optional("vat").map { try fields.rate($0) } ?? working.vat
      }
    }
    let needs = Needs(
      investments: try assets("investments", depreciated: true),
      startupCosts: try assets("start-up-costs", depreciated: true),
      deposits: try assets("deposits", depreciated: false), workingCapital: working,
      cashBuffer: try problems.value(or: .zero) {
        try map.optional("cash-buffer").map { try fields.money($0) } ?? .zero
      })
    try problems.finish()
    return needs
  }

  private static func readOperations(_ node: YAMLNode, _ fields: ScenarioFields) throws
    -> Operations
  {
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: [
      "revenue", "purchases", "external-charges", "taxes", "payroll", "other-income",
      "operating-grants", "corporate-tax", "seasonality", "activity-start",
    ])
    // Each field on its own: one run reports every mistake of the block.
    var problems = ProblemCollector()
    let zero = Array(repeating: Money.zero, count: fields.horizon)
    func series(_ key: String) throws -> [Money] {
      try problems.value(or: zero) { try map.optional(key).map { try fields.series($0) } ?? zero }
    }
    var grossPay = zero
    var employerCharges = Rate.zero
    var headcount = Array(repeating: 0, count: fields.horizon)
    if let payrollNode = map.optional("payroll") {
      let payroll = try payrollNode.mapping()
      try payroll.rejectUnknownKeys(allowed: ["gross", "employer-charges", "headcount"])
      grossPay = try problems.value(or: zero) { try fields.series(payroll.required("gross")) }
      employerCharges = try problems.value(or: .zero) {
        try payroll.optional("employer-charges").map { try fields.rate($0) } ?? .zero
      }
      headcount = try problems.value(or: headcount) {
        try payroll.optional("headcount").map { try fields.integerSeries($0, in: 0...100_000) }
          ?? headcount
      }
    }
    var tax = CorporateTax()
    if let taxNode = map.optional("corporate-tax") {
      let taxMap = try taxNode.mapping()
      try taxMap.rejectUnknownKeys(allowed: [
        "rate", "reduced-rate", "reduced-ceiling", "revenue-limit", "reduced-rate-eligible",
      ])
      if let eligible = taxMap.optional("reduced-rate-eligible") {
        tax.reducedRateEligible = Located(try fields.bool(eligible), at: eligible.location)
      }
      tax.revenueLimit =
        try taxMap.optional("revenue-limit").map { try fields.money($0) } ?? tax.revenueLimit
      tax.rate = try taxMap.optional("rate").map { try fields.rate($0) } ?? tax.rate
      tax.reducedRate =
        try taxMap.optional("reduced-rate").map { try fields.rate($0) } ?? tax.reducedRate
      tax.reducedCeiling =
        try taxMap.optional("reduced-ceiling").map { try fields.money($0) } ?? tax.reducedCeiling
    }
    var operations = Operations(
      revenue: try problems.value(or: zero) { try fields.series(map.required("revenue")) },
      purchasesRate: try problems.value(or: .zero) {
        try map.optional("purchases").map { try fields.rate($0) } ?? .zero
      },
      externalCharges: try series("external-charges"), taxes: try series("taxes"),
      grossPay: grossPay, employerCharges: employerCharges, headcount: headcount,
      otherIncome: try series("other-income"), operatingGrants: try series("operating-grants"),
      corporateTax: tax)
    // The calendar checks below read the revenue: only once the fields above are right.
    try problems.finish()
    if let node = map.optional("seasonality") {
      let items = try node.sequence()
      let weights = try items.map { try fields.rate($0) }
      let total = weights.reduce(Rate.zero, +)
      guard weights.count == 12,
        (total.units - Rate.scale).magnitude <= 1_000_000_000
      else {
        throw node.error(
          .invalidValue,
          LocalizedText(
            fr: "\(weights.count) mois totalisant \(total.percentText(.fr)).",
            en: "\(weights.count) months adding up to \(total.percentText(.en))."),
          hint: LocalizedText(
            fr: "12 pourcentages, de janvier à décembre, qui font 100 %.",
            en: "12 percentages, January to December, adding up to 100%."))
      }
      operations.seasonality = weights
    }
    if let node = map.optional("activity-start") {
      let start = try fields.month(node)
      operations.activityStart = start
      // A year wholly before the activity starts has no sales.
      for year in 0..<fields.horizon
      where 12 * (year + 1) <= start && operations.revenue[year] > .zero {
        throw try map.required("revenue").error(
          .invalidValue,
          LocalizedText(
            fr:
              "l’année \(year + 1) a \(MoneyFormat.text(operations.revenue[year], .fr)) de chiffre d’affaires, mais l’activité ne commence qu’en \(ScenarioFields.monthText(fields.start.adding(months: start))).",
            en:
              "year \(year + 1) has \(MoneyFormat.text(operations.revenue[year], .en)) of revenue, but the activity only starts in \(ScenarioFields.monthText(fields.start.adding(months: start)))."
          ),
          hint: LocalizedText(
            fr: "0 pour les années avant « activity-start », ou un « activity-start » plus tôt.",
            en: "0 for the years before “activity-start”, or an earlier “activity-start”."))
      }
    }
    return operations
  }

  private static func readRules(_ node: YAMLNode?, _ fields: ScenarioFields) throws
    -> CooperativeSettings
  {
    var settings = CooperativeSettings()
    guard let node else { return settings }
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: [
      "part-travail", "dividends", "reserves", "capital-floor", "conversion", "colleges",
      "opening-legal-reserve", "opening-capital",
      "opening-other-reserves", "investment-provision",
    ])
    func located(_ key: String) throws -> Located<Rate>? {
      try map.optional(key).map { Located(try fields.rate($0), at: $0.location) }
    }
    settings.partTravail = try located("part-travail") ?? settings.partTravail
    settings.dividends = try located("dividends") ?? settings.dividends
    settings.reserves = try located("reserves") ?? settings.reserves
    settings.capitalFloor = try located("capital-floor") ?? settings.capitalFloor
    if let conversion = map.optional("conversion") {
      settings.conversion = Located(
        try conversion.value(
          allowed: LocalizedText(fr: "une date AAAA-MM-JJ", en: "a date YYYY-MM-DD"),
          CalendarDate.parse), at: conversion.location)
    }
    if let colleges = map.optional("colleges") {
      settings.colleges = try colleges.sequence().map { item in
        let entry = try item.mapping()
        try entry.rejectUnknownKeys(allowed: ["name", "votes"])
        return Located(
          (try fields.text(entry.required("name")), try fields.rate(entry.required("votes"))),
          at: item.location)
      }
    }
    if let provision = map.optional("investment-provision") {
      settings.investmentProvision = Located(try fields.bool(provision), at: provision.location)
    }
    settings.openingLegalReserve =
      try map.optional("opening-legal-reserve").map { try fields.money($0) } ?? .zero
    settings.openingCapital =
      try map.optional("opening-capital").map { try fields.money($0) } ?? .zero
    settings.openingOtherReserves =
      try map.optional("opening-other-reserves").map { try fields.money($0) } ?? .zero
    return settings
  }

  private static func readThresholds(_ node: YAMLNode?, _ fields: ScenarioFields) throws
    -> Thresholds
  {
    var thresholds = Thresholds()
    guard let node else { return thresholds }
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: [
      "autonomy", "gearing", "debt-to-caf", "dscr", "own-funds-to-needs",
    ])
    func multiple(_ key: String) throws -> Double? {
      try map.optional(key).map { node in
        try node.value(
          allowed: LocalizedText(
            fr: "un nombre de 0 à 100, ex. 1.2", en: "a number from 0 to 100, e.g. 1.2")
        ) { text in
          Double(text.replacingOccurrences(of: ",", with: ".")).flatMap {
            (0...100).contains($0) ? $0 : nil
          }
        }
      }
    }
    thresholds.autonomy =
      try map.optional("autonomy").map { try fields.rate($0) } ?? thresholds.autonomy
    thresholds.ownFundsToNeeds =
      try map.optional("own-funds-to-needs").map { try fields.rate($0) }
      ?? thresholds.ownFundsToNeeds
    thresholds.gearing = try multiple("gearing") ?? thresholds.gearing
    thresholds.debtToCAF = try multiple("debt-to-caf") ?? thresholds.debtToCAF
    thresholds.dscr = try multiple("dscr") ?? thresholds.dscr
    return thresholds
  }

  private static func readParameters(
    _ node: YAMLNode, _ fields: ScenarioFields, into parameters: inout Parameters
  ) throws {
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: ["tmo", "guarantors"])
    if let tmo = map.optional("tmo") {
      let entries = try tmo.mapping()
      for key in entries.keyNames {
        guard let value = entries.optional(key) else { continue }
        _ = try TMOSeries.halfYear(key, value)
        parameters.tmo[key] = try fields.rate(value)
      }
    }
    if let guarantors = map.optional("guarantors") {
      let entries = try guarantors.mapping()
      for key in entries.keyNames {
        guard let value = entries.optional(key) else { continue }
        let terms = try value.mapping()
        try terms.rejectUnknownKeys(allowed: ["quota", "cap"])
        parameters.guarantors[key] = (
          try fields.rate(terms.required("quota")),
          try terms.optional("cap").map { try fields.money($0) }
        )
      }
    }
  }
}
