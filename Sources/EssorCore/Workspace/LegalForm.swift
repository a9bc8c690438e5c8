/// The legal forms Essor knows, which decide the cooperative rules that apply.
public enum LegalForm: String, CaseIterable, Sendable {
  /// Société coopérative et participative (worker cooperative).
  case scop
  /// A SCOP d'amorçage: outsiders may hold the capital majority for up to 7 years.
  case scopAmorcage = "scop-amorcage"
  /// Société coopérative d'intérêt collectif (multi-stakeholder cooperative).
  case scic
  /// A commercial company with the ESS label.
  case sasEss = "sas-ess"
  /// A non-profit association (loi 1901).
  case association
  /// Anything else.
  case other
}
