import EssorCore

/// Writes a document as JSON carrying `"schema": 1`: the tool's payload members (for
/// scripts), then the whole document under `"document"` — which ``read(_:source:)`` turns
/// back into the same document, so a JSON output can be rendered again in any format.
public struct JSONRenderer: TextRenderer {
  /// The version of Essor's JSON outputs.
  public static let schema: Int64 = 1

  public init() {}

  public var format: String { "json" }
  public var fileExtensions: [String] { ["json"] }
  public var summary: LocalizedText {
    LocalizedText(
      fr: "JSON avec un champ « schema », relisible par Essor.",
      en: "JSON with a “schema” field, which Essor reads back.")
  }

  /// The JSON text; `options` do not change it.
  public func text(_ document: Document, options: RenderOptions) -> String { render(document) }

  /// The JSON text: the schema, the payload's members, then the document.
  public func render(_ document: Document) -> String {
    var members: [(String, JSONValue)] = [("schema", .integer(Self.schema))]
    members += document.payload ?? []
    members.append(("document", DocumentJSON.encode(document)))
    return JSONValue.object(members).serialized() + "\n"
  }

  /// Reads what ``render(_:)`` writes, or what an external tool returns.
  ///
  /// Gives the document with its payload; errors name `source` and what is wrong.
  public static func read(_ value: JSONValue, source: String) throws -> Document {
    guard case .object(let members) = value else {
      throw EssorError(
        .invalidValue, at: .file(path: source, line: nil, column: nil),
        LocalizedText(fr: "un objet JSON est attendu.", en: "a JSON object is expected."))
    }
    let schema = value["schema"]?.doubleValue
    guard schema == Double(Self.schema) else {
      throw EssorError(
        .unsupportedSchema, at: .file(path: source, line: nil, column: nil),
        LocalizedText(
          fr:
            "« schema » vaut \(schema.map { String($0) } ?? "rien") ; cet Essor lit la version \(Self.schema).",
          en:
            "“schema” is \(schema.map { String($0) } ?? "missing"); this Essor reads version \(Self.schema)."
        ))
    }
    guard let documentValue = value["document"] else {
      throw EssorError(
        .missingField, at: .file(path: source, line: nil, column: nil),
        LocalizedText(fr: "il manque « document ».", en: "“document” is missing."))
    }
    var document = try DocumentJSON.decode(documentValue, source: source)
    let payload = members.filter { $0.0 != "schema" && $0.0 != "document" }
    document.payload = payload.isEmpty ? nil : payload
    return document
  }
}
