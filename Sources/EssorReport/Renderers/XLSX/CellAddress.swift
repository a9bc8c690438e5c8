import EssorCore

/// A1-style addresses for zero-based rows and columns.
enum CellAddress {
  /// `A`, `Z`, `AA`… for a zero-based column.
  static func columnLetters(_ column: Int) -> String {
    var number = column + 1
    var letters = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters
  }

  /// `B7` (relative) or `$B$7` (absolute).
  static func a1(row: Int, column: Int, absolute: Bool = false) -> String {
    let dollar = absolute ? "$" : ""
    return dollar + columnLetters(column) + dollar + String(row + 1)
  }

  /// A sheet name as formulas quote it: `'Schedule 1'`.
  static func quotedSheet(_ name: String) -> String {
    "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
  }
}
