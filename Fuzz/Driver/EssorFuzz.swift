import CFuzzer
import EssorFuzzTargets
import Foundation

/// `essor-fuzz`: the fuzz targets' driver.
///
/// - `essor-fuzz list`: the targets;
/// - `essor-fuzz seeds TARGET FOLDER`: copies the target's seeds and regression inputs into
///   a corpus folder;
/// - `essor-fuzz replay TARGET FILE…`: runs the target on each file, says how each ended,
///   exits 1 on a finding;
/// - built with `-sanitize=fuzzer -D ESSOR_FUZZ` (`make fuzz`), any other arguments go to
///   libFuzzer, fuzzing the target named by `ESSOR_FUZZ_TARGET`.
@main
struct EssorFuzz {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    switch arguments.first {
    case "list":
      for target in FuzzTargets.all { print(target.name) }
    case "seeds" where arguments.count == 3:
      let target = named(arguments[1])
      copySeeds(of: target, to: arguments[2])
    case "replay" where arguments.count >= 3:
      let target = named(arguments[1])
      var findings = 0
      for file in arguments.dropFirst(2) {
        guard let data = FileManager.default.contents(atPath: file) else {
          fail("cannot read \(file)")
        }
        switch target.run(Array(data), scratch: scratch) {
        case .value: print("\(file): value")
        case .refused(let message): print("\(file): refused — \(message)")
        case .finding(let message):
          findings += 1
          print("\(file): FINDING — \(message)")
        }
      }
      exit(findings == 0 ? 0 : 1)
    default:
      fuzz()
    }
  }

  /// The scratch folder inputs are written in.
  static let scratch: String = {
    let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    let path = base + "/essor-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  static func named(_ name: String) -> FuzzTarget {
    guard let target = FuzzTargets.named(name) else {
      fail("no target \(name); targets: " + FuzzTargets.all.map(\.name).joined(separator: ", "))
    }
    return target
  }

  static func copySeeds(of target: FuzzTarget, to folder: String) {
    let root = FileManager.default.currentDirectoryPath
    let manager = FileManager.default
    try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (index, file) in target.seedFiles(root: root).enumerated() {
      let name = "seed-\(index)-" + (file as NSString).lastPathComponent
      let destination = folder + "/" + name
      if !manager.fileExists(atPath: destination) {
        try? manager.copyItem(atPath: file, toPath: destination)
      }
    }
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("essor-fuzz: " + message + "\n").utf8))
    exit(64)
  }

  /// The target libFuzzer calls, chosen once from `ESSOR_FUZZ_TARGET`.
  nonisolated(unsafe) static var current: FuzzTarget?

  static func fuzz() {
    #if ESSOR_FUZZ
    let name = ProcessInfo.processInfo.environment["ESSOR_FUZZ_TARGET"] ?? ""
    current = named(name)
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
      guard let target = EssorFuzz.current else { return 0 }
      let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
      if case .finding(let message) = target.run(bytes, scratch: EssorFuzz.scratch) {
        // A crash for libFuzzer, which saves the input as crash-<sha1>.
        FileHandle.standardError.write(Data(("essor-fuzz finding: " + message + "\n").utf8))
        abort()
      }
      return 0
    }
    exit(status)
    #else
    fail(
      "usage: essor-fuzz list | seeds TARGET FOLDER | replay TARGET FILE…"
        + " (fuzzing needs the libFuzzer build: make fuzz)")
    #endif
  }
}
