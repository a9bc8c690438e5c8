import EssorCore
import Financing
import Testing

/// Bad scenario files stop with the right code, the line of the field and what is allowed.
@Suite struct ScenarioReaderTests {
  static let base = PlanEngineTests.handScenario

  private func read(_ text: String) throws -> Scenario {
    try ScenarioReader.read(
      YAMLDocument.parse(text, path: "bad.yaml"), path: "bad.yaml", profile: nil)
  }

  private func lineOf(_ needle: String, in text: String) -> Int? {
    text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }
      .map { $0 + 1 }
  }

  struct Case: Sendable, CustomStringConvertible {
    var description: String
    var replace: String
    var with: String
    var code: ErrorCode
    /// Text the English message or hint must contain.
    var says: String
    /// Text on the line the error must point at.
    var at: String
  }

  static let cases: [Case] = [
    Case(
      description: "unknown instrument kind", replace: "kind: worker-shares",
      with: "kind: venture-debt",
      code: .invalidValue, says: "bank-loan, participatory-loan", at: "venture-debt"),
    Case(
      description: "negative amount", replace: "amount: 36000", with: "amount: -36000",
      code: .invalidValue, says: "negative", at: "-36000"),
    Case(
      description: "percentage above 100 %", replace: "purchases: 25%", with: "purchases: 125%",
      code: .invalidValue, says: "outside 0% to 100%", at: "125%"),
    Case(
      description: "percentage below 0 %", replace: "part-travail: 45%", with: "part-travail: -5%",
      code: .invalidValue, says: "outside 0% to 100%", at: "-5%"),
    Case(
      description: "horizon over 10 years", replace: "horizon: 3", with: "horizon: 11",
      code: .invalidValue, says: "from 1 to 10", at: "horizon: 11"),
    Case(
      description: "depreciation of 0 years", replace: "years: 3}\n  working",
      with: "years: 0}\n  working",
      code: .invalidValue, says: "depreciation years from 1 to 50", at: "Machine"),
    Case(
      description: "a month outside the plan", replace: "month: 2027-07, years: 3}\n  working",
      with: "month: 2031-07, years: 3}\n  working", code: .invalidValue, says: "outside the plan",
      at: "Machine"),
    Case(
      description: "a yearly series of the wrong length", replace: "revenue: 120000",
      with: "revenue: [120000, 130000]", code: .invalidValue, says: "2 value(s) for a 3-year plan",
      at: "revenue"),
    Case(
      description: "an unknown field", replace: "purchases: 25%", with: "purchase: 25%",
      code: .unknownField, says: "did you mean “purchases”", at: "purchase: 25%"),
    Case(
      description: "crowdlending above 2 000 € per lender",
      replace: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with:
        "  - {kind: worker-shares, amount: 10000, members: 5}\n  - {kind: crowdlending, amount: 90000, rate: 4%, years: 5, lenders: 30}",
      code: .ruleBreach, says: "€3,000.00 per lender", at: "crowdlending"),
    Case(
      description: "crowdlending over 7 years",
      replace: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with:
        "  - {kind: worker-shares, amount: 10000, members: 5}\n  - {kind: crowdlending, amount: 90000, rate: 4%, years: 8, lenders: 90}",
      code: .ruleBreach, says: "longer than 7 years", at: "crowdlending"),
    Case(
      description: "crowdfunding over 5 M€",
      replace: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with:
        "  - {kind: worker-shares, amount: 10000, members: 5}\n  - {kind: crowdlending, amount: 6000000, rate: 4%, years: 5, lenders: 4000}",
      code: .ruleBreach, says: "more than €5M", at: "crowdlending"),
    Case(
      description: "titres participatifs under 7 years",
      replace: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with:
        "  - {kind: worker-shares, amount: 10000, members: 5}\n  - {kind: titres-participatifs, amount: 30000, years: 5}",
      code: .ruleBreach, says: "at least 7", at: "titres-participatifs"),
    Case(
      description: "a guarantee above its guarantor's cover",
      replace: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with:
        "  - {kind: worker-shares, amount: 10000, members: 5}\n  - {kind: bank-loan, amount: 50000, rate: 4%, years: 5, guarantee: {guarantor: france-active, quota: 80%}}",
      code: .ruleBreach, says: "above the maximum of 65%", at: "france-active"),
    Case(
      description: "a loan rate without a percent sign",
      replace: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with:
        "  - {kind: worker-shares, amount: 10000, members: 5}\n  - {kind: bank-loan, amount: 50000, rate: 4, years: 5}",
      code: .invalidValue, says: "write “4%”", at: "bank-loan"),
    Case(
      description: "growth past a thousand billion euros", replace: "revenue: 120000",
      with: "revenue: {first: 900000000000, growth: 1000%}", code: .invalidValue,
      says: "one thousand billion", at: "revenue"),
    Case(
      description: "a percentage without % above 1", replace: "purchases: 25%",
      with: "purchases: 25",
      code: .invalidValue, says: "write “25%”", at: "purchases: 25"),
    Case(
      description: "a seasonality that does not add up to 100 %", replace: "purchases: 25%",
      with:
        "purchases: 25%\n  seasonality: [10%, 10%, 10%, 10%, 10%, 10%, 10%, 10%, 10%, 10%, 10%, 10%]",
      code: .invalidValue, says: "adding up to 120%", at: "seasonality"),
    Case(
      description: "revenue before the activity starts", replace: "purchases: 25%",
      with: "purchases: 25%\n  activity-start: 2028-03", code: .invalidValue,
      says: "activity only starts in 2028-03", at: "revenue"),
    Case(
      description: "a SCOP d'amorçage without its conversion date", replace: "legal-form: scop",
      with: "legal-form: scop-amorcage", code: .missingField, says: "conversion", at: "legal-form"),
    Case(
      description: "an unknown SCIC member role",
      replace: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with:
        "  - {kind: worker-shares, amount: 10000, members: 5}\n  - {kind: outside-shares, amount: 1000, role: customer}",
      code: .invalidValue, says: "beneficiary", at: "customer"),
    Case(
      description: "a bridge loan longer than 2 years",
      replace: "  - {kind: worker-shares, amount: 10000, members: 5}",
      with:
        "  - {kind: worker-shares, amount: 10000, members: 5}\n  - {kind: bank-loan, amount: 20000, rate: 4%, years: 3, bridge: true}",
      code: .invalidValue, says: "2 years at most", at: "bridge"),
  ]

  /// Mistakes in different parts of a file are all reported by one read, in the file's
  /// order, each at its line; a read with one mistake reports only that one.
  @Test func severalMistakesAreReportedTogetherInTheFilesOrder() throws {
    var text = Self.base
    for (from, to) in [
      ("amount: 36000", "amount: -36000"), ("purchases: 25%", "purchases: 125%"),
      (
        "  - {kind: worker-shares, amount: 10000, members: 5}",
        "  - {kind: venture-debt, amount: 1}"
      ),
      ("part-travail: 45%", "part-travail: -5%"), ("receivable-days: 30", "receivable-days: lots"),
    ] {
      #expect(text.contains(from), "\(from)")
      text = text.replacingOccurrences(of: from, with: to)
    }
    do {
      _ = try read(text)
      Issue.record("accepted")
    } catch let error as EssorError {
      let all = [error] + error.alsoFound
      let lines = all.compactMap { problem -> Int? in
        guard case .file(_, let line, _) = problem.location else { return nil }
        return line
      }
      #expect(
        lines
          == ["-36000", "lots", "125%", "venture-debt", "-5%"].compactMap { lineOf($0, in: text) },
        "\(error.rendered(in: .en))")
      #expect(error.rendered(in: .en).hasSuffix("essor: 5 problems to fix."))
      #expect(error.alsoFound.allSatisfy { $0.alsoFound.isEmpty })
    }
    // The first mistake alone: one problem, no count.
    let one = Self.base.replacingOccurrences(of: "purchases: 25%", with: "purchases: 125%")
    #expect(throws: EssorError.self) { try read(one) }
    do { _ = try read(one) } catch let error as EssorError {
      #expect(error.alsoFound.isEmpty && !error.rendered(in: .en).contains("problems to fix"))
    }
  }

  @Test(arguments: cases) func badInputIsRefusedAtItsLine(_ test: Case) throws {
    let text = Self.base.replacingOccurrences(of: test.replace, with: test.with)
    #expect(text != Self.base, "\(test.description): nothing replaced")
    do {
      _ = try read(text)
      Issue.record("\(test.description): accepted")
    } catch let error as EssorError {
      #expect(error.code == test.code, "\(test.description): \(error.rendered(in: .en))")
      let rendered = error.rendered(in: .en)
      #expect(rendered.contains(test.says), "\(test.description): \(rendered)")
      guard case .file(let path, let line?, _) = error.location else {
        Issue.record("\(test.description): no line in \(String(describing: error.location))")
        return
      }
      #expect(path == "bad.yaml")
      #expect(line == lineOf(test.at, in: text), "\(test.description): line \(line) — \(rendered)")
    }
  }

  @Test func seriesAcceptOneValueAListOrAGrowth() throws {
    let scenario = try read(
      Self.base.replacingOccurrences(
        of: "revenue: 120000", with: "revenue: {first: 100000, growth: 10%}"))
    #expect(scenario.operations.revenue == [100_000, 110_000, 121_000].map { Money(euros: $0) })
    #expect(scenario.operations.externalCharges == Array(repeating: Money(euros: 12_000), count: 3))
    #expect(scenario.legalForm == .scop && scenario.horizon == 3)
    #expect(scenario.resources.count == 2 && scenario.resources[1].kind == .investmentGrant)
  }

  @Test func theLegalFormComesFromTheProfileUnlessTheFileSaysSo() throws {
    let text = Self.base.replacingOccurrences(of: "legal-form: scop\n", with: "")
    let profile = Profile(name: "SCIC", legalForm: .scic)
    let scenario = try ScenarioReader.read(
      YAMLDocument.parse(text, path: "s.yaml"), path: "s.yaml", profile: profile)
    #expect(scenario.legalForm == .scic)
    #expect(throws: EssorError.self) { try read(text) }
  }
}
