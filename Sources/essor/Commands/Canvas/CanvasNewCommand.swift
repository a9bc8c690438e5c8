import ArgumentParser
import Canvas
import EssorCore
import Foundation

/// `essor canvas new KIND`: a commented skeleton to fill, in the workspace.
struct CanvasNewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Write a commented canvas skeleton to canvas/<name>.yaml in the workspace.",
    discussion: """
      Never overwrites: choose another --name, or remove the file first.

      Examples:
        essor canvas new bmc
        essor canvas new strategy --name strategie-2027 --lang fr
      """)

  @Argument(help: "The kind: bmc, lean, ess, strategy, or one of “essor canvas kinds”.")
  var kind: String
  @Option(help: "The canvas's name (default: the kind).") var name: String?
  @OptionGroup var common: CommonOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { messages in
      guard let workspace = try common.workspace(required: true) else { return }
      let catalog = CanvasFiles.catalog(workspace)
      guard let kind = try catalog.kind(kind) else {
        let list = catalog.ids.joined(separator: ", ")
        throw EssorError(
          .invalidOption, at: .flag("KIND"),
          LocalizedText(
            fr: "modèle de canevas « \(self.kind) » inconnu.",
            en: "unknown canvas kind “\(self.kind)”."),
          hint: LocalizedText(fr: "modèles : \(list).", en: "kinds: \(list)."))
      }
      let name = self.name ?? kind.id
      guard !name.isEmpty, !name.hasPrefix("."), name.count <= 60,
        name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
      else {
        throw EssorError(
          .invalidOption, at: .flag("--name"),
          LocalizedText(fr: "nom « \(name) » refusé.", en: "name “\(name)” refused."),
          hint: LocalizedText(
            fr: "60 lettres, chiffres, - et _ au plus (il devient canvas/<nom>.yaml).",
            en: "at most 60 letters, digits, - and _ (it becomes canvas/<name>.yaml)."))
      }
      let path = workspace.path(CanvasTool.folder + "/" + name + ".yaml")
      guard !FileManager.default.fileExists(atPath: path) else {
        throw EssorError(
          .fileExists, at: .file(path: path, line: nil, column: nil),
          LocalizedText(
            fr: "ce canevas existe déjà ; rien n’a été modifié.",
            en: "this canvas already exists; nothing was changed."),
          hint: LocalizedText(
            fr: "choisissez un autre --name, ou modifiez ce fichier.",
            en: "choose another --name, or edit that file."))
      }
      try Folders.prepare(workspace.path(CanvasTool.folder))
      let language = try common.documentLanguage(workspace)
      try AtomicFile.write(
        CanvasSkeleton.text(kind, language: language, enterprise: workspace.profile.name),
        to: path)
      print((messages == .fr ? "Écrit : " : "Written: ") + path)
    }
  }
}
