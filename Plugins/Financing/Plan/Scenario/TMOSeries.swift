import EssorCore

/// The half-yearly TMO behind the cap on interest paid on shares: a dated data file,
/// `templates/parameters/tmo.yaml`, that can be updated without code (a workspace's
/// `templates/parameters/tmo.yaml` or one in `ESSOR_TEMPLATES` comes first).
public struct TMOSeries: Sendable {
  /// Half-yearly TMO rates, keyed `2023-S2`.
  public var values: [String: Rate]
  /// When the series was last brought up to date.
  public var asOf: CalendarDate?
  /// Where it was read from.
  public var path: String

  public init(values: [String: Rate], asOf: CalendarDate?, path: String) {
    self.values = values
    self.asOf = asOf
    self.path = path
  }

  /// The series compiled into the binary.
  public static let builtIn: TMOSeries = {
    guard let entry = TemplateLibrary.builtIn("parameters").first(where: { $0.id == "tmo" }),
      let series = try? read(entry.load(), path: entry.path)
    else { return TMOSeries(values: [:], asOf: nil, path: "built-in") }
    return series
  }()

  /// The series of a template library: the first `parameters/tmo.yaml` found.
  public static func load(_ library: TemplateLibrary) throws -> TMOSeries {
    guard let entry = library.entries("parameters").first(where: { $0.id == "tmo" }) else {
      return builtIn
    }
    if entry.origin == .builtIn { return builtIn }
    return try read(entry.load(), path: entry.path)
  }

  /// Reads `as-of:` (a date) and `series:` (`YYYY-S1: 3.14%` entries).
  public static func read(_ root: YAMLNode, path: String) throws -> TMOSeries {
    let map = try root.mapping()
    try map.rejectUnknownKeys(allowed: ["as-of", "source", "series"])
    let asOf = try map.optional("as-of").map {
      try $0.value(
        allowed: LocalizedText(fr: "une date AAAA-MM-JJ", en: "a date YYYY-MM-DD"),
        CalendarDate.parse)
    }
    var values: [String: Rate] = [:]
    let series = try map.required("series").mapping()
    for key in series.keyNames {
      guard let node = series.optional(key) else { continue }
      values[try halfYear(key, node)] = try node.value(
        allowed: LocalizedText(fr: "un pourcentage, ex. 3.14%", en: "a percentage, e.g. 3.14%"),
        Rate.parse)
    }
    return TMOSeries(values: values, asOf: asOf, path: path)
  }

  /// Checks a key is a half-year, `YYYY-S1` or `YYYY-S2`.
  static func halfYear(_ key: String, _ node: YAMLNode) throws -> String {
    let parts = key.split(separator: "-")
    guard parts.count == 2, let year = Int(parts[0]), (1990...2100).contains(year),
      parts[1] == "S1" || parts[1] == "S2"
    else {
      throw node.error(
        .invalidValue,
        LocalizedText(fr: "« \(key) » n’est pas un semestre.", en: "“\(key)” is not a half-year."),
        hint: LocalizedText(
          fr: "attendu : AAAA-S1 ou AAAA-S2.", en: "expected: YYYY-S1 or YYYY-S2."))
    }
    return key
  }
}
