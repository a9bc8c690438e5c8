/// A decimal number as typed by a person, split into sign and digits without any rounding.
///
/// Used to read money and rates exactly: `1 366,88`, `-4.5`, `0.04`.
struct DecimalText {
  var isNegative: Bool
  var integerDigits: String
  var fractionDigits: String

  /// Reads `text`, ignoring digit-grouping spaces and underscores and the given suffixes.
  init?(_ text: String, stripping suffixes: [String] = []) {
    var body = text.trimmingCharacters(in: .whitespaces)
    for suffix in suffixes where body.hasSuffix(suffix) {
      body = String(body.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
    }
    let groupSeparators: Set<Character> = [" ", "_", "\u{00A0}", "\u{202F}"]
    body.removeAll { groupSeparators.contains($0) }
    isNegative = body.hasPrefix("-")
    if body.hasPrefix("-") || body.hasPrefix("+") { body.removeFirst() }
    let parts = body.split(
      separator: body.contains(",") ? "," : ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let first = parts.first, !first.isEmpty,
      first.allSatisfy(\.isASCIIDigit)
    else { return nil }
    integerDigits = String(first)
    fractionDigits = parts.count == 2 ? String(parts[1]) : ""
    guard fractionDigits.allSatisfy(\.isASCIIDigit), parts.count == 1 || !fractionDigits.isEmpty
    else { return nil }
  }
}

extension Character {
  /// True for the ten ASCII digits only.
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
