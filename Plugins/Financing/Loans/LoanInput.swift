import EssorCore

/// A loan as typed by a person (flags or YAML fields), before it is checked.
///
/// Both the command line and `loans.yaml` fill one of these, so both accept exactly the
/// same fields and values and report problems the same way, each at its own location.
public struct LoanInput: Sendable {
  /// The fields, named as the command-line flags are (without `--`).
  public static let fields = [
    "label", "amount", "rate", "years", "periods", "method", "periodicity", "grace-months",
    "grace-type", "fees", "insurance-rate", "start", "rate-mode",
  ]

  /// A field's text and where it was typed.
  public struct Value: Sendable {
    public var text: String
    public var location: SourceLocation
    public init(_ text: String, at location: SourceLocation) {
      self.text = text
      self.location = location
    }
  }

  /// The fields given, by name.
  public var values: [String: Value]
  /// The location of the loan as a whole (for a missing field).
  public var location: SourceLocation?
  /// The error code for a bad value: a usage error on the command line, bad data in a file.
  public var invalidCode: ErrorCode
  /// The label used when none is given.
  public var defaultLabel: String
  /// The disbursement date used when none is given.
  public var defaultStart: CalendarDate
  /// The language of the default label.
  public var language: Language
  /// Where the loan sits in its file (`resources[2]`), named before its fields in messages.
  public var keyPath: String?

  public init(
    values: [String: Value], location: SourceLocation?, invalidCode: ErrorCode,
    defaultLabel: String, defaultStart: CalendarDate, language: Language = .fr
  ) {
    self.values = values
    self.location = location
    self.invalidCode = invalidCode
    self.defaultLabel = defaultLabel
    self.defaultStart = defaultStart
    self.language = language
  }

  /// Checks every field and returns the loan's terms, or the first problem as an error.
  public func terms() throws -> LoanTerms {
    let amount = try parse(
      "amount",
      allowed: (
        "un montant en euros, ex. 100000 ou 1 366,88", "an amount in euros, e.g. 100000 or 1366.88"
      ), Money.parse)
    let rate = try parse(
      "rate", allowed: ("un taux, ex. 4% ou 0.04", "a rate, e.g. 4% or 0.04"), Rate.parse)
    guard let amount else { throw missing("amount") }
    guard let rate else { throw missing("rate") }
    let periodicity = try choice("periodicity", Periodicity.self) ?? .monthly
    let perYear = periodicity.periodsPerYear
    let years = try parse(
      "years",
      allowed: ("un nombre entier d’années de 1 à 100", "a whole number of years from 1 to 100")
    ) { text in
      Int(text).flatMap { (1...100).contains($0) ? $0 : nil }
    }
    let periods = try parse(
      "periods",
      allowed: (
        "un nombre entier d’échéances, de 1 à \(LoanTerms.maximumPeriods)",
        "a whole number of instalments, from 1 to \(LoanTerms.maximumPeriods)"
      )
    ) { text in
      Int(text).flatMap { (1...LoanTerms.maximumPeriods).contains($0) ? $0 : nil }
    }
    let count: Int
    switch (years, periods) {
    case (nil, nil): throw missing("years")
    case (let years?, nil): count = years * perYear
    case (nil, let periods?): count = periods
    case (let years?, let periods?):
      guard years * perYear == periods else {
        throw invalid(
          "periods",
          LocalizedText(
            fr: "\(periods) échéances ne font pas \(years) an(s) en \(periodicity.rawValue).",
            en: "\(periods) instalments are not \(years) year(s) \(periodicity.rawValue)."),
          allowed: LocalizedText(
            fr: "--years ou --periods, pas les deux", en: "--years or --periods, not both"))
      }
      count = periods
    }
    let graceMonths =
      try parse(
        "grace-months",
        allowed: ("un nombre entier de mois de 0 à 1200", "a whole number of months from 0 to 1200")
      ) { text in
        Int(text).flatMap { $0 >= 0 && $0 <= 12 * 100 ? $0 : nil }
      } ?? 0
    let months = periodicity.monthsPerPeriod
    guard graceMonths % months == 0 else {
      throw invalid(
        "grace-months",
        LocalizedText(
          fr: "\(graceMonths) mois ne tombent pas sur une échéance \(periodicity.rawValue).",
          en: "\(graceMonths) months do not fall on a \(periodicity.rawValue) instalment."),
        allowed: LocalizedText(
          fr: "un multiple de \(months) mois", en: "a multiple of \(months) months"))
    }
    let terms = LoanTerms(
      label: try label()
        ?? "\(defaultLabel) \(MoneyFormat.text(amount, language)) · \(rate.percentText(language))",
      amount: amount, annualRate: rate, periods: count,
      method: try choice("method", AmortizationMethod.self) ?? .annuity,
      periodicity: periodicity, gracePeriods: graceMonths / months,
      graceType: try choice("grace-type", GraceType.self) ?? .partial,
      fees: try parse("fees", allowed: ("un montant en euros", "an amount in euros"), Money.parse)
        ?? .zero,
      insuranceRate: try parse(
        "insurance-rate", allowed: ("un taux annuel, ex. 0.3%", "an annual rate, e.g. 0.3%"),
        Rate.parse) ?? .zero,
      start: try parse(
        "start",
        allowed: (
          "une date AAAA-MM ou AAAA-MM-JJ, de 1900 à 9999",
          "a date YYYY-MM or YYYY-MM-DD, from 1900 to 9999"
        ),
        CalendarDate.parse) ?? defaultStart,
      rateMode: try choice("rate-mode", RateMode.self) ?? .proportional)
    if var problem = terms.problem {
      let field = problem.field == "periods" && values["periods"] == nil ? "years" : problem.field
      // "rate: 4" means 400 %: say how to write 4 %.
      if ["rate", "insurance-rate"].contains(field), let text = values[field]?.text,
        !text.contains("%")
      {
        problem.allowed.fr += " ; pour \(text) %, écrivez « \(text)% »"
        problem.allowed.en += "; for \(text) percent, write “\(text)%”"
      }
      throw invalid(field, problem.message, allowed: problem.allowed)
    }
    return terms
  }

  /// The label, refused when empty or holding control characters (they would garble
  /// terminals and tables).
  private func label() throws -> String? {
    try parse(
      "label",
      allowed: (
        "un texte d’une ligne, sans caractères de contrôle, de \(InputLimits.labelLength) caractères au plus",
        "one line of text, without control characters, at most \(InputLimits.labelLength) characters"
      )
    ) { text in
      text.isOneLineLabel && text.count <= InputLimits.labelLength ? text : nil
    }
  }

  private func parse<T>(_ field: String, allowed: (String, String), _ parse: (String) -> T?) throws
    -> T?
  {
    guard let value = values[field] else { return nil }
    guard let parsed = parse(value.text) else {
      throw invalid(
        field,
        LocalizedText(
          fr: "« \(value.text.excerpt) » n’est pas accepté.",
          en: "“\(value.text.excerpt)” is not accepted."),
        allowed: LocalizedText(fr: allowed.0, en: allowed.1))
    }
    return parsed
  }

  private func choice<T: RawRepresentable & CaseIterable>(_ field: String, _ type: T.Type) throws
    -> T? where T.RawValue == String
  {
    let names = T.allCases.map(\.rawValue).joined(separator: ", ")
    return try parse(field, allowed: ("l’un de : \(names)", "one of: \(names)")) { T(rawValue: $0) }
  }

  private func invalid(_ field: String, _ message: LocalizedText, allowed: LocalizedText)
    -> EssorError
  {
    let location = values[field]?.location ?? location
    return EssorError(
      invalidCode, at: location,
      LocalizedText(
        fr: "\(keyPath == nil ? "" : "champ ")« \(named(field)) » : \(message.fr)",
        en: "\(keyPath == nil ? "" : "field ")“\(named(field))”: \(message.en)"),
      hint: LocalizedText(fr: "attendu : \(allowed.fr).", en: "expected: \(allowed.en)."))
  }

  /// A field as the file names it: `resources[2].rate` in a scenario, `rate` alone.
  private func named(_ field: String) -> String {
    keyPath.map { $0 + "." + field } ?? field
  }

  private func missing(_ field: String) -> EssorError {
    let alternatives = field == "years" ? "years / periods" : field
    let example =
      [
        "amount": "100000", "rate": "4%", "years": "7",
      ][field] ?? ""
    let flag = invalidCode == .invalidOption
    return EssorError(
      flag ? .missingOption : .missingField, at: location,
      LocalizedText(
        fr: "« \(alternatives) » est obligatoire.", en: "“\(alternatives)” is required."),
      hint: LocalizedText(
        fr: "ajoutez " + (flag ? "--\(field) \(example)" : "\(field): \(example)") + ".",
        en: "add " + (flag ? "--\(field) \(example)" : "\(field): \(example)") + "."))
  }
}
