/// A spreadsheet formula whose references are written by column id, not by cell address.
///
/// The text is an English-function formula without the leading `=`, where `{…}` marks a
/// reference resolved by the workbook renderer once the layout is known:
/// - `{balance}`: the same row of column `balance` of the current table;
/// - `{balance@-1}`: the row above (any offset);
/// - `{schedule.balance#4}`: data row 4 (0-based) of table `schedule`;
/// - `{schedule.interest#0..11}`: data rows 0 to 11 of that column, as a range;
/// - `{schedule.interest*}`: every data (non-total) row of that column.
/// Defined names (`Rate`, `Amount`) are written as they are.
public struct Formula: Sendable, Hashable, ExpressibleByStringLiteral {
  /// The formula text with `{…}` references.
  public var template: String

  public init(_ template: String) { self.template = template }

  public init(stringLiteral value: String) { self.template = value }
}
