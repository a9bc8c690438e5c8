import ArgumentParser
import EssorCore
import Foundation

/// The process's surroundings and the one place errors become exit codes.
enum Host {
  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  static var currentDirectory: String { FileManager.default.currentDirectoryPath }

  /// Writes a line to standard error; a closed or full stderr is ignored, never a crash.
  static func log(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  }

  /// Runs a command body; an ``EssorError`` is printed in `language` and becomes its exit code,
  /// anything else is an internal error (70).
  static func run(language: () throws -> Language, _ body: (Language) throws -> Void) throws {
    var chosen = Language.resolve(explicit: nil, environment: environment)
    do {
      chosen = try language()
      try body(chosen)
    } catch let error as EssorError {
      Host.log(error.rendered(in: chosen))
      throw ExitCode(error.kind.exitCode)
    } catch let error as ExitCode {
      throw error
    } catch {
      let text = chosen == .fr ? "essor: erreur interne : " : "essor: internal error: "
      Host.log(text + "\(error)".controlsEscaped)
      throw ExitCode(70)
    }
  }
}
