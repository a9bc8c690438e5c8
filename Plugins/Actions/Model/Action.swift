import EssorCore

/// One piece of dated work in an enterprise's action plan.
public struct Action: Sendable, Equatable {
  /// Where the action comes from.
  public struct Origin: Sendable, Equatable, Hashable {
    /// The kinds of origin.
    public enum Kind: String, Sendable, CaseIterable {
      /// A recommendation or must-pass condition of the diagnostic.
      case diagnostic
      /// An error a canvas check finds.
      case canvas
      /// A rule the financing plan breaks.
      case plan
      /// A funders' criterion the plan misses.
      case funders
      /// A slide of the pitch that lacks its facts.
      case pitch
      /// The advisor's own.
      case advisor
    }

    public var kind: Kind
    /// The id of what it comes from (a recommendation, `canvas/check`, `rule@year`…);
    /// nil for the advisor's own.
    public var reference: String?

    public init(_ kind: Kind, _ reference: String? = nil) {
      self.kind = kind
      self.reference = reference
    }

    /// `plan:scop.worker-capital@2028`, as written in the file.
    public var text: String { kind.rawValue + (reference.map { ":" + $0 } ?? "") }
  }

  /// Who does it: one of the programme's roles, or a person's name.
  public enum Owner: Sendable, Equatable {
    case role(Role)
    case person(String)

    /// The roles of the programme.
    public enum Role: String, Sendable, CaseIterable {
      case entrepreneur, advisor, mentor, consultant
    }

    public var text: String {
      switch self {
      case .role(let role): return role.rawValue
      case .person(let name): return name
      }
    }
  }

  /// How far it is.
  public enum Status: String, Sendable, CaseIterable {
    case todo, doing, done, dropped

    /// Whether it is still to be done.
    public var isOpen: Bool { self == .todo || self == .doing }
  }

  /// The programme's phases, in order.
  public enum Milestone: String, Sendable, CaseIterable, Comparable {
    case diagnostic, strategy, financing, pitch, committee

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Milestone, rhs: Milestone) -> Bool { lhs.rank < rhs.rank }
  }

  public var id: String
  public var title: String
  public var origin: Origin
  public var owner: Owner
  public var due: CalendarDate?
  public var status: Status
  public var milestone: Milestone?
  public var notes: String?
  /// Where it is written in the file.
  public var line: Int?

  public init(
    id: String, title: String, origin: Origin = Origin(.advisor), owner: Owner,
    due: CalendarDate? = nil, status: Status = .todo, milestone: Milestone? = nil,
    notes: String? = nil
  ) {
    self.id = id
    self.title = title
    self.origin = origin
    self.owner = owner
    self.due = due
    self.status = status
    self.milestone = milestone
    self.notes = notes
  }

  /// Whether it is open and past its due date on `today`.
  public func isOverdue(on today: CalendarDate) -> Bool {
    guard status.isOpen, let due else { return false }
    return due < today
  }

  public static func == (lhs: Action, rhs: Action) -> Bool {
    lhs.id == rhs.id && lhs.title == rhs.title && lhs.origin == rhs.origin
      && lhs.owner == rhs.owner && lhs.due == rhs.due && lhs.status == rhs.status
      && lhs.milestone == rhs.milestone && lhs.notes == rhs.notes
  }
}
