import EssorCore

/// Reads a `loans.yaml` file: `schema: 1` and a list of loans with the command line's fields.
///
/// ```yaml
/// schema: 1
/// loans:
///   - label: Prêt bancaire équipement
///     amount: 120000
///     rate: 4.2%
///     years: 7
///     grace-months: 6
/// ```
public enum LoanFile {
  /// The `schema:` versions read.
  public static let supportedSchemas = 1...1

  /// The loans of the file at `path`, checked; the first problem is an error at its line.
  public static func load(path: String, defaultStart: CalendarDate, language: Language = .fr)
    throws -> [LoanTerms]
  {
    let root = try YAMLDocument.load(path: path).mapping()
    try YAMLDocument.checkSchema(root, supported: supportedSchemas)
    try root.rejectUnknownKeys(allowed: ["schema", "loans"])
    let items = try root.required("loans").sequence(
      atMost: InputLimits.loansPerFile, of: LocalizedText(fr: "prêts", en: "loans"))
    guard !items.isEmpty else {
      throw EssorError(
        .missingField, at: root.node.location,
        LocalizedText(fr: "la liste « loans » est vide.", en: "the “loans” list is empty."))
    }
    // Each loan on its own: a file with several mistakes gets them all in one run.
    var problems = ProblemCollector()
    let terms = try items.enumerated().compactMap { index, item in
      try problems.attempt {
        let fields = try item.mapping()
        try fields.rejectUnknownKeys(allowed: LoanInput.fields)
        var values: [String: LoanInput.Value] = [:]
        for key in fields.keyNames {
          guard let node = fields.optional(key) else { continue }
          values[key] = LoanInput.Value(try node.text(), at: node.location)
        }
        var input = LoanInput(
          values: values, location: item.location, invalidCode: .invalidValue,
          defaultLabel: (language == .fr ? "Prêt " : "Loan ") + "\(index + 1)",
          defaultStart: defaultStart, language: language)
        input.keyPath = item.keyPath
        return try input.terms()
      }
    }
    try problems.finish()
    return terms
  }
}
