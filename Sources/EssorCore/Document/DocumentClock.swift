import Foundation

/// The creation time written into files: `SOURCE_DATE_EPOCH` when set (reproducible
/// builds convention), else now.
public enum DocumentClock {
  public static func now() -> Int {
    if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let value = Int(text) {
      return value
    }
    return Int(Date().timeIntervalSince1970)
  }
}
