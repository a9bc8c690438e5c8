import EssorCore
import Foundation

/// `finance optimise`: the best mixes of the scenario's adjustable resources.
struct OptimiseRun {
  let input: ToolInput
  let context: ToolContext

  func run() throws -> ToolResult {
    // Every flag is read before any work: a typo costs nothing, a taken name too.
    let objective =
      try input["objective"].map { text -> MixOptimiser.Objective in
        guard let objective = MixOptimiser.Objective(rawValue: text) else {
          throw usage(
            "--objective", text,
            allowed: MixOptimiser.Objective.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return objective
      } ?? .cost
    let threads =
      try input["threads"].map { text -> Int in
        guard let value = Int(text), (1...256).contains(value) else {
          throw usage("--threads", text, allowed: "1 … 256")
        }
        return value
      } ?? ProcessInfo.processInfo.activeProcessorCount
    let read = try ScenarioInput(input, context)
    let (path, workspace, scenario) = (read.path, read.workspace, read.scenario)
    var savePath: String?
    if let name = input["save"] {
      guard let workspace, input["file"] == nil else {
        throw EssorError(
          .conflictingOptions, at: .flag("--save"),
          LocalizedText(
            fr:
              "--save écrit dans financing/ d’un espace, à côté du scénario qu’il étend : pas avec --file.",
            en:
              "--save writes to a workspace's financing/, next to the scenario it extends: not with --file."
          ))
      }
      savePath = try ScenarioCatalog.newPath(name, in: workspace, flag: "--save")
    }
    let sets = input.list("set")
    var limits = MixOptimiser.Limits(scenario)
    if let text = input["min-dscr"] {
      limits.minimumDSCR = try decimal("--min-dscr", text, 0...100)
    }
    if let text = input["max-gearing"] {
      limits.maximumGearing = try decimal("--max-gearing", text, 0...1000)
    }
    if let text = input["min-autonomy"] {
      guard let rate = Rate.parse(text), (0...1).contains(rate.fraction) else {
        throw usage("--min-autonomy", text, allowed: "0% … 100%")
      }
      limits.minimumAutonomy = rate.fraction
    }
    if let text = input["cash-buffer"] {
      guard let money = Money.parse(text), money >= .zero else {
        throw usage("--cash-buffer", text, allowed: "0 … (€)")
      }
      limits.cashBuffer = money
    }
    let optimiser = MixOptimiser(scenario, objective: objective, limits: limits)
    guard !optimiser.dimensions.isEmpty else {
      throw EssorError(
        .missingField, at: scenario.resourcesLocation ?? scenario.location,
        LocalizedText(
          fr: "aucune ressource n’est ajustable : rien à chercher.",
          en: "no resource is adjustable: nothing to search."),
        hint: LocalizedText(
          fr:
            "ajoutez à une ressource adjustable: {min: 60000, max: 200000, step: 10000} (docs/financing-plan.md).",
          en:
            "add to a resource adjustable: {min: 60000, max: 200000, step: 10000} (docs/financing-plan.md)."
        ))
    }
    guard optimiser.candidateCount <= MixOptimiser.maximumCandidates else {
      throw EssorError(
        .invalidValue, at: scenario.resourcesLocation ?? scenario.location,
        LocalizedText(
          fr:
            "\(optimiser.candidateCount) combinaisons : plus de \(MixOptimiser.maximumCandidates) à essayer.",
          en:
            "\(optimiser.candidateCount) combinations: more than \(MixOptimiser.maximumCandidates) to try."
        ),
        hint: LocalizedText(
          fr: "des pas plus grands ou moins de champs ajustables.",
          en: "larger steps or fewer adjustable fields."))
    }
    let result = optimiser.run(threads: threads, progress: context.progress)
    var written: [String] = []
    var diagnostics: [Diagnostic] = []
    if let savePath {
      guard let winner = result.best.first else {
        throw EssorError(
          .planUnbalanced, at: .flag("--save"),
          LocalizedText(
            fr:
              "aucun financement ne respecte les contraintes : rien à enregistrer ; rien n’a été écrit.",
            en: "no mix meets the constraints: nothing to save; nothing was written."))
      }
      let text = try OptimisedScenario.text(
        path: path, sets: sets, optimiser: optimiser, winner: winner,
        candidates: result.candidates, date: context.clock.today, language: context.language)
      try AtomicFile.write(text, to: savePath)
      // The file must read as a scenario; if not, it goes (a defect of Essor, said so).
      do {
        _ = try ScenarioReader.load(path: savePath, profile: workspace?.profile)
      } catch {
        try? FileManager.default.removeItem(atPath: savePath)
        throw EssorError(
          .internalFailure, at: .file(path: savePath, line: nil, column: nil),
          LocalizedText(
            fr: "le scénario enregistré ne se relit pas (\(error)) ; il a été retiré.",
            en: "the saved scenario does not read back (\(error)); it was removed."))
      }
      written.append(savePath)
    }
    if result.best.isEmpty {
      diagnostics.append(
        Diagnostic(
          .error, .planUnbalanced, source: "optimise",
          LocalizedText(
            fr:
              "aucun des \(result.candidates) financements essayés ne respecte toutes les contraintes.",
            en: "none of the \(result.candidates) mixes tried meets every constraint."),
          hint: LocalizedText(
            fr:
              "élargissez les bornes ajustables ou assouplissez une contrainte (--min-dscr, --max-gearing, --min-autonomy, --cash-buffer).",
            en:
              "widen the adjustable bounds or relax a constraint (--min-dscr, --max-gearing, --min-autonomy, --cash-buffer)."
          )))
    }
    let document = OptimiseDocument(
      optimiser, result: result, language: context.language, enterprise: context.enterprise,
      saved: savePath
    ).build()
    var inputs = [path]
    if let workspace { inputs.append(workspace.path(Workspace.profileFile)) }
    return ToolResult(
      document: document, diagnostics: diagnostics, inputs: inputs, written: written)
  }

  private func decimal(_ flag: String, _ text: String, _ range: ClosedRange<Double>) throws
    -> Double
  {
    guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), range.contains(value)
    else {
      throw usage(flag, text, allowed: "\(range.lowerBound) … \(range.upperBound)")
    }
    return value
  }

  private func usage(_ flag: String, _ text: String, allowed: String) -> EssorError {
    EssorError(
      .invalidOption, at: .flag(flag),
      LocalizedText(
        fr: "« \(text.excerpt) » n’est pas accepté pour \(flag).",
        en: "“\(text.excerpt)” is not accepted for \(flag)."),
      hint: LocalizedText(fr: "attendu : \(allowed).", en: "expected: \(allowed)."))
  }
}
