import EssorCore

/// Which Essor wrote an output: the version and the git commit of this build.
enum Provenance {
  /// The member JSON outputs carry, after `"schema"`:
  /// `"essor": {"version": "0.1.0", "commit": "2c1f578ed8d1"}`.
  static var member: (String, JSONValue) {
    (
      "essor",
      .object([("version", .string(Essor.version)), ("commit", .string(BuildInfo.commit))])
    )
  }

  /// The document with this build's provenance first in its payload (a document read back
  /// from an older output gets the current one).
  static func stamped(_ document: Document) -> Document {
    var document = document
    document.payload = [member] + (document.payload ?? []).filter { $0.0 != "essor" }
    return document
  }
}
