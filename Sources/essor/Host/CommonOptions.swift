import ArgumentParser
import EssorCore
import EssorReport
import Foundation

/// Options every command takes: the language and the workspace.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long,
    help:
      "Language of messages and documents: fr or en (default: the workspace's language, else LANG, else fr)."
  )
  var lang: String?

  @Option(name: .long, help: "The workspace folder (default: the nearest folder with essor.yaml).")
  var workspace: String?

  /// The workspace: --workspace, else the nearest one from here; when not `required`, none
  /// found is nil (but a --workspace that is not one is still an error).
  func workspace(required: Bool) throws -> Workspace? {
    do {
      return try Workspace.find(explicit: workspace, from: Host.currentDirectory)
    } catch let error as EssorError where !required && workspace == nil {
      guard error.code == .workspaceNotFound else { throw error }
      return nil
    }
  }

  /// The language for messages: --lang, else the environment, else French.
  func messageLanguage() throws -> Language {
    Language.resolve(explicit: try explicitLanguage(), environment: Host.environment)
  }

  /// The language for documents: --lang, else the workspace's, else as for messages.
  func documentLanguage(_ workspace: Workspace?) throws -> Language {
    if let explicit = try explicitLanguage() { return explicit }
    return workspace?.profile.language
      ?? Language.resolve(explicit: nil, environment: Host.environment)
  }

  private func explicitLanguage() throws -> Language? {
    try Self.language(flag: lang, name: "--lang")
  }

  /// Reads a `fr|en` flag; nil when absent, a usage error naming the flag when unknown.
  static func language(flag: String?, name: String) throws -> Language? {
    guard let flag else { return nil }
    guard let language = Language(rawValue: flag.lowercased()) else {
      throw EssorError(
        .invalidOption, at: .flag(name),
        LocalizedText(fr: "langue « \(flag) » inconnue.", en: "unknown language “\(flag)”."),
        hint: LocalizedText(fr: "fr ou en.", en: "fr or en."))
    }
    return language
  }

}

/// Options of every command that produces a document.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help:
      "Output format: \(FormatRegistry.standard.namesList.en) (default: from the --output extension, else table)."
  )
  var format: String?

  @Option(
    name: .shortAndLong, help: "Write to this file instead of the terminal (required for xlsx).")
  var output: String?

  /// The chosen renderer: --format, else the --output file's extension, else a table
  /// (the format registry's rules; a --format that contradicts the extension is refused).
  func outputFormat() throws -> any DocumentRenderer {
    try FormatRegistry.standard.resolve(format: format, output: output)
  }

  /// Renders and sends the document; prints where a file went.
  ///
  /// Refuses an `--output` that is one of the command's `inputs` (a canvas, a kind, a
  /// loans file, the profile): the input would be lost.
  func emit(_ document: Document, messages: Language, inputs: [String] = []) throws {
    let format = try outputFormat()
    if let output {
      let target = Self.resolved(output)
      if let input = inputs.first(where: { Self.resolved($0) == target }) {
        throw EssorError(
          .conflictingOptions, at: .flag("--output"),
          LocalizedText(
            fr: "--output désigne un fichier que la commande lit (\(input)) : il serait perdu.",
            en: "--output names a file the command reads (\(input)): it would be lost."),
          hint: LocalizedText(
            fr: "écrivez ailleurs, par exemple dans exports/.",
            en: "write elsewhere, for example in exports/."))
      }
      if ["yaml", "yml"].contains((output as NSString).pathExtension.lowercased()) {
        throw EssorError(
          .conflictingOptions, at: .flag("--output"),
          LocalizedText(
            fr:
              "--output \(output) : les fichiers YAML sont les saisies d’Essor, il n’en écrit pas.",
            en: "--output \(output): YAML files are Essor's inputs; it does not write them."),
          hint: LocalizedText(
            fr: "un fichier .xlsx, .md, .json ou .txt, par exemple dans exports/.",
            en: "an .xlsx, .md, .json or .txt file, for example in exports/."))
      }
    }
    let text = try DocumentOutput.produce(
      Provenance.stamped(document), renderer: format, path: output, isTerminal: isatty(1) == 1,
      environment: Host.environment)
    if let output {
      let said = messages == .fr ? "Écrit : " : "Written: "
      print(said + output)
    } else {
      do {
        try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
      } catch {
        throw EssorError(
          .outputNotWritable, at: .flag("stdout"),
          LocalizedText(
            fr: "la sortie standard refuse l’écriture (disque plein, tube fermé ?).",
            en: "standard output refuses the text (disk full, pipe closed?)."))
      }
    }
  }

  /// A path with `.`/`..` and symbolic links resolved, for comparing two paths.
  static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: Host.currentDirectory))
      .standardizedFileURL.resolvingSymlinksInPath().path
  }
}
