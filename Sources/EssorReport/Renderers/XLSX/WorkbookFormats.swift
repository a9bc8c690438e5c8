import CXlsxWriter
import EssorCore
import Foundation

/// The identity of a cell format, so each distinct format is created once per workbook.
struct FormatKey: Hashable {
  enum Style: Hashable {
    case title, header, label, total, plain, panelTitle, panelBody, highlight
    /// A long paragraph wrapped in merged cells.
    case note
    /// The header of a column of numbers, right-aligned over them.
    case numberHeader
  }
  var style: Style
  var number: NumberFormat = .general
  /// A value true only for the inputs as exported (``Cell/snapshot``): grey italic.
  var snapshot = false
  /// An input (``Cell/isInput``): a light yellow fill, unlocked.
  var input = false
  /// Text longer than a column may be wide: wrapped, on top of its row.
  var wrap = false
}

/// The number formats Essor uses; codes are locale-neutral (the reader localises them).
enum NumberFormat: Hashable {
  case general, money, integer, plainInteger, date, month
  case percent(Int)
  case decimal(Int)
  /// A number with its unit: days and years carry their word (French and English alike
  /// read `12 j`/`2,8 ans` poorly in English: the word follows the workbook's language).
  case quantity(QuantityUnit, Language)

  init(_ value: CellValue, kind: ColumnKind?, language: Language = .fr) {
    // A value's own type wins over its column's kind (a ratio row in a table of euros);
    // the kind then refines it (decimals, plain integers) or formats empty and text cells.
    switch (value, kind) {
    case (.money, _): self = .money
    case (.percent, .percent(let decimals)?): self = .percent(decimals)
    case (.percent, _): self = .percent(2)
    case (.number, .decimal(let decimals)?): self = .decimal(decimals)
    // An amount computed in floating point (an NPV) keeps its precision and shows as euros.
    case (.number, .money?): self = .money
    case (.number, _): self = .decimal(2)
    case (.integer, .plainInteger?): self = .plainInteger
    case (.integer, _): self = .integer
    case (.quantity(_, let unit), _): self = .quantity(unit, language)
    case (.date, .month?): self = .month
    case (.date, _): self = .date
    case (_, .month?): self = .month
    case (_, .money?): self = .money
    case (_, .date?): self = .date
    case (_, .plainInteger?): self = .plainInteger
    case (_, .integer?): self = .integer
    case (_, .decimal(let decimals)?): self = .decimal(decimals)
    case (_, .percent(let decimals)?): self = .percent(decimals)
    default: self = .general
    }
  }

  var code: String? {
    switch self {
    case .general: return nil
    case .money: return "#,##0.00\\ \"€\";[Red]\\-#,##0.00\\ \"€\""
    case .integer: return "#,##0"
    case .plainInteger: return "0"
    case .date: return "yyyy\\-mm\\-dd"
    case .month: return "yyyy\\-mm"
    case .percent(let decimals):
      return decimals == 0 ? "0%" : "0." + String(repeating: "0", count: decimals) + "%"
    case .decimal(let decimals):
      return decimals == 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: decimals)
    case .quantity(let unit, let language):
      let number =
        unit.decimals == 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: unit.decimals)
      let word = unit.suffix(language).trimmingCharacters(in: .whitespaces)
        .replacingOccurrences(of: "\u{00A0}", with: "")
      return word.isEmpty ? number : number + "\\ \"" + word + "\""
    }
  }
}
