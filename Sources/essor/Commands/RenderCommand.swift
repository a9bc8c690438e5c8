import ArgumentParser
import EssorCore
import EssorReport
import Foundation

/// `essor render FILE`: a JSON output of Essor (or of an external tool) drawn again in any
/// format.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render a saved JSON output (--format json) again: table, md, json or xlsx.",
    usage: "essor render <file> [<options>]",
    discussion: """
      Example:
        essor finance loan --workspace samples/scop-lauragais --format json > loans.json
        essor render loans.json --format xlsx --output loans.xlsx
      """)

  /// The largest JSON file read back, in bytes (docs/limits.md): above what Essor writes for
  /// the largest inputs it accepts.
  static let maximumBytes = 64 * 1_048_576

  @Argument(help: "A JSON file written by essor … --format json.") var file: String
  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try Host.run(language: common.messageLanguage) { messages in
      _ = try output.outputFormat()
      var info = stat()
      if stat(file, &info) == 0, info.st_size > Self.maximumBytes {
        throw EssorError(
          .invalidValue, at: .file(path: file, line: nil, column: nil),
          LocalizedText(
            fr:
              "fichier de \(info.st_size) octets : Essor relit au plus \(Self.maximumBytes) octets.",
            en:
              "a file of \(info.st_size) bytes: Essor reads back at most \(Self.maximumBytes) bytes."
          ),
          hint: LocalizedText(fr: "voyez docs/limits.md.", en: "see docs/limits.md."))
      }
      guard let data = FileManager.default.contents(atPath: file) else {
        throw EssorError(
          .fileNotFound, at: .file(path: file, line: nil, column: nil),
          LocalizedText(fr: "fichier introuvable.", en: "file not found."))
      }
      let value: JSONValue
      do {
        value = try JSONParser.parse(String(decoding: data, as: UTF8.self))
      } catch let error as JSONParser.Failure {
        throw EssorError(
          .syntax, at: .file(path: file, line: error.line, column: error.column),
          LocalizedText(
            fr: "JSON invalide : \(error.message).", en: "invalid JSON: \(error.message)."))
      }
      let document = try JSONRenderer.read(value, source: file)
      do {
        try output.emit(document, messages: messages, inputs: [file])
      } catch let error as EssorError where error.code == .internalFailure {
        // Only an edited file can hold what the workbook cannot lay out (an unknown formula
        // reference, a defined name used twice): that is the file's fault, and it is said so.
        throw EssorError(
          .invalidValue, at: .file(path: file, line: nil, column: nil), error.message,
          hint: LocalizedText(
            fr: "ce fichier a été modifié à la main ? Refaites-le avec --format json.",
            en: "was this file edited by hand? Make it again with --format json."))
      }
    }
  }
}
