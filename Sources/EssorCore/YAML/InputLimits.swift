/// The most an input may hold, refused at once with the limit named (docs/limits.md): far
/// beyond any real enterprise's files, small enough that every command stays fast and light
/// whatever it is given.
public enum InputLimits {
  /// Loans in one loans file.
  public static let loansPerFile = 20
  /// Instruments (resources) in one financing scenario, and assets in one list of needs.
  public static let instrumentsPerScenario = 200
  /// Items in one block of a canvas.
  public static let itemsPerCanvasBlock = 100
  /// Questions in one diagnostic template.
  public static let questionsPerTemplate = 500
  /// Characters of a label: a loan's, an instrument's, a title.
  public static let labelLength = 200
  /// Characters of any one text of a YAML file (a canvas item, a question, a note).
  public static let textLength = 4_000
}

extension YAMLNode {
  /// The node as a list of at most `limit` items (`what` names them), or an error at the
  /// list naming the limit.
  public func sequence(atMost limit: Int, of what: LocalizedText) throws -> [YAMLNode] {
    let items = try sequence()
    guard items.count <= limit else { throw tooMany(items.count, limit: limit, of: what) }
    return items
  }

  /// The error for a list of `count` items where at most `limit` are read.
  public func tooMany(_ count: Int, limit: Int, of what: LocalizedText) -> EssorError {
    error(
      .invalidValue,
      LocalizedText(
        fr: "\(count) \(what.fr) : Essor en lit au plus \(limit).",
        en: "\(count) \(what.en): Essor reads at most \(limit)."),
      hint: LocalizedText(
        fr: "voyez docs/limits.md ; répartissez-les en plusieurs fichiers.",
        en: "see docs/limits.md; spread them over several files."))
  }

  /// The error for a text longer than `limit` characters.
  func tooLong(_ length: Int, limit: Int) -> EssorError {
    error(
      .invalidValue,
      LocalizedText(
        fr: "texte de \(length) caractères : au plus \(limit).",
        en: "a text of \(length) characters: at most \(limit)."),
      hint: LocalizedText(
        fr: "raccourcissez-le (voyez docs/limits.md).", en: "shorten it (see docs/limits.md)."))
  }

  /// The scalar's text, at most `limit` characters.
  public func text(atMost limit: Int) throws -> String {
    let text = try text()
    if text.utf8.count > limit, text.count > limit { throw tooLong(text.count, limit: limit) }
    return text
  }
}
