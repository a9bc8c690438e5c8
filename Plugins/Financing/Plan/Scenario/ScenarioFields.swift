import EssorCore

/// Typed readers for the scenario's fields: each refuses a bad value at its line, naming the
/// field and what is allowed.
struct ScenarioFields {
  /// The plan's start and length, needed to read months and yearly series.
  let start: CalendarDate
  let horizon: Int

  func money(_ node: YAMLNode, allowNegative: Bool = false) throws -> Money {
    let value = try node.value(
      allowed: LocalizedText(
        fr: allowNegative
          ? "un montant en euros, ex. 120000 ou 1 366,88"
          : "un montant positif ou nul en euros, ex. 120000 ou 1 366,88",
        en: allowNegative
          ? "an amount in euros, e.g. 120000 or 1366.88"
          : "an amount in euros, zero or more, e.g. 120000 or 1366.88"), Money.parse)
    guard allowNegative || value >= .zero else {
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "un montant négatif n’a pas de sens ici (\(value.plainText)).",
          en: "a negative amount makes no sense here (\(value.plainText))."),
        hint: LocalizedText(fr: "attendu : 0 ou plus.", en: "expected: 0 or more."))
    }
    return value
  }

  /// A percentage between 0 and 100 % (`45%` or `0.45`).
  func rate(_ node: YAMLNode, max: Rate = .one) throws -> Rate {
    let value = try node.value(
      allowed: LocalizedText(
        fr: "un pourcentage, ex. 45% ou 0.45", en: "a percentage, e.g. 45% or 0.45"),
      Rate.parse)
    if !(try node.text()).contains("%"), value >= .one {
      let text = try node.text()
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "« \(text) » sans % est ambigu : \(text) % ou \(text) × 100 % ?",
          en: "“\(text)” without % is ambiguous: \(text)% or \(text) × 100%?"),
        hint: LocalizedText(
          fr: "écrivez « \(text)% » (ou 100% pour le tout).",
          en: "write “\(text)%” (or 100% for all of it)."))
    }
    guard value >= .zero, value <= max else {
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "\(value.percentText(.fr)) est hors de 0 % à \(max.percentText(.fr)).",
          en: "\(value.percentText(.en)) is outside 0% to \(max.percentText(.en))."),
        hint: LocalizedText(
          fr:
            "attendu : un pourcentage de 0 % à \(max.percentText(.fr)) ; pour 4 %, écrivez 4% ou 0.04.",
          en:
            "expected: a percentage from 0% to \(max.percentText(.en)); for 4 percent, write 4% or 0.04."
        ))
    }
    return value
  }

  func integer(_ node: YAMLNode, in range: ClosedRange<Int>) throws -> Int {
    try node.integer(in: range)
  }

  func bool(_ node: YAMLNode) throws -> Bool {
    try node.value(allowed: LocalizedText(fr: "true ou false", en: "true or false")) {
      ["true": true, "yes": true, "false": false, "no": false][$0.lowercased()]
    }
  }

  func text(_ node: YAMLNode) throws -> String {
    try node.value(
      allowed: LocalizedText(
        fr:
          "un texte d’une ligne, sans caractères de contrôle, de \(InputLimits.labelLength) caractères au plus",
        en:
          "one line of text, without control characters, at most \(InputLimits.labelLength) characters"
      )
    ) { text in
      text.isOneLineLabel && text.count <= InputLimits.labelLength ? text : nil
    }
  }

  /// A month of the plan (`2027-03`), as an index from the plan's start.
  func month(_ node: YAMLNode) throws -> Int {
    let date = try node.value(
      allowed: LocalizedText(fr: "un mois AAAA-MM", en: "a month YYYY-MM"), CalendarDate.parse)
    let index = (date.year - start.year) * 12 + (date.month - start.month)
    let last = start.adding(months: horizon * 12 - 1)
    guard (0..<horizon * 12).contains(index) else {
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr:
            "\(date.description.prefix(7)) est hors du plan (\(Self.monthText(start)) à \(Self.monthText(last))).",
          en:
            "\(date.description.prefix(7)) is outside the plan (\(Self.monthText(start)) to \(Self.monthText(last)))."
        ),
        hint: LocalizedText(
          fr: "choisissez un mois du plan, ou changez start / horizon.",
          en: "choose a month of the plan, or change start / horizon."))
    }
    return index
  }

  static func monthText(_ date: CalendarDate) -> String { String(date.description.prefix(7)) }

  /// One amount per plan year: a single value (every year), a list of `horizon` values, or
  /// `{first: X, growth: 3%}`.
  func series(_ node: YAMLNode, allowNegative: Bool = false) throws -> [Money] {
    switch node.content {
    case .scalar:
      return Array(repeating: try money(node, allowNegative: allowNegative), count: horizon)
    case .sequence:
      let items = try yearly(node)
      return try items.map { try money($0, allowNegative: allowNegative) }
    case .mapping:
      let fields = try node.mapping()
      try fields.rejectUnknownKeys(allowed: ["first", "growth"])
      let first = try money(fields.required("first"), allowNegative: allowNegative)
      let growthNode = try fields.required("growth")
      let growth = try growthNode.value(
        allowed: LocalizedText(
          fr: "un pourcentage, ex. 3% ou -5%", en: "a percentage, e.g. 3% or -5%"),
        Rate.parse)
      guard growth > Rate(units: -Rate.scale), growth <= Rate(units: 10 * Rate.scale) else {
        throw growthNode.error(
          .invalidValue,
          LocalizedText(
            fr: "croissance hors de −100 % à 1000 %.", en: "growth outside −100% to 1000%."))
      }
      var values = [first]
      for _ in 1..<max(1, horizon) {
        let next = values[values.count - 1].applying(.one + growth)
        guard next.cents.magnitude <= Money.limit.cents.magnitude else {
          throw growthNode.error(
            .invalidValue,
            LocalizedText(
              fr:
                "avec cette croissance, l’année \(values.count + 1) dépasse 1 000 milliards d’euros.",
              en:
                "with this growth, year \(values.count + 1) goes beyond one thousand billion euros."
            ),
            hint: LocalizedText(
              fr: "une croissance plus réaliste, ou une valeur par année.",
              en: "a more realistic growth, or one value per year."))
        }
        values.append(next)
      }
      return values
    case .null:
      return Array(repeating: .zero, count: horizon)
    }
  }

  /// Whole numbers per year (headcount): one value or a list of `horizon` values.
  func integerSeries(_ node: YAMLNode, in range: ClosedRange<Int>) throws -> [Int] {
    if case .sequence = node.content {
      let items = try yearly(node)
      return try items.map { try $0.integer(in: range) }
    }
    return Array(repeating: try node.integer(in: range), count: horizon)
  }

  /// The items of a list that must hold one value per plan year.
  private func yearly(_ node: YAMLNode) throws -> [YAMLNode] {
    let items = try node.sequence()
    guard items.count == horizon else {
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "\(items.count) valeur(s) pour un plan de \(horizon) ans.",
          en: "\(items.count) value(s) for a \(horizon)-year plan."),
        hint: LocalizedText(
          fr: "une valeur par année (\(horizon)), ou une seule valeur pour toutes.",
          en: "one value per year (\(horizon)), or a single value for all."))
    }
    return items
  }
}
