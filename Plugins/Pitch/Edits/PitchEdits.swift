import EssorCore

/// The mentor's choices on top of a generated outline, kept in `pitch/<template>.yaml`.
///
/// The order of the slides, messages rewritten, slides dropped or added, notes, status and
/// comments: regenerating keeps every one of them.
public struct PitchEdits: Sendable, Equatable {
  /// How far a slide is.
  public enum Status: String, Sendable, CaseIterable {
    case todo, draft, ready
  }

  /// The mentor's edits of one slide (or a slide the mentor added).
  public struct Slide: Sendable, Equatable {
    public var id: String
    /// The title of a slide the mentor added (template slides take the template's).
    public var title: String?
    /// The mentor's own key message: never overwritten.
    public var message: String?
    /// The figures the mentor's message was written against (fact name → value as shown).
    public var quoted: [(name: String, value: String)]
    public var status: Status
    public var notes: String?
    public var comment: String?
    public var dropped: Bool
    /// The generated draft and figures, refreshed at each run (for the mentor to read).
    public var draft: String?
    public var figures: [(name: String, value: String)]
    /// Where it is written in the file.
    public var line: Int?

    public init(id: String, status: Status = .todo) {
      self.id = id
      self.quoted = []
      self.status = status
      self.dropped = false
      self.figures = []
    }

    public static func == (lhs: Slide, rhs: Slide) -> Bool {
      lhs.id == rhs.id && lhs.title == rhs.title && lhs.message == rhs.message
        && lhs.quoted.map(\.name) == rhs.quoted.map(\.name)
        && lhs.quoted.map(\.value) == rhs.quoted.map(\.value) && lhs.status == rhs.status
        && lhs.notes == rhs.notes && lhs.comment == rhs.comment && lhs.dropped == rhs.dropped
    }
  }

  public var template: String
  /// The time budget chosen, in minutes (the template's when nil).
  public var minutes: Int?
  /// The slides, in the mentor's order.
  public var slides: [Slide]

  public init(template: String, minutes: Int? = nil, slides: [Slide] = []) {
    self.template = template
    self.minutes = minutes
    self.slides = slides
  }

  /// The edits of a slide.
  public func slide(_ id: String) -> Slide? { slides.first { $0.id == id } }
}
