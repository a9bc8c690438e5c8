import Foundation

/// Templates read once per process: a questionnaire, a canvas kind or a pitch template is
/// parsed the first time it is used and kept while its file is unchanged (same size and
/// modification time), so a cohort of two hundred enterprises that share the built-in
/// templates parses each of them once.
///
/// Only files that are data shared between workspaces belong here; an enterprise's own
/// inputs (answers, canvases, scenarios) are read every time.
public enum ParsedFileCache {
  private struct Key: Hashable {
    var path: String
    var kind: String
  }

  private struct Entry {
    var size: Int
    var modified: Date
    var value: any Sendable
  }

  nonisolated(unsafe) private static var entries: [Key: Entry] = [:]
  private static let lock = NSLock()

  /// The value `parse` gives for the file at `path`, parsed again only when the file changed;
  /// `kind` tells apart different readings of the same file.
  public static func value<Value: Sendable>(
    _ path: String, kind: String = "\(Value.self)", parse: () throws -> Value
  ) throws -> Value {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? Int) ?? -1
    let modified = (attributes?[.modificationDate] as? Date) ?? .distantPast
    let key = Key(path: path, kind: kind)
    lock.lock()
    if let entry = entries[key], entry.size == size, entry.modified == modified,
      let value = entry.value as? Value
    {
      lock.unlock()
      return value
    }
    lock.unlock()
    let value = try parse()
    lock.lock()
    entries[key] = Entry(size: size, modified: modified, value: value)
    lock.unlock()
    return value
  }
}
