import EssorCore

/// What `essor pitch check` finds in an outline: stale figures (errors), slides too long,
/// a deck too long to read cold, missing facts and slides still to do (warnings).
enum PitchCheck {
  /// The longest a slide should be spoken, in seconds.
  static let longestSlide = 90
  /// Words a reader takes in per minute, for the cold-read budget.
  static let wordsPerMinute = 200
  /// The time a funder gives a deck read cold, in minutes (DocSend: about three).
  static let coldReadMinutes = 3

  static func findings(_ outline: Outline, file: String) -> [Diagnostic] {
    var found: [Diagnostic] = []
    func line(_ id: String) -> SourceLocation? {
      outline.edits.slide(id)?.line.map { .file(path: file, line: $0, column: nil) }
        ?? .file(path: file, line: nil, column: nil)
    }
    for slide in outline.slides {
      for stale in slide.stale {
        found.append(
          Diagnostic(
            .error, .invalidValue, source: "stale-figures", at: line(slide.id),
            LocalizedText(
              fr:
                "diapositive « \(slide.id) » : votre message cite \(stale.fact) = \(stale.quoted), qui vaut maintenant \(stale.now).",
              en:
                "slide “\(slide.id)”: your message quotes \(stale.fact) = \(stale.quoted), which is now \(stale.now)."
            ),
            hint: LocalizedText(
              fr:
                "mettez le message à jour, puis videz son quoted: (Essor le remplira de nouveau).",
              en: "update the message, then empty its quoted: (Essor will fill it again).")))
      }
      if slide.seconds > longestSlide {
        found.append(
          Diagnostic(
            .warning, .invalidValue, source: "timing", at: line(slide.id),
            LocalizedText(
              fr: "diapositive « \(slide.id) » : \(slide.seconds) s, au-delà de \(longestSlide) s.",
              en: "slide “\(slide.id)”: \(slide.seconds) s, over \(longestSlide) s."),
            hint: LocalizedText(
              fr: "coupez-la en deux, ou réduisez le temps total (--minutes).",
              en: "split it, or shorten the total time (--minutes).")))
      }
      for missing in slide.missing {
        found.append(
          Diagnostic(
            .warning, .fileNotFound, source: "missing-facts", at: line(slide.id),
            LocalizedText(
              fr: "diapositive « \(slide.id) » : \(missing.fact) manque — \(missing.hint).",
              en: "slide “\(slide.id)”: \(missing.fact) is missing — \(missing.hint).")))
      }
    }
    let todo = outline.slides.filter { $0.status == .todo }.map(\.id)
    if !todo.isEmpty {
      found.append(
        Diagnostic(
          .note, .missingField, source: "todo", at: .file(path: file, line: nil, column: nil),
          LocalizedText(
            fr: "\(todo.count) diapositive(s) encore à faire : \(todo.joined(separator: ", ")).",
            en: "\(todo.count) slide(s) still to do: \(todo.joined(separator: ", "))."),
          hint: LocalizedText(
            fr: "passez leur status: à draft puis ready dans le fichier des modifications.",
            en: "set their status: to draft, then ready, in the edits file.")))
    }
    let budget = wordsPerMinute * coldReadMinutes
    if outline.words > budget {
      found.append(
        Diagnostic(
          .warning, .invalidValue, source: "cold-read",
          at: .file(path: file, line: nil, column: nil),
          LocalizedText(
            fr:
              "\(outline.words) mots : le dossier ne se lit pas en \(coldReadMinutes) minutes (\(budget) mots au plus).",
            en:
              "\(outline.words) words: the deck cannot be read cold in \(coldReadMinutes) minutes (\(budget) words at most)."
          ),
          hint: LocalizedText(
            fr: "raccourcissez les messages ; les détails vont dans les notes.",
            en: "shorten the messages; details go in the notes.")))
    }
    return found
  }
}
