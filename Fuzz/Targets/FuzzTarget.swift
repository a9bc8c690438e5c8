import EssorCore
import Foundation

/// One loader under fuzzing: the bytes of a file go in, and the loader must end in a value or
/// in a located error — never a trap, an internal error (exit 70) or an error of another type.
///
/// The time and memory budgets (5 s, 500 MB per input) are libFuzzer's `-timeout` and
/// `-rss_limit_mb` (`scripts/fuzz.sh`); replaying a regression input in a test checks the
/// outcome only.
public struct FuzzTarget: Sendable {
  /// The target's name: `scenario`, `loans`… (`essor-fuzz list`).
  public let name: String
  /// The name the input is written under (some loaders look at it).
  public let fileName: String
  /// Seed files and folders, relative to the repository (`samples/*/financing/*.yaml`…):
  /// `*` matches within one path component.
  public let seeds: [String]
  /// Whether an error must name a place (a file and line): false for an external tool's
  /// answer, whose errors name the tool.
  public let needsLocation: Bool
  /// Loads the file at the path given (in a folder of its own).
  let load: @Sendable (_ path: String) throws -> Void

  public init(
    name: String, fileName: String, seeds: [String], needsLocation: Bool = true,
    load: @escaping @Sendable (_ path: String) throws -> Void
  ) {
    self.name = name
    self.fileName = fileName
    self.seeds = seeds
    self.needsLocation = needsLocation
    self.load = load
  }

  /// How one input ended.
  public enum Outcome: Sendable, Equatable {
    /// The loader gave a value.
    case value
    /// It refused the input with a located error of the user's data.
    case refused(String)
    /// A defect: an internal error, an error without a place, or another error type.
    case finding(String)
  }

  /// Runs the loader on `bytes`, written as `fileName` in a fresh folder under `scratch`.
  public func run(_ bytes: [UInt8], scratch: String) -> Outcome {
    let folder = scratch + "/" + name + "-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    let manager = FileManager.default
    defer { try? manager.removeItem(atPath: folder) }
    do {
      try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let path = folder + "/" + fileName
      guard manager.createFile(atPath: path, contents: Data(bytes)) else {
        return .finding("the input could not be written to \(path)")
      }
      try load(path)
      return .value
    } catch let error as EssorError {
      let text = error.rendered(in: .en)
      if error.kind == .internalError { return .finding("internal error (exit 70): \(text)") }
      if needsLocation && error.location == nil { return .finding("no location: \(text)") }
      return .refused(text)
    } catch {
      return .finding("an error Essor does not describe: \(String(describing: error))")
    }
  }

  /// The seed files, found from the repository root.
  public func seedFiles(root: String) -> [String] {
    seeds.flatMap { Glob.files(matching: $0, root: root) }.sorted()
  }
}

/// The `*` of seed patterns, one path component at a time.
enum Glob {
  static func files(matching pattern: String, root: String) -> [String] {
    var paths = [root]
    let manager = FileManager.default
    for component in pattern.split(separator: "/").map(String.init) {
      var next: [String] = []
      for path in paths {
        if !component.contains("*") {
          let candidate = path + "/" + component
          if manager.fileExists(atPath: candidate) { next.append(candidate) }
          continue
        }
        let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        for name in names.sorted() where matches(name, component) {
          next.append(path + "/" + name)
        }
      }
      paths = next
    }
    var isFolder: ObjCBool = false
    return paths.filter {
      manager.fileExists(atPath: $0, isDirectory: &isFolder) && !isFolder.boolValue
    }
  }

  /// `*.yaml`, `plan*`, `*`: a star matches any run of characters.
  static func matches(_ name: String, _ pattern: String) -> Bool {
    let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
    guard parts.count > 1 else { return name == pattern }
    guard name.hasPrefix(parts[0]), name.hasSuffix(parts[parts.count - 1]),
      name.count >= parts[0].count + parts[parts.count - 1].count
    else { return false }
    var rest = Substring(name.dropFirst(parts[0].count))
    for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
      guard let range = rest.range(of: middle) else { return false }
      rest = rest[range.upperBound...]
    }
    return true
  }
}
