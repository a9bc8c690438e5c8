import EssorCore

/// The version of the external-tool protocol this Essor speaks (docs/plugins.md).
public enum ExternalProtocol {
  /// `MAJOR.MINOR`.
  public static let version = "1.0"
  public static let major = 1
  public static let minor = 0

  /// Whether a version is a newer minor one (which may add fields this Essor ignores).
  static func isNewerMinor(_ value: JSONValue?) -> Bool {
    let parts = (value?.stringValue ?? "").split(separator: ".").compactMap { Int($0) }
    return parts.count == 2 && parts[0] == major && parts[1] > minor
  }

  /// Checks a tool's protocol version: a newer major version is refused.
  static func check(_ value: JSONValue?, tool: String) throws {
    guard let text = value?.stringValue, let major = Int(text.split(separator: ".").first ?? "")
    else {
      throw ExternalTool.failure(
        tool,
        LocalizedText(
          fr: "la réponse ne dit pas sa version de protocole (\"protocol\": \"1.0\").",
          en: "the answer does not state its protocol version (\"protocol\": \"1.0\")."))
    }
    guard major <= Self.major else {
      throw ExternalTool.failure(
        tool,
        LocalizedText(
          fr: "il parle le protocole \(text), plus récent que celui de cet Essor (\(version)).",
          en: "it speaks protocol \(text), newer than this Essor's (\(version))."),
        hint: LocalizedText(
          fr: "mettez Essor à jour, ou prenez une version de l’outil pour le protocole \(major).x.",
          en: "update Essor, or use a version of the tool for protocol \(Self.major).x."))
    }
  }
}
