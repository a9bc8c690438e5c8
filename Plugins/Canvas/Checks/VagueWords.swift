import EssorCore
import Foundation

/// Words that say nothing a funder can check: "qualité", "tout le monde", bare "products".
///
/// Empty promises are flagged wherever they appear; generic nouns only when they are
/// nearly the whole item ("Produits", "Services", "Customers").
struct VagueWords: CanvasCheck {
  static let id = "vague-words"
  static let severity = Diagnostic.Severity.warning
  static let summary = LocalizedText(
    fr: "Les éléments disent précisément qui, quoi, combien.",
    en: "Items say precisely who, what, how much.")

  /// Phrases that are vague wherever they appear (compared without case and accents):
  /// claims of quality or excellence, "everyone", and words that stand for a list.
  static let emptyPromises: [[String]] = [
    "de qualite", "haute qualite", "qualite superieure", "meilleure qualite", "tout le monde",
    "tous publics", "grand public", "le meilleur", "la meilleure", "les meilleurs",
    "les meilleures", "meilleur prix", "innovant", "innovante", "innovants", "innovantes",
    "optimal", "optimale", "optimaux", "divers", "diverses", "etc", "n importe qui",
    "haut de gamme", "high quality", "top quality", "best quality", "quality products",
    "quality product", "quality service", "quality services", "everyone", "everybody",
    "anyone", "general public", "the best", "best in class", "innovative", "world class",
    "cutting edge", "various", "high end", "state of the art",
  ].map { $0.split(separator: " ").map(String.init) }
  /// Words too general to stand (almost) alone: "Produits", "Qualité", "Customers".
  static let genericNouns: Set<String> = [
    "produit", "produits", "service", "services", "client", "clients", "clientele",
    "solution", "solutions", "partenaires", "ventes", "particuliers", "entreprises", "public",
    "qualite", "product", "products", "customer", "customers", "partners", "sales", "people",
    "companies", "businesses", "users", "utilisateurs", "quality",
  ]
  /// Words that do not make an item precise.
  static let fillers: Set<String> = [
    "de", "des", "du", "la", "le", "les", "nos", "notre", "et", "en", "our", "the", "and", "of",
    "a", "an", "for", "pour", "aux", "au",
  ]

  /// The words a block is about: in its own block, "Ventes" is the subject, not a vague
  /// word ("Ventes aux particuliers" in the revenue block says which sales).
  static let subjects: [String: Set<String>] = [
    "revenues": ["vente", "ventes", "sale", "sales", "revenu", "revenus", "revenue", "revenues"],
    "segments": ["client", "clients", "clientele", "customer", "customers"],
    "customers": ["client", "clients", "clientele", "customer", "customers"],
    "beneficiaries": ["beneficiaire", "beneficiaires", "beneficiary", "beneficiaries"],
    "partners": ["partenaire", "partenaires", "partner", "partners"],
    "channels": ["vente", "ventes", "sale", "sales"],
  ]

  static func applies(to kind: CanvasKind) -> Bool { true }

  static func findings(in canvas: FilledCanvas, context: CheckContext) -> [BlockDiagnostic] {
    canvas.kind.blocks.filter { !$0.refersToFactors }.flatMap { block in
      canvas.items(block).compactMap { item -> BlockDiagnostic? in
        guard let word = vagueness(item.text, subject: subjects[block.id] ?? []) else {
          return nil
        }
        return finding(
          in: canvas,
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

  /// The vague word or phrase in a text, as the text writes it, if any; `subject` holds the
  /// words the block is about: one of them with another word makes a precise item.
  static func vagueness(_ text: String, subject: Set<String> = []) -> String? {
    let words = text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    let folded = words.map {
      $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
    for phrase in emptyPromises where phrase.count <= folded.count {
      for start in 0...(folded.count - phrase.count)
      where Array(folded[start..<(start + phrase.count)]) == phrase {
        return words[start..<(start + phrase.count)].joined(separator: " ")
      }
    }
    let meaningful = folded.indices.filter { !fillers.contains(folded[$0]) }
    let aboutTheBlock = meaningful.contains { subject.contains(folded[$0]) }
    if meaningful.count <= (aboutTheBlock ? 1 : 2),
      let noun = meaningful.first(where: { genericNouns.contains(folded[$0]) })
    {
      return words[noun]
    }
    return nil
  }

  static let examples: [CheckExample] = [
    .triggers(
      "vague words in segments and propositions", kind: "bmc",
      """
      blocks:
        segments: ["Tout le monde"]
        value-propositions: ["Des produits de qualité", "Qualité"]
        channels: ["Products"]
        revenues: ["Vente de 40 tonnes de légumes épluchés par an"]
      """,
      .warning(line: 4, mentions: ["Tout le monde"]),
      .warning(line: 5, mentions: ["de qualité", "Des produits de qualité"]),
      .warning(line: 5, mentions: ["Qualité"]),
      .warning(line: 6, mentions: ["Products"])),
    .triggers(
      "a block's own subject alone says nothing", kind: "bmc",
      """
      blocks:
        revenues: ["Ventes"]
      """,
      .warning(line: 4, mentions: ["Ventes"])),
    .passes(
      "precise segments and propositions", kind: "bmc",
      """
      blocks:
        segments: ["Cantines scolaires du Lauragais (32 écoles)"]
        value-propositions:
          - "Légumes bio épluchés, livrés avant 8 h"
          - "Mesure de la qualité de l’air intérieur dans 12 écoles"
          - "Air quality sensors for 12 schools"
        channels: ["Refurbished laptop sales to schools"]
        revenues: ["Ventes aux particuliers"]
        activities: ["Contrôle qualité à réception des légumes (norme ISO 9001)"]
        resources: ["Un associé titré Meilleur Ouvrier de France"]
      """),
  ]
}
