import EssorCore

/// The security a bank takes on a loan, besides a guarantor's guarantee: a kind funders
/// count, and a free note.
///
/// In a scenario: `security: pledge`, or `security: {kind: assignment, note: "Dailly of the
/// notified regional grant"}`; `kind: none` says on purpose that there is none.
public struct Security: Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    /// No security, on purpose (a PESS-type loan…).
    case none
    /// Nantissement (of a business, of equipment, of shares…).
    case pledge
    /// Hypothèque.
    case mortgage
    /// Privilège de prêteur de deniers.
    case lendersLien = "lenders-lien"
    /// Cession Dailly of a receivable or a notified grant.
    case assignment
    /// Caution personnelle d'un dirigeant ou d'un associé.
    case personalGuarantee = "personal-guarantee"
    /// Another security, said in the note.
    case other

    /// Words for people.
    public var label: LocalizedText {
      switch self {
      case .none: return LocalizedText(fr: "aucune", en: "none")
      case .pledge: return LocalizedText(fr: "nantissement", en: "pledge")
      case .mortgage: return LocalizedText(fr: "hypothèque", en: "mortgage")
      case .lendersLien:
        return LocalizedText(fr: "privilège de prêteur de deniers", en: "lender's lien")
      case .assignment: return LocalizedText(fr: "cession Dailly", en: "assignment (Dailly)")
      case .personalGuarantee:
        return LocalizedText(fr: "caution personnelle", en: "personal guarantee")
      case .other: return LocalizedText(fr: "autre sûreté", en: "other security")
      }
    }
  }

  public var kind: Kind
  public var note: String?
  public var location: SourceLocation?

  public init(kind: Kind, note: String? = nil, location: SourceLocation? = nil) {
    self.kind = kind
    self.note = note
    self.location = location
  }

  /// Whether funders count it as a security.
  public var secures: Bool { kind != .none }

  /// The kind and its note, for people.
  public func text(_ language: Language) -> String {
    kind.label(language) + (note.map { " — \($0)" } ?? "")
  }
}
