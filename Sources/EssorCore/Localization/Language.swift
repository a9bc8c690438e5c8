/// The two languages Essor speaks to its users.
public enum Language: String, CaseIterable, Sendable, Codable {
  case fr
  case en

  /// Picks the language from an explicit choice, else from the environment, else French.
  ///
  /// The environment is read the POSIX way: `LC_ALL`, then `LC_MESSAGES`, then `LANG`;
  /// a value that names neither French nor English (`C`, `POSIX`, `de_DE`…) is skipped.
  public static func resolve(
    explicit: Language?, environment: [String: String]
  ) -> Language {
    if let explicit { return explicit }
    for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[variable]?.lowercased(), !value.isEmpty else {
        continue
      }
      if value.hasPrefix("fr") { return .fr }
      if value.hasPrefix("en") { return .en }
    }
    return .fr
  }
}
