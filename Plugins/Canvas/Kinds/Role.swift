/// What a block of a canvas kind is, as far as the checks are concerned.
///
/// A kind file gives its blocks roles; a check applies to a kind when the kind has the roles
/// the check needs, so a new kind gets the checks by naming its blocks' roles.
public enum Role: String, Sendable, CaseIterable {
  case problem, solution, segments, beneficiaries
  case valuePropositions = "value-propositions"
  case socialValue = "social-value"
  case channels, relationships, revenues, costs, resources, activities, partners, metrics
  case advantage, governance
  case impactMeasures = "impact-measures"
  case surplus
  case errcEliminate = "errc-eliminate"
  case errcReduce = "errc-reduce"
  case errcRaise = "errc-raise"
  case errcCreate = "errc-create"
  case tagline

  /// The four actions of the ERRC grid.
  public static let errc: [Role] = [.errcEliminate, .errcReduce, .errcRaise, .errcCreate]
}
