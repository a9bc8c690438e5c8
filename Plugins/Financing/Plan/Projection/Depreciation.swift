import EssorCore

/// Straight-line depreciation by the month (also the release of investment grants).
enum Depreciation {
  /// What is written off an amount bought in plan month `month` over `years` years, after
  /// `elapsed` months of the plan: `round(amount × min(max(elapsed − month, 0), 12·years) ÷
  /// (12·years))`, the workbook's formula.
  static func accumulated(_ amount: Money, from month: Int, years: Int, after elapsed: Int)
    -> Money
  {
    guard years > 0 else { return .zero }
    let life = Int64(years * 12)
    let used = min(max(Int64(elapsed - month), 0), life)
    return amount.scaled(by: used, over: life)
  }
}
