/// One example of one check or rule, ready to run: what the generic example test runs for
/// every family.
///
/// A family (``ExampleCarrying``) turns each of its examples into a case by saying how to
/// get the findings from the example's input; ``problems()`` then compares them with the
/// findings the example expects.
public struct ExampleCase: Sendable, CustomStringConvertible {
  /// The family: `canvas`, `lint`, `plan`.
  public var family: String
  /// The check or rule, as its findings name it in ``Diagnostic/source``.
  public var source: String
  /// What the example shows (its ``Example/description``).
  public var title: String
  /// The findings it must give.
  public var expected: [ExpectedFinding]
  /// Runs the check or rule on the example's input; throws when the input cannot be built
  /// or the check does not apply to it.
  public var findings: @Sendable () throws -> [Diagnostic]

  public init(
    family: String, source: String, title: String, expected: [ExpectedFinding],
    findings: @escaping @Sendable () throws -> [Diagnostic]
  ) {
    self.family = family
    self.source = source
    self.title = title
    self.expected = expected
    self.findings = findings
  }

  /// The case of an example, whose findings `run` gets from its input.
  public init<Input>(
    family: String, source: String, example: Example<Input>,
    run: @escaping @Sendable (Input) throws -> [Diagnostic]
  ) {
    let input = example.input
    self.init(
      family: family, source: source, title: example.description,
      expected: example.findings, findings: { try run(input) })
  }

  /// Whether the example expects findings.
  public var triggers: Bool { !expected.isEmpty }

  /// What is wrong with the example's findings; empty when they are exactly the expected
  /// ones.
  ///
  /// Every finding must come from ``source`` and speak both languages (two different,
  /// non-empty messages); each expected finding must match one finding, and no finding may
  /// be left over.
  public func problems() -> [String] {
    let found: [Diagnostic]
    do {
      found = try findings()
    } catch {
      return ["\(self): cannot run: \(error)"]
    }
    var problems: [String] = []
    for diagnostic in found {
      if diagnostic.source != source {
        problems.append("\(self): a finding from \(diagnostic.source ?? "nowhere")")
      }
      let message = diagnostic.message
      if message.fr.isEmpty || message.en.isEmpty || message.fr == message.en {
        problems.append("\(self): “\(message.en)” is not in both languages")
      }
    }
    var unmatched = found
    for expectation in expected {
      if let index = unmatched.firstIndex(where: { expectation.differences(from: $0).isEmpty }) {
        unmatched.remove(at: index)
        continue
      }
      let closest = unmatched.map { expectation.differences(from: $0) }.min { $0.count < $1.count }
      problems.append(
        "\(self): expected \(expectation); "
          + (closest.map { "closest finding: " + $0.joined(separator: "; ") } ?? "none left"))
    }
    for diagnostic in unmatched {
      problems.append(
        "\(self): unexpected \(diagnostic.severity.rawValue) "
          + "\(diagnostic.line.map { "at line \($0) " } ?? "")“\(diagnostic.message.en)”")
    }
    return problems
  }

  public var description: String { "\(family) \(source) — \(title)" }
}
