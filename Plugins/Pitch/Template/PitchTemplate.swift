import EssorCore

/// A pitch-deck structure: its slides, each with what it is for, the facts it draws on,
/// the key message drafted from them, prompts, the evidence expected and a timing weight.
public struct PitchTemplate: Sendable {
  /// The stable id, the file's name: `ess-financing`.
  public var id: String
  public var title: LocalizedText
  /// Who the deck is for.
  public var audience: LocalizedText?
  /// The default time budget, in minutes.
  public var minutes: Int
  public var slides: [SlideSpec]
  /// The file it was read from.
  public var path: String
}

/// One slide of a template.
public struct SlideSpec: Sendable {
  public var id: String
  public var title: LocalizedText
  /// What the slide must achieve.
  public var purpose: LocalizedText
  /// The key message, with `{fact}` and `{profile.field}` placeholders (docs/pitch.md).
  public var message: LocalizedText?
  /// The facts the slide draws on (their figures are shown with it).
  public var facts: [String]
  /// Questions that help write the slide.
  public var prompts: [LocalizedText]
  /// The evidence a committee expects.
  public var evidence: LocalizedText?
  /// Speaker-note advice.
  public var notes: LocalizedText?
  /// Its share of the time budget, relative to the others.
  public var weight: Double
  /// Where it is written.
  public var line: Int

  public init(
    id: String, title: LocalizedText, purpose: LocalizedText, message: LocalizedText? = nil,
    facts: [String] = [], prompts: [LocalizedText] = [], evidence: LocalizedText? = nil,
    notes: LocalizedText? = nil, weight: Double = 1, line: Int = 0
  ) {
    self.id = id
    self.title = title
    self.purpose = purpose
    self.message = message
    self.facts = facts
    self.prompts = prompts
    self.evidence = evidence
    self.notes = notes
    self.weight = weight
    self.line = line
  }
}
