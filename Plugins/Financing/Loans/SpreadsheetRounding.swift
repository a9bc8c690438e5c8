/// Rounds a float instalment to whole cents so that exact half cents round up everywhere.
///
/// PMT computed in binary floats lands a hair below or above an exact half cent (51.005 comes
/// out as 51.00499999999998 here, and differently in another spreadsheet). Essor nudges the
/// value up by one part in 10¹² before rounding half-up, and writes the same nudge in the
/// workbook's formula (`ROUND(PMT(…)*(1+1E-12),2)`), so exact ties round up in Essor and in
/// every spreadsheet alike. The nudge is a thousand times the float error and far below a
/// cent for any amount Essor accepts.
enum SpreadsheetRounding {
  /// The relative nudge, as the workbook formula writes it.
  static let nudgeText = "1E-12"
  static let nudge = 1e-12

  /// `cents` (≥ 0) nudged and rounded half-up to a whole number of cents; 0 if not finite.
  static func halfUpCents(_ cents: Double) -> Int64 {
    let rounded = (cents * (1 + nudge)).rounded(.toNearestOrAwayFromZero)
    guard rounded.isFinite, rounded.magnitude < 9.2e18 else { return 0 }
    return Int64(rounded)
  }
}
