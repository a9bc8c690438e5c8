import EssorCore
import Foundation

/// Actions proposed from what the other tools say now: the diagnostic's recommendations
/// and failed must-pass conditions, canvas check errors, plan rules broken and funders'
/// criteria missed, pitch slides that lack their facts.
enum Suggestions {
  /// One kind of proposal: the fact it reads, and how it becomes an action.
  private struct Source {
    var key: FactKey<FactList>
    var kind: Action.Origin.Kind
    var prefix: String
    var owner: Action.Owner.Role
    var milestone: Action.Milestone
    /// Months from today to its due date.
    var months: Int
  }

  private static let sources = [
    Source(
      key: Facts.Diagnostic.failedMustPass, kind: .diagnostic, prefix: "must", owner: .entrepreneur,
      milestone: .diagnostic, months: 1),
    Source(
      key: Facts.Diagnostic.recommendations, kind: .diagnostic, prefix: "diag",
      owner: .entrepreneur,
      milestone: .strategy, months: 2),
    Source(
      key: Facts.Canvas.checkErrors, kind: .canvas, prefix: "canvas", owner: .mentor,
      milestone: .strategy, months: 2),
    Source(
      key: Facts.Financing.brokenRules, kind: .plan, prefix: "plan", owner: .consultant,
      milestone: .financing, months: 4),
    Source(
      key: Facts.Financing.missedCriteria, kind: .funders, prefix: "funders", owner: .consultant,
      milestone: .financing, months: 4),
    Source(
      key: Facts.Pitch.gaps, kind: .pitch, prefix: "pitch", owner: .mentor, milestone: .pitch,
      months: 6),
  ]

  /// The facts suggestions read.
  static var keys: [AnyFactKey] { sources.map(\.key.erased) }

  /// Every action the facts call for now, and the facts that could not be read.
  static func all(_ facts: FactStore, language: Language, today: CalendarDate) -> (
    actions: [Action], unavailable: [Diagnostic]
  ) {
    var actions: [Action] = []
    var unavailable: [Diagnostic] = []
    var used: Set<String> = []
    for source in sources {
      switch facts.value(source.key) {
      case .absent: continue
      case .unavailable(let diagnostic):
        if !unavailable.contains(diagnostic) { unavailable.append(diagnostic) }
      case .value(let list):
        for item in list.items {
          let itemSlug = slug(item.id)
          var id =
            itemSlug.hasPrefix(source.prefix + "-") ? itemSlug : source.prefix + "-" + itemSlug
          id = String(id.prefix(56))
          var unique = id
          var counter = 2
          while used.contains(unique) {
            unique = id + "-\(counter)"
            counter += 1
          }
          used.insert(unique)
          actions.append(
            Action(
              id: unique, title: String(item.label(language).prefix(300)),
              origin: Action.Origin(source.kind, item.id), owner: .role(source.owner),
              due: today.adding(months: source.months), milestone: source.milestone))
        }
      }
    }
    return (actions, unavailable)
  }

  /// An id's letters and digits, the rest as dashes: `scop.worker-capital@2028` →
  /// `scop-worker-capital-2028`.
  static func slug(_ text: String) -> String {
    var out = ""
    for character in text.lowercased() {
      if (character.isLetter || character.isNumber) && character.isASCII {
        out.append(character)
      } else if out.last != "-" {
        out.append("-")
      }
    }
    return String(out.trimmingCharacters(in: CharacterSet(charactersIn: "-")))
  }
}
