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
      print(messages == .fr ? "Espace créé : \(directory)" : "Workspace created: \(directory)")
    }
  }
}
