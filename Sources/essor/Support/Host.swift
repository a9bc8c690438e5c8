import ArgumentParser
import EssorCore
import Foundation

/// The process's surroundings and the one place errors become exit codes.
enum Host {
  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  static var currentDirectory: String { FileManager.default.currentDirectoryPath }

  /// Runs a command body; an ``EssorError`` is printed in `language` and becomes its exit code,
  /// anything else is an internal error (70).
  static func run(language: () throws -> Language, _ body: (Language) throws -> Void) throws {
    var chosen = Language.resolve(explicit: nil, environment: environment)
    do {
      chosen = try language()
      try body(chosen)
    } catch let error as EssorError {
      FileHandle.standardError.write(Data((error.rendered(in: chosen) + "\n").utf8))
      throw ExitCode(error.kind.exitCode)
    } catch let error as ExitCode {
      throw error
    } catch {
      let text = chosen == .fr ? "essor: erreur interne : " : "essor: internal error: "
      FileHandle.standardError.write(Data((text + "\(error)\n").utf8))
      throw ExitCode(70)
    }
  }
}
