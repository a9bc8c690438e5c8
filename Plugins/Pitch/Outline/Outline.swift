import EssorCore

/// A deck outline for one workspace: each slide's key message drafted from the real
/// figures (or the mentor's own), its figures with their sources, its time, its status.
public struct Outline: Sendable {
  /// One figure a slide shows, and where it comes from.
  public struct Figure: Sendable, Equatable {
    /// The fact's name (`financing.ask.total`).
    public var fact: String
    public var value: String
    /// The tool, file and field behind it.
    public var source: String
  }

  /// A fact a slide needs and the workspace does not give, with what to do.
  public struct Missing: Sendable, Equatable {
    public var fact: String
    /// What to run or write for it to exist; or why its input is unusable.
    public var hint: String
  }

  /// A figure that changed since the mentor wrote the message that quotes it.
  public struct Stale: Sendable, Equatable {
    public var fact: String
    public var quoted: String
    public var now: String
  }

  /// One slide.
  public struct Slide: Sendable {
    public var id: String
    public var title: String
    public var purpose: String
    /// What the slide says: the mentor's message, else the draft, else a prompt to write one.
    public var message: String
    /// Whether `message` is the mentor's own.
    public var isMentors: Bool
    /// The message drafted from the facts (nil when a fact it needs is missing).
    public var draft: String?
    public var figures: [Figure]
    public var missing: [Missing]
    public var stale: [Stale]
    public var prompts: [String]
    public var evidence: String?
    /// The template's advice and the mentor's notes.
    public var notes: String
    public var seconds: Int
    public var status: PitchEdits.Status
    public var comment: String?
    /// Whether the mentor added it (it is not in the template).
    public var isAdded: Bool
  }

  public var template: PitchTemplate
  public var minutes: Int
  public var language: Language
  public var slides: [Slide]
  /// The edits, refreshed: what `pitch/<template>.yaml` now holds.
  public var edits: PitchEdits

  /// The words of the deck's messages and figures, to judge whether it reads cold in three
  /// minutes.
  public var words: Int {
    slides.reduce(0) { total, slide in
      total + slide.message.split(whereSeparator: \.isWhitespace).count
        + slide.figures.reduce(0) { $0 + $1.value.split(whereSeparator: \.isWhitespace).count }
    }
  }
}
