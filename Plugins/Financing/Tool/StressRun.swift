import EssorCore
import Foundation

/// `finance stress`: the scenario under the shocks asked for, or the standard set.
struct StressRun {
  let input: ToolInput
  let context: ToolContext

  func run() throws -> ToolResult {
    // The shocks and the draws are read before any work: a typo costs nothing.
    let shocks = try input.list("shock").map(Shock.init(parsing:))
    let draws = try input["monte-carlo"].map { try count($0) }
    if draws != nil, !shocks.isEmpty || input.flag("standard") {
      throw EssorError(
        .conflictingOptions, at: .flag("--monte-carlo"),
        LocalizedText(
          fr: "--monte-carlo ne va pas avec --shock ou --standard.",
          en: "--monte-carlo does not go with --shock or --standard."),
        hint: LocalizedText(
          fr:
            "lancez l’un puis l’autre ; les chocs d’un Monte Carlo se déclarent sous « uncertainty: ».",
          en: "run one then the other; Monte Carlo's shocks are declared under “uncertainty:”."))
    }
    let seed =
      try input["seed"].map { try number($0, flag: "--seed", in: 0...UInt64.max) } ?? context.seed
    let threads =
      try input["threads"].map { Int(try number($0, flag: "--threads", in: 1...256)) }
      ?? ProcessInfo.processInfo.activeProcessorCount
    let standard = input.flag("standard") || shocks.isEmpty
    let read = try ScenarioInput(input, context)
    let scenario = read.scenario
    if let draws {
      guard let uncertainty = scenario.uncertainty else {
        throw EssorError(
          .missingField, at: scenario.location,
          LocalizedText(
            fr:
              "ce scénario ne déclare pas ce qu’il ignore : il lui faut un bloc « uncertainty: » pour un Monte Carlo.",
            en:
              "this scenario does not declare what it does not know: Monte Carlo needs an “uncertainty:” block."
          ),
          hint: LocalizedText(
            fr:
              "ex. uncertainty: {revenue: {distribution: normal, mean: 0%, sd: 10%}} (docs/financing-plan.md).",
            en:
              "e.g. uncertainty: {revenue: {distribution: normal, mean: 0%, sd: 10%}} (docs/financing-plan.md)."
          ))
      }
      let run = MonteCarlo(
        scenario, uncertainty: uncertainty, count: draws, seed: seed, threads: threads,
        progress: context.progress)
      return ToolResult(
        document: MonteCarloDocument(
          run, language: context.language, enterprise: context.enterprise
        )
        .build(), inputs: read.inputs)
    }
    var sets: [[Shock]] = []
    if !shocks.isEmpty {
      // Each shock alone, then all of them together.
      sets += shocks.map { [$0] }
      if shocks.count > 1 { sets.append(shocks) }
    }
    if standard {
      // The standard set skips what the scenario does not have (no grant, no loan).
      for shock in Shock.standard where applies(shock, to: scenario) { sets.append([shock]) }
      sets.append(Shock.standardCombination.filter { applies($0, to: scenario) })
    }
    let test = try StressTest(scenario, shockSets: sets)
    let document = StressDocument(
      test, language: context.language, enterprise: context.enterprise
    ).build()
    return ToolResult(document: document, inputs: read.inputs)
  }

  /// The number of draws: 1 to ``MonteCarlo/maximumDraws``.
  private func count(_ text: String) throws -> Int {
    Int(try number(text, flag: "--monte-carlo", in: 1...UInt64(MonteCarlo.maximumDraws)))
  }

  private func number(_ text: String, flag: String, in range: ClosedRange<UInt64>) throws -> UInt64
  {
    let cleaned = text.replacingOccurrences(of: "_", with: "")
    guard let value = UInt64(cleaned), range.contains(value) else {
      throw EssorError(
        .invalidOption, at: .flag(flag),
        LocalizedText(
          fr: "« \(text.excerpt) » n’est pas accepté pour \(flag).",
          en: "“\(text.excerpt)” is not accepted for \(flag)."),
        hint: LocalizedText(
          fr: "attendu : un nombre entier de \(range.lowerBound) à \(range.upperBound).",
          en: "expected: a whole number from \(range.lowerBound) to \(range.upperBound)."))
    }
    return value
  }

  private func applies(_ shock: Shock, to scenario: Scenario) -> Bool {
    var copy = scenario
    return (try? shock.apply(to: &copy)) != nil
  }
}
