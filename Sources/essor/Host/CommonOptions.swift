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

  @Option(
    name: .long,
    help: ArgumentHelp(
      "In the terminal, show this section (repeatable; its name is listed under the summary).",
      valueName: "name"))
  var section: [String] = []

  @Flag(name: .long, help: "In the terminal, show every section, not only the summary.")
  var all = false

  /// The sections a terminal draws: those named, all, or the default (the summary on
  /// screen, everything in a file).
  var sections: RenderOptions.Sections? {
    if !section.isEmpty { return .named(section) }
    return all ? .all : nil
  }

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
      try Self.checkReplaceable(output, format: format, flag: "--output")
    }
    let text = try DocumentOutput.produce(
      Provenance.stamped(document), renderer: format, path: output, isTerminal: isatty(1) == 1,
      environment: Host.environment, sections: sections)
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

  /// The folders (and the file) of a workspace that hold what people typed.
  static let workspaceInputs = [
    "essor.yaml", "diagnostic", "canvas", "financing", "pitch", "plugins", "templates",
  ]

  /// Refuses to write `path` when the file it really leads to must not be replaced.
  ///
  /// Refused: a workspace input or a YAML file, or — reached through a symbolic link — a
  /// file that is not of the output's format. The write itself follows links, so the check
  /// is made on the real target, not on the name given.
  static func checkReplaceable(_ path: String, format: any DocumentRenderer, flag: String) throws {
    let target = resolved(path)
    var info = stat()
    guard stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
    func refuse(_ why: LocalizedText) -> EssorError {
      EssorError(
        .conflictingOptions, at: .flag(flag),
        LocalizedText(
          fr: "\(path) mène à \(target) : \(why.fr) ; il n’est pas remplacé.",
          en: "\(path) leads to \(target): \(why.en); it is not replaced."),
        hint: LocalizedText(
          fr: "écrivez ailleurs, par exemple dans exports/, ou retirez le lien symbolique.",
          en: "write elsewhere, for example in exports/, or remove the symbolic link."))
    }
    let fileExtension = (target as NSString).pathExtension.lowercased()
    if ["yaml", "yml"].contains(fileExtension) || workspaceInput(target) {
      throw refuse(
        LocalizedText(
          fr: "c’est une saisie de l’espace de travail", en: "it is an input of the workspace"))
    }
    let given = URL(
      fileURLWithPath: path, relativeTo: URL(fileURLWithPath: Host.currentDirectory)
    ).standardizedFileURL.path
    guard given != target else { return }
    let extensions = format.fileExtensions.isEmpty ? ["txt", "text", ""] : format.fileExtensions
    var matches = extensions.contains(fileExtension)
    if matches, format.format == "xlsx", info.st_size > 0 {
      // A workbook is a zip archive: anything else is some other file named .xlsx.
      let handle = FileHandle(forReadingAtPath: target)
      let magic = (try? handle?.read(upToCount: 2)) ?? nil
      try? handle?.close()
      matches = magic == Data("PK".utf8)
    }
    guard matches else {
      throw refuse(
        LocalizedText(
          fr: "ce n’est pas un fichier \(format.format)", en: "it is not a \(format.format) file"))
    }
  }

  /// Whether `path` is one of a workspace's inputs: `essor.yaml`, or a file under one of its
  /// input folders (the nearest folder above holding `essor.yaml` is the workspace).
  static func workspaceInput(_ path: String) -> Bool {
    var components = URL(fileURLWithPath: path).pathComponents
    var inside: [String] = []
    while components.count > 1 {
      inside.insert(components.removeLast(), at: 0)
      let folder = NSString.path(withComponents: components)
      if FileManager.default.fileExists(atPath: folder + "/essor.yaml") {
        return workspaceInputs.contains(inside[0])
      }
    }
    return false
  }

  /// A path with `.`/`..` and symbolic links resolved, for comparing two paths.
  static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: Host.currentDirectory))
      .standardizedFileURL.resolvingSymlinksInPath().path
  }
}
