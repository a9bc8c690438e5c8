/// An example a check or rule carries: an input, and exactly the findings it gives there.
///
/// Each family gives its own input: a canvas written as text, an edit of a questionnaire
/// template, a change to a plan scenario. An example with no expected finding shows an input
/// the check lets pass; the harness runs both kinds the same way (``ExampleCase``).
public struct Example<Input: Sendable>: Sendable {
  /// What the example shows, in a few words.
  public var description: String
  /// What the check or rule is run on.
  public var input: Input
  /// Every finding it must give there, in any order; none for an input it lets pass.
  public var findings: [ExpectedFinding]

  public init(_ description: String, _ input: Input, findings: [ExpectedFinding]) {
    self.description = description
    self.input = input
    self.findings = findings
  }

  /// Whether the example triggers the check (expects at least one finding).
  public var triggers: Bool { !findings.isEmpty }
}
