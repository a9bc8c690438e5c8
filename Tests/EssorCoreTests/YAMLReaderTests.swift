import EssorCore
import Testing

@Suite struct YAMLReaderTests {
  private let text = """
    schema: 1
    name: "La Fabrique"
    legal-form: scop
    headcount: 12
    """

  @Test func readsAProfile() throws {
    let profile = try Profile(yaml: YAMLDocument.parse(text, path: "essor.yaml"))
    #expect(profile.name == "La Fabrique")
    #expect(profile.legalForm == .scop)
    #expect(profile.headcount == 12)
    #expect(profile.language == .fr)
  }

  @Test func profileRoundTripsThroughItsYAML() throws {
    let profile = Profile(
      name: "Terres \"Communes\"", legalForm: .scic, sector: "Légumerie: bio", region: nil,
      headcount: 9, members: 146, language: .en)
    let again = try Profile(yaml: YAMLDocument.parse(profile.yamlText, path: "essor.yaml"))
    #expect(again == profile)
  }

  /// Each broken file, the code and the line:column the error must name.
  @Test(
    arguments: [
      ("schema: 1\nname: x\nlegal-form: coop\n", ErrorCode.invalidValue, "essor.yaml:3:13"),
      ("schema: 1\nname: x\nlegal_form: scop\n", ErrorCode.unknownField, "essor.yaml:3:1"),
      ("schema: 1\nname: [x]\nlegal-form: scop\n", ErrorCode.wrongType, "essor.yaml:2:7"),
      ("schema: 1\nname: x\nname: y\nlegal-form: scop\n", ErrorCode.duplicate, "essor.yaml:3"),
      ("schema: 1\nname: x\n", ErrorCode.missingField, "essor.yaml:1:1"),
      ("schema: 2\nname: x\nlegal-form: scop\n", ErrorCode.unsupportedSchema, "essor.yaml:1:9"),
      ("schema: 1\nname: \"x\nlegal-form: scop\n", ErrorCode.syntax, "essor.yaml:"),
      (
        "schema: 1\nname: x\nlegal-form: scop\nheadcount: -3\n", ErrorCode.invalidValue,
        "essor.yaml:4:12"
      ),
    ] as [(String, ErrorCode, String)])
  func badProfilesSayWhereAndWhat(text: String, code: ErrorCode, location: String) {
    do {
      _ = try Profile(yaml: YAMLDocument.parse(text, path: "essor.yaml"))
      Issue.record("accepted: \(text)")
    } catch let error as EssorError {
      #expect(error.code == code)
      #expect(error.location?.description.hasPrefix(location) == true, "\(error)")
      #expect(error.kind.exitCode == 65)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func unknownFieldSuggestsTheClosestOne() throws {
    let error = #expect(throws: EssorError.self) {
      try Profile(
        yaml: YAMLDocument.parse("schema: 1\nname: x\nlegal-from: scop\n", path: "p.yaml"))
    }
    #expect(error?.hint?.en.contains("did you mean “legal-form”") == true)
    #expect(error?.hint?.fr.contains("vouliez-vous dire « legal-form »") == true)
  }

  @Test func aliasesThatMultiplyAreRefused() {
    var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...8 {
      text +=
        "l\(level): &l\(level) ["
        + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ", ")
        + "]\n"
    }
    let error = #expect(throws: EssorError.self) { try YAMLDocument.parse(text, path: "bomb.yaml") }
    #expect(error?.message.en.contains("exceeds 1000000 elements") == true)
  }

  @Test func aMissingFileIsMissingInput() {
    let error = #expect(throws: EssorError.self) {
      try YAMLDocument.load(path: "/nonexistent/essor.yaml")
    }
    #expect(error?.kind.exitCode == 66)
  }
}
