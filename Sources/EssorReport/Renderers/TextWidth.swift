import EssorCore

/// How many terminal columns text takes: East Asian wide and fullwidth characters and
/// emoji take two, everything else one (combining marks belong to their character).
enum TextWidth {
  /// The columns one character takes.
  static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x1100 && scalars.count == 1 { return 1 }
    if scalars.contains(where: { $0.properties.isEmojiPresentation })
      || scalars.contains("\u{FE0F}") && first.properties.isEmoji
    {
      return 2
    }
    return isWide(first.value) ? 2 : 1
  }

  /// The columns a text takes.
  static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  /// The columns of the longest word of `text`.
  static func longestWord(_ text: String) -> Int {
    text.split(separator: " ").reduce(0) { max($0, of(String($1))) }
  }

  /// The longest start of `text` that fits in `width` columns.
  static func prefix(_ text: String, width: Int) -> String {
    var used = 0
    var out = ""
    for character in text {
      let columns = of(character)
      guard used + columns <= width else { break }
      used += columns
      out.append(character)
    }
    return out
  }

  /// Unicode's East Asian Wide (W) and Fullwidth (F) ranges.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
