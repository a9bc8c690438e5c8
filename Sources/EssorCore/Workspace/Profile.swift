/// The enterprise a workspace is about, read from `essor.yaml`.
public struct Profile: Sendable, Equatable {
  /// The `schema:` versions of `essor.yaml` this Essor reads.
  public static let supportedSchemas = 1...1

  /// The enterprise's name.
  public var name: String
  /// Its legal form.
  public var legalForm: LegalForm
  /// Its sector of activity, in the user's words.
  public var sector: String?
  /// Its region (Occitanie…).
  public var region: String?
  /// The number of employees.
  public var headcount: Int?
  /// The number of members (associés).
  public var members: Int?
  /// The language of its documents.
  public var language: Language

  /// Creates a profile.
  public init(
    name: String, legalForm: LegalForm, sector: String? = nil, region: String? = nil,
    headcount: Int? = nil, members: Int? = nil, language: Language = .fr
  ) {
    self.name = name
    self.legalForm = legalForm
    self.sector = sector
    self.region = region
    self.headcount = headcount
    self.members = members
    self.language = language
  }

  /// Reads a profile from a parsed `essor.yaml`.
  public init(yaml root: YAMLNode) throws {
    let fields = try root.mapping()
    try YAMLDocument.checkSchema(fields, supported: Self.supportedSchemas)
    try fields.rejectUnknownKeys(allowed: [
      "schema", "name", "legal-form", "sector", "region", "headcount", "members", "language",
    ])
    name = try fields.required("name").text()
    legalForm = try fields.required("legal-form").choice(LegalForm.self)
    sector = try fields.optional("sector")?.text()
    region = try fields.optional("region")?.text()
    headcount = try fields.optional("headcount")?.integer(in: 0...1_000_000)
    members = try fields.optional("members")?.integer(in: 0...10_000_000)
    language = try fields.optional("language")?.choice(Language.self) ?? .fr
  }

  /// The profile as commented YAML, the way `essor init` writes it.
  public var yamlText: String {
    var lines = [
      "# Essor workspace profile — edit freely; `essor` reads it on every command.",
      "schema: 1",
      "name: \(YAMLText.quoted(name))",
      "# scop | scop-amorcage | scic | sas-ess | association | other",
      "legal-form: \(legalForm.rawValue)",
    ]
    lines.append("sector: " + (sector.map(YAMLText.quoted) ?? "~"))
    lines.append("region: " + (region.map(YAMLText.quoted) ?? "~"))
    lines.append("headcount: " + (headcount.map(String.init) ?? "~"))
    lines.append("members: " + (members.map(String.init) ?? "~"))
    lines.append("# fr | en: the language of the documents Essor writes for this enterprise")
    lines.append("language: \(language.rawValue)")
    return lines.joined(separator: "\n") + "\n"
  }
}
