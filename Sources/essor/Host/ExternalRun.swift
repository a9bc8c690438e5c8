import EssorCore
import EssorExternal
import EssorReport
import Foundation

/// Runs an external tool's command: finds it, describes it, gives it the facts it consumes
/// from the run's fact store (where other external tools' facts enter too), renders what it
/// returns like a built-in tool's document.
struct ExternalRun {
  let tool: String
  let command: String
  let arguments: [String]
  let timeout: String?
  let common: CommonOptions
  let output: OutputOptions

  func run(registry: ToolRegistry, messages: Language) throws {
    var seconds = ExternalTool.defaultTimeout
    if let timeout {
      guard let value = Double(timeout), value > 0, value <= 3600 else {
        throw EssorError(
          .invalidOption, at: .flag("--timeout"),
          LocalizedText(fr: "durée « \(timeout) » refusée.", en: "duration “\(timeout)” refused."),
          hint: LocalizedText(fr: "des secondes, de 1 à 3600.", en: "seconds, from 1 to 3600."))
      }
      seconds = value
    }
    let workspace = try common.workspace(required: false)
    let builtIn = registry.tools.map { $0.id }
    let locator = ExternalToolLocator(
      workspace: workspace, environment: Host.environment, builtIn: builtIn)
    guard let candidate = locator.tool(tool) else {
      let refused = locator.candidates.first { $0.id == tool }
      let ready = locator.candidates.filter { $0.refusal == nil }.map(\.id)
      throw EssorError(
        .toolUnavailable, at: refused.map { .file(path: $0.path, line: nil, column: nil) },
        refused.flatMap(\.refusal).map {
          LocalizedText(
            fr: "essor-\(tool) ne peut pas être lancé : \($0.fr).",
            en: "essor-\(tool) cannot run: \($0.en).")
        }
          ?? Self.notFound(
            tool, near: Suggestion.closest(to: tool, among: builtIn + ready), builtIn),
        hint: LocalizedText(
          fr:
            "cherché dans plugins/, ESSOR_PLUGIN_PATH et PATH ; prêts : \(ready.isEmpty ? "aucun" : ready.joined(separator: ", ")).",
          en:
            "looked in plugins/, ESSOR_PLUGIN_PATH and PATH; ready: \(ready.isEmpty ? "none" : ready.joined(separator: ", "))."
        ))
    }
    ExternalTool.stopOnInterrupt()
    let external = try ExternalTool.describe(
      candidate.path, timeout: min(seconds, ExternalTool.describeTimeout))
    let environment = Host.environment
    let clock = SystemClock(environment: environment)
    let language = try common.documentLanguage(workspace)
    var registry = registry
    // Facts no built-in tool provides may come from the other external tools found.
    let wanted = external.description.consumes.filter { registry.declared[$0.name] == nil }
    if !wanted.isEmpty {
      for other in locator.candidates
      where other.refusal == nil && other.id != tool {
        guard let described = try? ExternalTool.describe(other.path, timeout: 5),
          !described.description.provides.isEmpty
        else { continue }
        if let refusal = registry.add(
          external: described.factProvider,
          consumes: described.description.consumes.compactMap { entry in
            entry.kind.map { AnyFactKey(entry.name, $0) }
          })
        {
          Host.log(
            "essor-\(other.id): " + (messages == .fr ? "faits ignorés : " : "facts ignored: ")
              + refusal(messages))
        }
      }
    }
    for entry in external.description.consumes {
      if let kind = entry.kind, let provided = registry.declared[entry.name], provided.kind != kind
      {
        throw EssorError(
          .toolFailed, at: .file(path: candidate.path, line: nil, column: nil),
          LocalizedText(
            fr:
              "l’outil externe essor-\(tool) lit « \(entry.name) » comme \(kind.rawValue), fourni comme \(provided.kind.rawValue).",
            en:
              "the external tool essor-\(tool) reads “\(entry.name)” as \(kind.rawValue), provided as \(provided.kind.rawValue)."
          ),
          hint: LocalizedText(
            fr: "corrigez le type dans sa description (consumes).",
            en: "correct the type in its description (consumes)."))
      }
    }
    let facts = registry.factStore(
      workspace.map {
        FactContext(workspace: $0, clock: clock, environment: environment, language: language)
      })
    let keys = external.description.consumes.compactMap { entry in
      entry.kind.map { AnyFactKey(entry.name, $0) } ?? facts.declaredKey(entry.name)
    }
    let values = facts.values(keys)
    for key in keys {
      if let diagnostic = facts.answer(key.name).diagnostic {
        Host.log(diagnostic.rendered(in: messages))
      }
    }
    let response = try external.run(
      command: command, arguments: arguments, language: language, workspace: workspace,
      facts: values, timeout: seconds)
    for warning in response.warnings {
      let word = messages == .fr ? "avertissement" : "warning"
      Host.log("essor-\(tool): \(word): \(warning.controlsEscaped)")
    }
    try ToolHost.present(
      ToolResult(
        document: response.document,
        inputs: [candidate.path] + (workspace.map { [$0.path(Workspace.profileFile)] } ?? [])),
      output: output, messages: messages, clock: clock)
  }

  /// "No tool essor-<id>", with the nearest tool id when one is close.
  private static func notFound(_ tool: String, near: String?, _ builtIn: [String])
    -> LocalizedText
  {
    let list = builtIn.joined(separator: ", ")
    return LocalizedText(
      fr: "aucun outil essor-\(tool) trouvé (intégrés : \(list))"
        + (near.map { " ; vouliez-vous dire « \($0) » ?" } ?? "."),
      en: "no tool essor-\(tool) found (built-in: \(list))"
        + (near.map { "; did you mean “\($0)”?" } ?? "."))
  }
}
