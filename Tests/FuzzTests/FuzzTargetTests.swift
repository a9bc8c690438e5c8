import EssorFuzzTargets
import Foundation
import TestSupport
import Testing

/// The fuzz targets in every test run: each target's seeds and committed regression inputs
/// (`Tests/Fixtures/fuzz/<target>/`, one file per crash the fuzzer ever found) end in a
/// value or a located error, and so do a few hundred seeded mutations of them — a small,
/// deterministic pass; `make fuzz` runs libFuzzer for real (docs/limits.md).
@Suite struct FuzzTargetTests {
  static let names = FuzzTargets.all.map(\.name)

  static func inputs(_ target: FuzzTarget) -> [String] {
    let regressions = Repository.path("Tests/Fixtures/fuzz/\(target.name)")
    let committed =
      ((try? FileManager.default.contentsOfDirectory(atPath: regressions)) ?? [])
      .filter { !$0.hasPrefix(".") }.map { regressions + "/" + $0 }
    return target.seedFiles(root: Repository.root) + committed
  }

  @Test(arguments: names)
  func seedsAndRegressionsEndInAValueOrALocatedError(_ name: String) throws {
    let target = try #require(FuzzTargets.named(name))
    let folder = try TemporaryFolder()
    let files = Self.inputs(target)
    #expect(!files.isEmpty || name == "document-json" || name == "external-response")
    for file in files {
      let bytes = Array(try #require(FileManager.default.contents(atPath: file)))
      let outcome = target.run(bytes, scratch: folder.path)
      if case .finding(let message) = outcome { Issue.record("\(file): \(message)") }
    }
  }

  @Test(arguments: names)
  func seededMutationsEndInAValueOrALocatedError(_ name: String) throws {
    let target = try #require(FuzzTargets.named(name))
    let folder = try TemporaryFolder()
    var random = SeededGenerator(seed: 18)
    let seeds = try Self.inputs(target).map {
      Array(try #require(FileManager.default.contents(atPath: $0)))
    }.filter { !$0.isEmpty }
    let pool = seeds.isEmpty ? [Array("{}".utf8)] : seeds
    for round in 0..<60 {
      var bytes = pool[round % pool.count]
      Mutation.apply(to: &bytes, using: &random)
      if case .finding(let message) = target.run(bytes, scratch: folder.path) {
        let saved = folder.path + "/\(name)-\(round).input"
        _ = FileManager.default.createFile(atPath: saved, contents: Data(bytes))
        Issue.record("\(name) mutation \(round) (\(saved)): \(message)")
      }
    }
  }

  @Test func everyTargetIsListedOnce() {
    #expect(Set(Self.names).count == Self.names.count)
    #expect(
      Set(Self.names).isSuperset(of: [
        "profile", "scenario", "loans", "canvas", "canvas-kind", "answers", "questionnaire",
        "document-json", "external-response", "pitch-template", "pitch-edits", "actions",
        "cohort", "what-if",
      ]))
  }
}

/// A few byte-level mutations, the kinds libFuzzer starts with.
enum Mutation {
  static func apply(to bytes: inout [UInt8], using random: inout SeededGenerator) {
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      guard !bytes.isEmpty else {
        bytes = Array("x: 1\n".utf8)
        continue
      }
      let at = Int.random(in: 0..<bytes.count, using: &random)
      switch Int.random(in: 0..<6, using: &random) {
      case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
      case 1: bytes.remove(at: at)
      case 2:
        let interesting: [UInt8] = Array(":-[]{}'\"&*!|>#%\n\t 0-9e.".utf8)
        bytes.insert(interesting.randomElement(using: &random) ?? 0x20, at: at)
      case 3:
        let end = min(bytes.count, at + Int.random(in: 1...64, using: &random))
        bytes.insert(contentsOf: bytes[at..<end], at: at)
      case 4: bytes.removeSubrange(at..<min(bytes.count, at + 16))
      default:
        let digits = Array("99999999999999999999".utf8)
        bytes.insert(contentsOf: digits.prefix(Int.random(in: 1...20, using: &random)), at: at)
      }
    }
  }
}
