import Foundation

/// What a finished child process said.
public struct ProcessResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
}

/// Runs programs for tests: the built `essor` binary, Python oracles, LibreOffice.
public enum Subprocess {
  /// Runs `executable` with `arguments`, optional standard input and extra environment.
  public static func run(
    _ executable: String, _ arguments: [String], stdin: String? = nil,
    environment: [String: String] = [:], removing: [String] = [], directory: String? = nil
  ) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for key in removing { env.removeValue(forKey: key) }
    env.merge(environment) { _, new in new }
    process.environment = env
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe()
    let errors = Pipe()
    let input = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes concurrently so a chatty child never blocks on a full pipe.
    let collected = Collected()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      collected.set(err: errors.fileHandleForReading.readDataToEndOfFile())
      group.leave()
    }
    let out = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: collected.err, as: UTF8.self))
  }

  private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(err: Data) {
      lock.lock()
      data = err
      lock.unlock()
    }
    var err: Data {
      lock.lock()
      defer { lock.unlock() }
      return data
    }
  }
}

/// Paths of the repository and of the built products.
public enum Repository {
  /// The repository root (found from this source file's path).
  public static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// A path inside the repository.
  public static func path(_ relative: String) -> String { root + "/" + relative }

  /// The built `essor` executable, next to the running test bundle.
  public static var essor: String {
    let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    return bundle.appendingPathComponent("essor").path
  }

  /// The Python interpreter the oracles run under.
  public static let python = "/usr/bin/env"

  /// Runs a Python oracle script from `Tests/Oracles` with arguments and standard input.
  public static func oracle(_ script: String, _ arguments: [String] = [], stdin: String? = nil)
    throws -> ProcessResult
  {
    try Subprocess.run(
      python, ["python3", path("Tests/Oracles/" + script)] + arguments, stdin: stdin)
  }

  /// Runs the built `essor` with arguments, in a clean language environment unless overridden.
  public static func runEssor(
    _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
    directory: String? = nil
  ) throws -> ProcessResult {
    try Subprocess.run(
      essor, arguments, stdin: stdin, environment: environment,
      removing: ["LC_ALL", "LC_MESSAGES", "LANG"].filter { environment[$0] == nil },
      directory: directory)
  }
}

/// A fresh temporary folder, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
  public let path: String

  public init() throws {
    path = NSTemporaryDirectory() + "essor-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// A path inside the folder.
  public func file(_ name: String) -> String { path + "/" + name }

  /// The folder's entries (names), sorted.
  public var contents: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Parses JSON text from an oracle or from essor into Foundation objects.
public func jsonObject(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8))
}
