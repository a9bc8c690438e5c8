import EssorCore

/// Reads one item of `resources:`, checking the legal limits of its instrument (crowdlending
/// per lender, titres participatifs' term, guarantee cover…).
struct InstrumentReader {
  let fields: ScenarioFields
  /// The scenario's investments, which an investment grant may fund (`funds:`).
  var investments: [Needs.Asset] = []

  /// The fields each kind accepts besides `kind`.
  static func allowedKeys(_ kind: Instrument.Kind) -> [String] {
    // Loans take the loan engine's `start`, or `month` like every other resource.
    let loan = LoanInput.fields + ["provider", "month"]
    switch kind {
    case .bankLoan: return loan + ["guarantee", "security", "bridge", "existing"]
    case .participatoryLoan: return loan + ["existing"]
    case .crowdlending: return loan + ["lenders"]
    case .titresParticipatifs, .convertibleBonds:
      return ["label", "amount", "month", "years", "rate", "provider"]
    case .workerShares:
      return [
        "label", "amount", "month", "members", "yearly-contribution", "participation-to-shares",
        "redemptions",
      ]
    case .outsideShares:
      return [
        "label", "amount", "month", "members", "votes", "public-body", "category", "redemptions",
        "provider", "existing", "role",
      ]
    case .honourLoan: return ["label", "amount", "month", "years", "provider"]
    case .investmentGrant:
      return ["label", "amount", "month", "years", "funds", "regional", "provider"]
    case .currentAccount: return ["label", "amount", "month", "blocked", "repaid-year"]
    }
  }

  func read(_ item: YAMLNode) throws -> Instrument {
    let map = try item.mapping()
    let kindNode = try map.required("kind")
    let kind = try kindNode.choice(Instrument.Kind.self)
    try map.rejectUnknownKeys(allowed: ["kind", "adjustable"] + Self.allowedKeys(kind))
    let label = try map.optional("label").map(fields.text) ?? defaultLabel(kind)
    var instrument: Instrument
    if [.bankLoan, .participatoryLoan, .crowdlending].contains(kind) {
      var values: [String: LoanInput.Value] = [:]
      for key in map.keyNames where LoanInput.fields.contains(key) {
        guard let node = map.optional(key) else { continue }
        values[key] = LoanInput.Value(try node.text(), at: node.location)
      }
      values["label"] = LoanInput.Value(label, at: item.location)
      if let month = map.optional("month") {
        guard map.optional("start") == nil else {
          throw month.error(
            .invalidValue,
            LocalizedText(fr: "« month » et « start » à la fois.", en: "both “month” and “start”."),
            hint: LocalizedText(fr: "gardez-en un.", en: "keep one."))
        }
        values["start"] = LoanInput.Value(try month.text(), at: month.location)
      }
      var input = LoanInput(
        values: values, location: item.location, invalidCode: .invalidValue,
        defaultLabel: label, defaultStart: fields.start)
      input.keyPath = item.keyPath
      let terms = try input.terms()
      let month =
        (terms.start.year - fields.start.year) * 12 + terms.start.month - fields.start.month
      if let node = map.optional("start") ?? map.optional("month") {
        _ = try fields.month(node)
      }
      instrument = Instrument(
        kind: kind, label: label, amount: terms.amount, month: month, location: item.location)
      instrument.loan = terms
    } else {
      let amountNode = kind == .workerShares ? map.optional("amount") : try map.required("amount")
      instrument = Instrument(
        kind: kind, label: label,
        amount: try amountNode.map { try fields.money($0) } ?? .zero,
        month: try map.optional("month").map(fields.month) ?? 0, location: item.location)
    }
    instrument.provider = try map.optional("provider").map(fields.text)
    if instrument.loan != nil {
      // A loan already running: its outstanding balance on the eve of the plan, repaid over
      // the years it has left (no cash comes in, no fees).
      instrument.existing = try map.optional("existing").map(fields.bool) ?? false
    }
    switch kind {
    case .bankLoan:
      if let node = map.optional("guarantee") {
        let guarantee = try guarantee(node)
        // Its fee joins the loan's fees once every guarantee is read (the guarantor's cap
        // holds per company: Guarantee.applyCaps).
        instrument.guarantee = guarantee
      }
      instrument.security = try map.optional("security").map(security)
      instrument.bridge = try map.optional("bridge").map(fields.bool) ?? false
      if instrument.bridge, let terms = instrument.loan,
        terms.periods > 2 * terms.periodicity.periodsPerYear
      {
        throw try map.required("bridge").error(
          .invalidValue,
          LocalizedText(
            fr: "un prêt relais dure 2 ans au plus (ici \(terms.periods) échéances).",
            en: "a bridge loan lasts 2 years at most (here \(terms.periods) instalments)."),
          hint: LocalizedText(
            fr: "raccourcissez-le, ou retirez « bridge » : c’est alors un prêt à moyen terme.",
            en: "shorten it, or remove “bridge”: it is then a medium-term loan."))
      }
    case .crowdlending:
      instrument.lenders = try map.required("lenders").integer(in: 1...1_000_000)
      try checkCrowdlending(instrument, map: map, item: item)
    case .titresParticipatifs, .convertibleBonds:
      instrument.rate = try map.optional("rate").map { try fields.rate($0) } ?? .zero
      let yearsNode = try map.required("years")
      instrument.years = try yearsNode.integer(in: 1...99)
      try checkSecurities(instrument, yearsNode: yearsNode, map: map)
    case .workerShares:
      instrument.members =
        try map.optional("members").map { try $0.integer(in: 1...1_000_000) } ?? 1
      instrument.yearlyContribution =
        try map.optional("yearly-contribution").map { try fields.rate($0) } ?? .zero
      instrument.participationToShares =
        try map.optional("participation-to-shares").map { try fields.rate($0) } ?? .zero
      instrument.redemptions =
        try map.optional("redemptions").map { try fields.series($0) } ?? zeros
    case .outsideShares:
      instrument.members =
        try map.optional("members").map { try $0.integer(in: 1...1_000_000) } ?? 1
      instrument.votes = try map.optional("votes").map {
        Located(try fields.rate($0), at: $0.location)
      }
      instrument.publicBody = try map.optional("public-body").map(fields.bool) ?? false
      instrument.existing = try map.optional("existing").map(fields.bool) ?? false
      instrument.role = try map.optional("role")?.choice(MemberRole.self)
      if instrument.publicBody && instrument.role == nil { instrument.role = .publicBody }
      instrument.memberCategory = try map.optional("category").map(fields.text)
      instrument.redemptions =
        try map.optional("redemptions").map { try fields.series($0) } ?? zeros
    case .honourLoan:
      instrument.years = try map.optional("years").map { try $0.integer(in: 1...10) } ?? 5
    case .investmentGrant:
      instrument.years = try map.optional("years").map { try $0.integer(in: 1...50) } ?? 5
      if let node = map.optional("funds") {
        if let years = map.optional("years") {
          throw years.error(
            .invalidValue,
            LocalizedText(
              fr: "« years » et « funds » ne vont pas ensemble.",
              en: "“years” and “funds” do not go together."),
            hint: LocalizedText(
              fr:
                "une subvention liée à un investissement suit son amortissement : retirez « years ».",
              en: "a grant tied to an investment follows its depreciation: remove “years”."))
        }
        let index = try funded(node)
        instrument.funds = index
        instrument.years = investments[index].years
      }
      instrument.capByOwnFunds = try map.optional("regional").map(fields.bool) ?? false
    case .currentAccount:
      instrument.blocked = try map.optional("blocked").map(fields.bool) ?? false
      instrument.repaidInYear = try map.optional("repaid-year").map {
        try $0.integer(in: 1...fields.horizon)
      }
    case .participatoryLoan:
      break
    }
    if instrument.redemptions.isEmpty { instrument.redemptions = zeros }
    if let node = map.optional("adjustable") {
      guard !instrument.existing else {
        throw node.error(
          .invalidValue,
          LocalizedText(
            fr: "une ressource déjà en place ne s’ajuste pas.",
            en: "a resource already in place cannot be adjusted."))
      }
      instrument.adjustable = try Adjustable.read(node, kind: kind, fields: fields)
    }
    return instrument
  }

  private var zeros: [Money] { Array(repeating: .zero, count: fields.horizon) }

  private func defaultLabel(_ kind: Instrument.Kind) -> String { kind.rawValue }

  private func guarantee(_ node: YAMLNode) throws -> Guarantee {
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: ["guarantor", "quota", "cap", "fee"])
    let guarantor = try fields.text(map.required("guarantor"))
    let quotaNode = try map.required("quota")
    let quota = try fields.rate(quotaNode)
    guard quota > .zero else {
      throw quotaNode.error(
        .invalidValue,
        LocalizedText(
          fr: "une garantie à 0 % ne couvre rien.", en: "a 0% guarantee covers nothing."),
        hint: LocalizedText(
          fr: "la quotité garantie, ex. 50%, ou retirez « guarantee ».",
          en: "the share guaranteed, e.g. 50%, or remove “guarantee”."))
    }
    return Guarantee(
      guarantor: guarantor, quota: quota,
      cap: try map.optional("cap").map { try fields.money($0) },
      fee: try map.optional("fee").map { try fields.rate($0, max: Rate(units: 100_000_000_000)) }
        ?? Parameters.defaultGuaranteeFees[guarantor] ?? .zero,
      location: node.location)
  }

  /// `funds: "label"`: the investment (of `needs.investments`) a grant is attached to.
  private func funded(_ node: YAMLNode) throws -> Int {
    let label = try fields.text(node)
    if let index = investments.firstIndex(where: { $0.label == label }) { return index }
    let labels = investments.map(\.label)
    let closest = Suggestion.closest(to: label, among: labels)
    throw node.error(
      .invalidValue,
      LocalizedText(
        fr: "aucun investissement « \(label) » dans needs.investments.",
        en: "no investment “\(label)” in needs.investments."),
      hint: LocalizedText(
        fr: closest.map { "vouliez-vous dire « \($0) » ?" }
          ?? "le libellé exact d’un investissement : \(labels.joined(separator: " ; "))",
        en: closest.map { "did you mean “\($0)”?" }
          ?? "the exact label of an investment: \(labels.joined(separator: "; "))"))
  }

  /// `security: pledge` or `security: {kind: pledge, note: "…"}`.
  private func security(_ node: YAMLNode) throws -> Security {
    let allowed = LocalizedText(
      fr: Security.Kind.allCases.map(\.rawValue).joined(separator: ", "),
      en: Security.Kind.allCases.map(\.rawValue).joined(separator: ", "))
    if let map = try? node.mapping() {
      try map.rejectUnknownKeys(allowed: ["kind", "note"])
      return Security(
        kind: try map.required("kind").value(allowed: allowed) { Security.Kind(rawValue: $0) },
        note: try map.optional("note").map(fields.text), location: node.location)
    }
    return Security(
      kind: try node.value(allowed: allowed) { Security.Kind(rawValue: $0) },
      location: node.location)
  }

  /// A guarantee may not cover more than its guarantor's current terms allow.
  static func checkGuarantee(_ guarantee: Guarantee, parameters: Parameters) throws {
    guard let limit = parameters.guarantors[guarantee.guarantor] else { return }
    if guarantee.quota > limit.quota {
      throw EssorError(
        .ruleBreach, at: guarantee.location,
        LocalizedText(
          fr:
            "garantie \(guarantee.guarantor) : quotité \(guarantee.quota.percentText(.fr)) au-delà du maximum de \(limit.quota.percentText(.fr)).",
          en:
            "\(guarantee.guarantor) guarantee: cover \(guarantee.quota.percentText(.en)) above the maximum of \(limit.quota.percentText(.en))."
        ),
        hint: LocalizedText(
          fr:
            "baissez « quota », ou mettez à jour parameters.guarantors si les conditions ont changé.",
          en: "lower “quota”, or update parameters.guarantors if the terms have changed."))
    }
    if let cap = limit.cap, let given = guarantee.cap, given > cap {
      throw EssorError(
        .ruleBreach, at: guarantee.location,
        LocalizedText(
          fr:
            "garantie \(guarantee.guarantor) : plafond \(MoneyFormat.text(given, .fr)) au-delà de \(MoneyFormat.text(cap, .fr)).",
          en:
            "\(guarantee.guarantor) guarantee: cap \(MoneyFormat.text(given, .en)) above \(MoneyFormat.text(cap, .en))."
        ),
        hint: LocalizedText(fr: "baissez « cap ».", en: "lower “cap”."))
    }
  }

  /// Crowdlending (EU 2020/1503, French rules): ≤ 2 000 € per lender per project with
  /// interest, ≤ 7 years, ≤ 5 M€ per project owner per 12 months.
  private func checkCrowdlending(_ instrument: Instrument, map: YAMLMapping, item: YAMLNode)
    throws
  {
    guard let terms = instrument.loan else { return }
    let perLender = instrument.amount.scaled(by: 1, over: Int64(instrument.lenders))
    let location = map.optional("lenders")?.location ?? item.location
    if perLender > Money(euros: 2_000) {
      throw EssorError(
        .ruleBreach, at: location,
        LocalizedText(
          fr:
            "financement participatif en prêts : \(MoneyFormat.text(perLender, .fr)) par prêteur, au-delà de 2 000 € par projet.",
          en:
            "crowdlending: \(MoneyFormat.text(perLender, .en)) per lender, above €2,000 per project."
        ),
        hint: LocalizedText(
          fr:
            "il faut au moins \((instrument.amount.cents + 199_999) / 200_000) prêteurs pour ce montant.",
          en: "this amount needs at least \((instrument.amount.cents + 199_999) / 200_000) lenders."
        ))
    }
    if terms.periods / terms.periodicity.periodsPerYear > 7
      || (terms.periods > 7 * terms.periodicity.periodsPerYear)
    {
      throw EssorError(
        .ruleBreach, at: map.optional("years")?.location ?? item.location,
        LocalizedText(
          fr: "financement participatif en prêts : durée au-delà de 7 ans.",
          en: "crowdlending: term longer than 7 years."),
        hint: LocalizedText(fr: "7 ans au plus.", en: "7 years at most."))
    }
    if instrument.amount > Money(euros: 5_000_000) {
      throw EssorError(
        .ruleBreach, at: map.optional("amount")?.location ?? item.location,
        LocalizedText(
          fr: "financement participatif : plus de 5 M€ par porteur sur 12 mois.",
          en: "crowdfunding: more than €5M per project owner over 12 months."),
        hint: LocalizedText(fr: "5 000 000 € au plus.", en: "€5,000,000 at most."))
    }
  }

  /// Titres participatifs are repayable only after 7 years (Code de commerce L228-36);
  /// Scopinvest takes at least 25 000 €.
  private func checkSecurities(_ instrument: Instrument, yearsNode: YAMLNode, map: YAMLMapping)
    throws
  {
    if instrument.kind == .titresParticipatifs, instrument.years < 7 {
      throw EssorError(
        .ruleBreach, at: yearsNode.location,
        LocalizedText(
          fr:
            "titres participatifs remboursables après \(instrument.years) an(s) : la loi impose au moins 7 ans (L228-36).",
          en:
            "titres participatifs repaid after \(instrument.years) year(s): the law requires at least 7 (L228-36)."
        ),
        hint: LocalizedText(fr: "years: 7 ou plus.", en: "years: 7 or more."))
    }
    if instrument.provider?.lowercased() == "scopinvest", instrument.amount < Money(euros: 25_000) {
      throw EssorError(
        .ruleBreach, at: map.optional("amount")?.location,
        LocalizedText(
          fr:
            "Scopinvest n’intervient qu’à partir de 25 000 € (ici \(MoneyFormat.text(instrument.amount, .fr))).",
          en:
            "Scopinvest invests €25,000 or more (here \(MoneyFormat.text(instrument.amount, .en)))."
        ),
        hint: LocalizedText(fr: "amount: 25000 ou plus.", en: "amount: 25000 or more."))
    }
  }
}
