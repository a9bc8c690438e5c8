/// A piece of user-facing text in French and English.
public struct LocalizedText: Hashable, Sendable, Codable {
  /// The French text.
  public var fr: String
  /// The English text.
  public var en: String

  /// Creates a text from its French and English versions.
  public init(fr: String, en: String) {
    self.fr = fr
    self.en = en
  }

  /// Creates a text that reads the same in both languages (names, numbers, codes).
  public init(verbatim: String) {
    self.init(fr: verbatim, en: verbatim)
  }

  /// The text in the given language.
  public func callAsFunction(_ language: Language) -> String {
    switch language {
    case .fr: return fr
    case .en: return en
    }
  }
}
