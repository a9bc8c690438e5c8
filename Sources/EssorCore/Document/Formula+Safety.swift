/// What a formula read from a file may hold, so a hand-edited or shared document cannot put
/// a live command into a workbook.
extension Formula {
  /// The functions Essor's own tools write (financing plans, loan schedules, ratios), and a
  /// few plain ones of the same kind; nothing that reaches outside the workbook.
  public static let allowedFunctions: Set<String> = [
    "ABS", "AND", "AVERAGE", "COUNT", "COUNTIFS", "EDATE", "FV", "IF", "IFERROR", "IPMT", "IRR",
    "ISNUMBER", "MAX",
    "MIN", "NOT", "NPV", "OR", "PMT", "PPMT", "PV", "RATE", "ROUND", "ROUNDDOWN", "ROUNDUP",
    "SUM", "SUMIFS", "T", "TODAY",
  ]

  /// The longest formula accepted, in characters (Excel's own limit is 8,192).
  public static let maximumLength = 8_192

  /// Why the formula may not be written from a file Essor did not make itself, or nil.
  ///
  /// Accepted: numbers, `"text"`, arithmetic and comparison operators, parentheses and
  /// commas, Essor's `{table.column#row}` references, defined names, and calls of
  /// ``allowedFunctions``. Refused: anything else — DDE (`cmd|' /C calc'!A0`), references to
  /// other sheets or workbooks (`!`, `[`, `'`), HYPERLINK, WEBSERVICE and other functions.
  public var refusal: LocalizedText? {
    let scalars = Array(template.unicodeScalars)
    guard scalars.count <= Self.maximumLength else {
      return LocalizedText(
        fr: "formule de plus de \(Self.maximumLength) caractères",
        en: "formula longer than \(Self.maximumLength) characters")
    }
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "{":
        guard let close = scalars[index...].firstIndex(of: "}") else {
          return LocalizedText(fr: "référence { non fermée", en: "unclosed { reference")
        }
        let inside = scalars[(index + 1)..<close]
        let allowed = inside.allSatisfy {
          $0.properties.isAlphabetic || ("0"..."9").contains($0)
            || ["_", "-", ".", "@", "#", "*"].contains($0)
        }
        guard allowed, !inside.isEmpty else {
          return LocalizedText(
            fr: "référence {\(String(String.UnicodeScalarView(inside)).prefix(40))} invalide",
            en: "invalid reference {\(String(String.UnicodeScalarView(inside)).prefix(40))}")
        }
        index = close + 1
      case "\"":
        var end = index + 1
        while end < scalars.count {
          if scalars[end] == "\"" {
            if end + 1 < scalars.count, scalars[end + 1] == "\"" {
              end += 2
              continue
            }
            break
          }
          end += 1
        }
        guard end < scalars.count else {
          return LocalizedText(fr: "texte \" non fermé", en: "unclosed \" text")
        }
        index = end + 1
      case _ where scalar.properties.isAlphabetic || scalar == "_":
        var end = index
        while end < scalars.count,
          scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end])
            || scalars[end] == "_" || scalars[end] == "."
        {
          end += 1
        }
        let word = String(String.UnicodeScalarView(scalars[index..<end]))
        var next = end
        while next < scalars.count, scalars[next] == " " { next += 1 }
        if next < scalars.count, scalars[next] == "(",
          !Self.allowedFunctions.contains(word.uppercased())
        {
          return LocalizedText(
            fr: "la fonction \(word.prefix(40)) n’est pas de celles qu’Essor écrit",
            en: "the function \(word.prefix(40)) is not one Essor writes")
        }
        index = end
      case "0"..."9", ".", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%", ",", "(", ")", " ":
        index += 1
      default:
        return LocalizedText(
          fr:
            "le caractère « \(scalar.isControlOrFormatting ? scalar.visibleEscape : String(scalar)) » n’a pas sa place dans une formule d’Essor (lien externe, DDE ?)",
          en:
            "the character “\(scalar.isControlOrFormatting ? scalar.visibleEscape : String(scalar))” has no place in an Essor formula (external link, DDE?)"
        )
      }
    }
    return nil
  }
}
