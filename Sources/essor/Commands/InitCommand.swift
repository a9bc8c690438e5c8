import ArgumentParser
import EssorCore
import Foundation

/// `essor init`: creates a workspace for an enterprise.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Create a workspace (a folder with an essor.yaml profile).",
    usage: "essor init <directory> --name <name> --form <form> [<options>]",
    discussion: """
      Examples:
        essor init la-fabrique --name "La Fabrique" --form scop --region Occitanie
        essor init terres-communes --name "Terres Communes" --form scic --language en
      """)

  @Argument(help: "The folder to create (it may exist, but must not already be a workspace).")
  var directory: String

  @Option(help: "The enterprise's name.")
  var name: String

  @Option(help: "Legal form: scop, scop-amorcage, scic, sas-ess, association or other.")
  var form: String

  @Option(help: "Sector of activity.") var sector: String?
  @Option(help: "Region.") var region: String?
  @Option(help: "Number of employees.") var headcount: Int?
  @Option(help: "Number of members.") var members: Int?
  @Option(help: "Language of the documents: fr or en (default: the message language).")
  var language: String?

  @Option(name: .long, help: "Language of messages: fr or en.") var lang: String?

  func run() throws {
    let messageLanguage = {
      Language.resolve(
        explicit: try CommonOptions.language(flag: lang, name: "--lang"),
        environment: Host.environment)
    }
    try Host.run(language: messageLanguage) { messages in
      guard let legalForm = LegalForm(rawValue: form) else {
        let names = LegalForm.allCases.map(\.rawValue).joined(separator: ", ")
        throw EssorError(
          .invalidOption, at: .flag("--form"),
          LocalizedText(
            fr: "forme juridique « \(form) » inconnue.", en: "unknown legal form “\(form)”."),
          hint: LocalizedText(fr: "l’une de : \(names).", en: "one of: \(names)."))
      }
      let documents = try CommonOptions.language(flag: language, name: "--language") ?? messages
      for (flag, value) in [("--headcount", headcount), ("--members", members)] {
        if let value, value < 0 {
          throw EssorError(
            .invalidOption, at: .flag(flag),
            LocalizedText(fr: "nombre négatif.", en: "negative number."),
            hint: LocalizedText(fr: "un nombre ≥ 0.", en: "a number ≥ 0."))
        }
      }
      guard !directory.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw EssorError(
          .invalidOption, at: .flag("DIRECTORY"),
          LocalizedText(fr: "le dossier est vide.", en: "the folder name is empty."))
      }
      guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw EssorError(
          .invalidOption, at: .flag("--name"),
          LocalizedText(fr: "le nom est vide.", en: "the name is empty."))
      }
      let profile = Profile(
        name: name, legalForm: legalForm, sector: sector, region: region, headcount: headcount,
        members: members, language: documents)
      try Workspace.create(at: directory, profile: profile)
      print(Self.created(directory, messages))
    }
  }

  /// What `init` made, and the programme's next commands in their order.
  static func created(_ directory: String, _ language: Language) -> String {
    let folders = Workspace.folders.map { $0 + "/" }.joined(separator: ", ")
    let at = directory.contains(" ") ? "\"\(directory)\"" : directory
    let steps: [(String, LocalizedText)] = [
      (
        "essor diagnose --workspace \(at)",
        LocalizedText(
          fr: "le diagnostic (arrêt et reprise à tout moment)",
          en: "the diagnostic (stop and resume at any time)")
      ),
      (
        "essor canvas new ess --workspace \(at)",
        LocalizedText(fr: "la stratégie, en canevas", en: "the strategy, as a canvas")
      ),
      (
        "essor finance new --workspace \(at)",
        LocalizedText(
          fr: "un scénario de financement à remplir, puis essor finance plan",
          en: "a financing scenario to fill, then essor finance plan")
      ),
      (
        "essor pitch outline --workspace \(at)",
        LocalizedText(fr: "le pitch, avec vos chiffres", en: "the pitch, with your figures")
      ),
    ]
    let width = steps.map(\.0.count).max() ?? 0
    let lines = steps.enumerated().map { index, step in
      "  \(index + 1). " + step.0 + String(repeating: " ", count: width - step.0.count) + "  "
        + step.1(language)
    }
    return
      (language == .fr
      ? "Espace créé : \(directory) — essor.yaml et les dossiers \(folders).\nEnsuite, dans l’ordre du programme :\n"
      : "Workspace created: \(directory) — essor.yaml and the folders \(folders).\nNext, in the programme's order:\n")
      + lines.joined(separator: "\n")
  }
}
