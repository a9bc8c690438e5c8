import EssorCore
import Foundation

/// Words that say nothing a funder can check: "qualité", "tout le monde", bare "products".
///
/// Empty promises are flagged wherever they appear; generic nouns only when they are
/// nearly the whole item ("Produits", "Services", "Customers").
struct VagueWords: CanvasCheck {
  static let id = "vague-words"
  static let severity = Finding.Severity.warning
  static let summary = LocalizedText(
    fr: "Les éléments disent précisément qui, quoi, combien.",
    en: "Items say precisely who, what, how much.")

  /// Phrases that are vague wherever they appear (compared without case and accents).
  static let emptyPromises = [
    "qualite", "tout le monde", "tous publics", "grand public", "meilleur", "meilleure",
    "meilleurs", "meilleures", "innovant", "innovante", "innovants", "innovantes", "optimal",
    "optimale", "divers", "diverses", "etc", "n importe qui", "haut de gamme",
    "quality", "everyone", "everybody", "anyone", "general public", "best", "innovative",
    "world class", "cutting edge", "various", "optimal", "high end", "state of the art",
  ]
  /// Nouns too general to stand (almost) alone.
  static let genericNouns: Set<String> = [
    "produit", "produits", "service", "services", "client", "clients", "clientele",
    "solution", "solutions", "partenaires", "ventes", "particuliers", "entreprises", "public",
    "product", "products", "customer", "customers", "clients", "partners", "sales", "people",
    "companies", "businesses", "users", "utilisateurs",
  ]
  /// Words that do not make an item precise.
  static let fillers: Set<String> = [
    "de", "des", "du", "la", "le", "les", "nos", "notre", "et", "en", "our", "the", "and", "of",
    "a", "an", "for", "pour", "aux", "au",
  ]

  static func applies(to kind: CanvasKind) -> Bool { true }

  static func findings(in canvas: Canvas, context: CheckContext) -> [Finding] {
    canvas.kind.blocks.filter { !$0.refersToFactors }.flatMap { block in
      canvas.items(block).compactMap { item -> Finding? in
        guard let word = vagueness(item.text) else { return nil }
        return finding(
          LocalizedText(
            fr: "« \(word) » est vague dans « \(item.text) ».",
            en: "“\(word)” is vague in “\(item.text)”."),
          hint: LocalizedText(
            fr: "dites lequel, pour qui, combien : « 120 repas bio par jour pour 3 collèges ».",
            en: "say which, for whom, how many: “120 organic meals a day for 3 schools”."),
          block: block.id, line: item.line)
      }
    }
  }

  /// The vague word or phrase in a text, if any.
  static func vagueness(_ text: String) -> String? {
    let words = normalizedWords(text)
    let joined = " " + words.joined(separator: " ") + " "
    if let phrase = emptyPromises.first(where: { joined.contains(" " + $0 + " ") }) {
      return phrase
    }
    let meaningful = words.filter { !fillers.contains($0) }
    if meaningful.count <= 2, let noun = meaningful.first(where: genericNouns.contains) {
      return noun
    }
    return nil
  }

  private static func normalizedWords(_ text: String) -> [String] {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  static let examples: [CheckExample] = [
    .triggers(
      3, kind: "bmc",
      """
      blocks:
        segments: ["Tout le monde"]
        value-propositions: ["Des produits de qualité"]
        channels: ["Products"]
        revenues: ["Vente de 40 tonnes de légumes épluchés par an"]
      """),
    .passes(
      kind: "bmc",
      """
      blocks:
        segments: ["Cantines scolaires du Lauragais (32 écoles)"]
        value-propositions: ["Légumes bio épluchés, livrés avant 8 h"]
        channels: ["Refurbished laptop sales to schools"]
      """),
  ]
}
