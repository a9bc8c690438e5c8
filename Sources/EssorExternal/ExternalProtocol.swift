import EssorCore

/// The version of the external-tool protocol this Essor speaks (docs/plugins.md).
public enum ExternalProtocol {
  /// `MAJOR.MINOR`.
  public static let version = "1.1"
  public static let major = 1
  public static let minor = 1

  /// Whether a version is a newer minor one (which may add fields this Essor ignores).
  static func isNewerMinor(_ value: JSONValue?) -> Bool {
    let parts = (value?.stringValue ?? "").split(separator: ".").compactMap { Int($0) }
    return parts.count == 2 && parts[0] == major && parts[1] > minor
  }

  /// Checks a tool's protocol version: a newer major version is refused.
  static func check(_ value: JSONValue?, tool: String) throws {
    let parts = (value?.stringValue ?? "").split(separator: ".", omittingEmptySubsequences: false)
    guard let text = value?.stringValue, parts.count == 2,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let major = Int(parts[0]), !(parts[0].count > 1 && parts[0].hasPrefix("0"))
    else {
      throw ExternalTool.failure(
        tool,
        LocalizedText(
          fr:
            "sa version de protocole manque ou n’a pas la forme MAJEURE.MINEURE (\"protocol\": \"1.0\").",
          en: "its protocol version is missing or not MAJOR.MINOR (\"protocol\": \"1.0\")."))
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
