import EssorCore

/// Reads `opening-balance:` and `vat:`.
extension ScenarioReader {
  /// What `opening-balance:` gives, and the cash, capital and reserves it may give instead
  /// of `opening-cash` and `rules.opening-…`.
  struct OpeningFields {
    var balance = OpeningBalance()
    var cash: Located<Money>?
    var capital: Located<Money>?
    var legalReserve: Located<Money>?
    var otherReserves: Located<Money>?
  }

  static func readOpeningBalance(_ node: YAMLNode?, _ fields: ScenarioFields) throws
    -> OpeningFields
  {
    var result = OpeningFields()
    guard let node else { return result }
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: [
      "fixed-assets", "deposits", "stock", "receivables", "payables", "tax-and-social-debts",
      "last-year-tax", "grants-not-released", "cash", "capital", "legal-reserve",
      "other-reserves",
    ])
    result.balance.location = node.location
    // Each amount and asset on its own: one run reports every mistake of the block.
    var problems = ProblemCollector()
    func money(_ key: String) throws -> Money {
      try problems.value(or: .zero) { try map.optional(key).map { try fields.money($0) } ?? .zero }
    }
    func located(_ key: String) throws -> Located<Money>? {
      try problems.value(or: nil) {
        try map.optional(key).map { Located(try fields.money($0), at: $0.location) }
      }
    }
    if let list = map.optional("fixed-assets") {
      result.balance.fixedAssets = try list.sequence(
        atMost: InputLimits.instrumentsPerScenario,
        of: LocalizedText(fr: "immobilisations", en: "assets")
      ).compactMap { item in
        try problems.attempt {
          let entry = try item.mapping()
          try entry.rejectUnknownKeys(allowed: ["label", "net", "years-left"])
          return OpeningBalance.FixedAsset(
            label: try fields.text(entry.required("label")),
            net: try fields.money(entry.required("net")),
            yearsLeft: try yearsLeft(entry.required("years-left")), location: item.location)
        }
      }
    }
    result.balance.deposits = try money("deposits")
    result.balance.stock = try money("stock")
    result.balance.receivables = try money("receivables")
    result.balance.payables = try money("payables")
    result.balance.taxAndSocialDebts = try money("tax-and-social-debts")
    result.balance.lastYearTax = try money("last-year-tax")
    if let grants = map.optional("grants-not-released") {
      try problems.attempt {
        let entry = try grants.mapping()
        try entry.rejectUnknownKeys(allowed: ["amount", "years-left"])
        result.balance.grantsNotReleased = try fields.money(entry.required("amount"))
        result.balance.grantsYearsLeft = try yearsLeft(entry.required("years-left"))
      }
    }
    result.cash = try located("cash")
    result.capital = try located("capital")
    result.legalReserve = try located("legal-reserve")
    result.otherReserves = try located("other-reserves")
    try problems.finish()
    return result
  }

  private static func yearsLeft(_ node: YAMLNode) throws -> Int {
    try node.value(
      allowed: LocalizedText(
        fr: "un nombre entier d’années restantes de 1 à 50",
        en: "a whole number of years left from 1 to 50")
    ) { Int($0).flatMap { (1...50).contains($0) ? $0 : nil } }
  }

  /// A value given both in `opening-balance:` and at its older place is refused.
  static func once(_ value: Located<Money>?, _ other: YAMLNode?, _ key: String) throws -> Money? {
    guard let value else { return nil }
    if let other {
      throw other.error(
        .invalidValue,
        LocalizedText(
          fr: "« \(key) » est déjà donné dans « opening-balance ».",
          en: "“\(key)” is already given in “opening-balance”."),
        hint: LocalizedText(fr: "gardez-en un.", en: "keep one."))
    }
    return value.value
  }

  static func readVAT(_ node: YAMLNode?, _ fields: ScenarioFields, default rate: Rate) throws
    -> VATTerms
  {
    var terms = VATTerms(rate: rate)
    guard let node else { return terms }
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: [
      "sales", "purchases", "external-charges", "investments", "returns", "refund-delay",
    ])
    // Each term on its own: one run reports every mistake of the block.
    var problems = ProblemCollector()
    func read(_ key: String, _ current: Rate) throws -> Rate {
      try problems.value(or: current) {
        try map.optional(key).map { try fields.rate($0) } ?? current
      }
    }
    terms.sales = try read("sales", terms.sales)
    terms.purchases = try read("purchases", terms.purchases)
    terms.externalCharges = try read("external-charges", terms.externalCharges)
    terms.investments = try read("investments", terms.investments)
    terms.returns = try problems.value(or: terms.returns) {
      try map.optional("returns")?.choice(VATTerms.Returns.self) ?? terms.returns
    }
    terms.refundDelay = try problems.value(or: terms.refundDelay) {
      try map.optional("refund-delay").map { try fields.integer($0, in: 0...24) }
        ?? terms.refundDelay
    }
    try problems.finish()
    return terms
  }
}
