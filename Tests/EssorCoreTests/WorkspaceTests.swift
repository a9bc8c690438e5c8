import EssorCore
import Foundation
import TestSupport
import Testing

@Suite struct WorkspaceTests {
  @Test func createsOpensAndFindsAWorkspace() throws {
    let folder = try TemporaryFolder()
    let root = folder.file("coop")
    let profile = Profile(name: "La Fabrique", legalForm: .scopAmorcage, region: "Occitanie")
    try Workspace.create(at: root, profile: profile)
    for sub in Workspace.folders {
      var isFolder: ObjCBool = false
      #expect(FileManager.default.fileExists(atPath: root + "/" + sub, isDirectory: &isFolder))
      #expect(isFolder.boolValue)
    }
    #expect(try Workspace(root: root).profile == profile)
    try FileManager.default.createDirectory(
      atPath: root + "/financing/deep/er", withIntermediateDirectories: true)
    let found = try Workspace.find(explicit: nil, from: root + "/financing/deep/er")
    #expect(found.profile.name == "La Fabrique")
  }

  @Test func refusesToOverwriteAWorkspace() throws {
    let folder = try TemporaryFolder()
    let root = folder.file("coop")
    try Workspace.create(at: root, profile: Profile(name: "A", legalForm: .scop))
    let before = try String(contentsOfFile: root + "/essor.yaml", encoding: .utf8)
    let error = #expect(throws: EssorError.self) {
      try Workspace.create(at: root, profile: Profile(name: "B", legalForm: .scic))
    }
    #expect(error?.code == .workspaceExists)
    #expect(try String(contentsOfFile: root + "/essor.yaml", encoding: .utf8) == before)
  }

  @Test func aFolderWithoutProfileIsNotAWorkspace() throws {
    let folder = try TemporaryFolder()
    let error = #expect(throws: EssorError.self) { try Workspace(root: folder.path) }
    #expect(error?.code == .workspaceNotFound)
    #expect(error?.kind.exitCode == 66)
  }
}

@Suite struct AtomicFileTests {
  @Test func writesAndReplaces() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("a.txt")
    try AtomicFile.write("one", to: path)
    try AtomicFile.write("two", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
    #expect(folder.contents == ["a.txt"])
  }

  @Test func aFailedWriteLeavesTheOldFileAndNoDebris() throws {
    struct Boom: Error {}
    let folder = try TemporaryFolder()
    let path = folder.file("a.txt")
    try AtomicFile.write("precious", to: path)
    #expect(throws: Boom.self) {
      try AtomicFile.write(to: path) { temporary in
        try "half".write(toFile: temporary, atomically: false, encoding: .utf8)
        throw Boom()
      }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious")
    #expect(folder.contents == ["a.txt"])
  }

  @Test func aSymbolicLinkIsFollowedAndKept() throws {
    let folder = try TemporaryFolder()
    try AtomicFile.write("original", to: folder.file("target.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("link.txt"), withDestinationPath: "target.txt")
    try AtomicFile.write("new", to: folder.file("link.txt"))
    #expect(try String(contentsOfFile: folder.file("target.txt"), encoding: .utf8) == "new")
    let destination = try FileManager.default.destinationOfSymbolicLink(
      atPath: folder.file("link.txt"))
    #expect(destination == "target.txt")
  }

  @Test func specialFilesAreRefused() throws {
    let folder = try TemporaryFolder()
    #expect(mkfifo(folder.file("pipe"), 0o600) == 0)
    for path in [folder.file("pipe"), folder.path, "/dev/null"] {
      let error = #expect(throws: EssorError.self) { try AtomicFile.write("x", to: path) }
      #expect(error?.code == .outputNotWritable, "\(path)")
    }
    #expect(folder.contents == ["pipe"])
  }

  @Test func temporariesOfDeadProcessesAreRemovedBeforeWritingThere() throws {
    let folder = try TemporaryFolder()
    // A process that has ended: its pid names the temporaries a kill -9 would leave.
    let ended = Process()
    ended.executableURL = URL(fileURLWithPath: "/bin/true")
    try ended.run()
    ended.waitUntilExit()
    let dead = ended.processIdentifier
    for name in [".plan.xlsx.tmp-\(dead)-1", ".fixture.answers.yaml.tmp-\(dead)-7"] {
      try "half".write(toFile: folder.file(name), atomically: false, encoding: .utf8)
    }
    // A live process's temporary (this one's) and files that only look alike stay.
    let kept = [".other.xlsx.tmp-\(getpid())-99", ".notes.tmp-x-1", ".hidden", "keep.txt"]
    for name in kept {
      try "x".write(toFile: folder.file(name), atomically: false, encoding: .utf8)
    }
    try AtomicFile.write("new", to: folder.file("plan.xlsx"))
    #expect(folder.contents == (kept + ["plan.xlsx"]).sorted())
  }

  @Test func aMissingFolderIsRefusedBeforeAnyWork() throws {
    var ran = false
    let error = #expect(throws: EssorError.self) {
      try AtomicFile.write(to: "/nonexistent-essor/out.xlsx") { _ in ran = true }
    }
    #expect(!ran)
    #expect(error?.code == .outputNotWritable)
    #expect(error?.kind.exitCode == 64)
  }
}

@Suite struct JSONValueTests {
  @Test func writesMoneyWithTwoDecimalsAndKeepsKeyOrder() {
    let value = JSONValue.object([
      ("z", .money(Money(cents: 10_000_000))), ("a", .number(0.039_999_974_6, decimals: 8)),
      ("s", .string("quote \" back \\ line\n\u{1}")), ("n", .null), ("l", .array([])),
    ])
    #expect(
      value.serialized(pretty: false)
        == #"{"z":100000.00,"a":0.03999997,"s":"quote \" back \\ line\n\u0001","n":null,"l":[]}"#)
  }

  @Test func nonFiniteNumbersBecomeNull() {
    #expect(JSONValue.number(.nan, decimals: 2).serialized() == "null")
  }
}
