import EssorCore
import Foundation

/// Reads a workspace canvas file against its kind, naming file:line and what is allowed for
/// every mistake (unknown kind or block, a tag to no item, a level outside the curve's
/// range, a factor missing for a player, a duplicate factor…).
public enum CanvasReader {
  /// The `schema:` versions of canvas files this Essor reads.
  public static let supportedSchemas = 1...1

  static let fields = ["schema", "kind", "title", "blocks", "factors", "players"]
  static let itemFields = [
    "id", "text", "tags", "status", "evidence", "impact", "category", "amount", "share", "factor",
  ]

  /// Loads the canvas at `path`, finding its kind in `catalog`.
  public static func load(path: String, catalog: KindCatalog) throws -> FilledCanvas {
    try read(YAMLDocument.load(path: path), path: path, catalog: catalog)
  }

  /// Reads a parsed canvas file.
  public static func read(_ root: YAMLNode, path: String, catalog: KindCatalog) throws
    -> FilledCanvas
  {
    let map = try root.mapping()
    try map.rejectUnknownKeys(allowed: fields)
    try YAMLDocument.checkSchema(map, supported: supportedSchemas)
    let kindNode = try map.required("kind")
    let kindID = try kindNode.text()
    guard let kind = try catalog.kind(kindID) else {
      throw kindNode.error(
        .invalidValue,
        LocalizedText(
          fr: "modèle de canevas « \(kindID) » inconnu.", en: "unknown canvas kind “\(kindID)”."),
        hint: catalog.allowedHint)
    }
    var curve: ValueCurve?
    if let curveSpec = kind.curve {
      curve = try readCurve(map, spec: curveSpec)
    } else if let stray = map.optional("factors") ?? map.optional("players") {
      throw stray.error(
        .unknownField,
        LocalizedText(
          fr: "le modèle « \(kind.id) » n’a pas de courbe de valeur.",
          en: "the kind “\(kind.id)” has no value curve."),
        hint: LocalizedText(
          fr: "factors: et players: vont dans un canevas « strategy ».",
          en: "factors: and players: belong in a “strategy” canvas."))
    }
    var blocks: [String: [CanvasItem]] = [:]
    var tagNodes: [(tag: String, node: YAMLNode, owner: String?)] = []
    var ids: [String: Int] = [:]
    if let blocksNode = map.optional("blocks") {
      let blocksMap = try blocksNode.mapping()
      try blocksMap.rejectUnknownKeys(allowed: kind.blocks.map(\.id))
      for spec in kind.blocks {
        guard let node = blocksMap.optional(spec.id) else { continue }
        var items: [CanvasItem] = []
        for itemNode in try node.sequence(
          atMost: InputLimits.itemsPerCanvasBlock,
          of: LocalizedText(fr: "éléments dans ce bloc", en: "items in this block"))
        {
          let (item, tags) = try readItem(itemNode, block: spec)
          if let id = item.id {
            if let line = ids[id] {
              throw try itemNode.mapping().required("id").error(
                .duplicate,
                LocalizedText(
                  fr: "l’identifiant « \(id) » est déjà pris ligne \(line).",
                  en: "the id “\(id)” is already used on line \(line)."))
            }
            ids[id] = item.line
          }
          tagNodes += tags.map { ($0.0, $0.1, item.id) }
          items.append(item)
        }
        blocks[spec.id] = items
      }
    }
    for (tag, node, owner) in tagNodes where tag == owner {
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "l’élément « \(tag) » se cite lui-même.", en: "the item “\(tag)” names itself."),
        hint: LocalizedText(
          fr: "citez les éléments qu’il sert (segments, propositions de valeur…).",
          en: "name the items it serves (segments, value propositions…)."))
    }
    for (tag, node, _) in tagNodes where ids[tag] == nil {
      let known = ids.keys.sorted().joined(separator: ", ")
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "« \(tag) » ne désigne aucun élément du canevas.",
          en: "“\(tag)” names no item of the canvas."),
        hint: ids.isEmpty
          ? LocalizedText(
            fr: "donnez un id: à l’élément visé.", en: "give the item it refers to an id:.")
          : LocalizedText(fr: "identifiants connus : \(known).", en: "known ids: \(known)."))
    }
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    return FilledCanvas(
      name: name, path: path, kind: kind, title: try map.optional("title")?.text(),
      blocks: blocks, curve: curve)
  }

  private static func readItem(_ node: YAMLNode, block: BlockSpec) throws -> (
    CanvasItem, [(String, YAMLNode)]
  ) {
    if case .scalar(let text, _) = node.content {
      try nonEmpty(text, node)
      return (
        CanvasItem(text: text, factor: block.refersToFactors ? text : nil, line: node.line), []
      )
    }
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: itemFields)
    var item = CanvasItem(text: "", line: node.line)
    if block.refersToFactors {
      item.factor = try map.required("factor").text()
      item.text = try map.optional("text")?.text() ?? item.factor ?? ""
    } else {
      if let factor = map.optional("factor") {
        throw factor.error(
          .unknownField,
          LocalizedText(
            fr: "ce bloc ne cite pas de facteurs.", en: "this block does not name factors."))
      }
      let textNode = try map.required("text")
      item.text = try textNode.text()
      try nonEmpty(item.text, textNode)
    }
    if let idNode = map.optional("id") {
      item.id = try idNode.value(
        allowed: LocalizedText(
          fr: "un identifiant sans espace (lettres, chiffres, - et _)",
          en: "an id without spaces (letters, digits, - and _)")
      ) { text in
        text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } && !text.isEmpty
          && text.count <= 60 ? text : nil
      }
    }
    var tags: [(String, YAMLNode)] = []
    if let tagsNode = map.optional("tags") {
      let nodes: [YAMLNode]
      if case .scalar = tagsNode.content {
        nodes = [tagsNode]
      } else {
        nodes = try tagsNode.sequence()
      }
      for tagNode in nodes { tags.append((try tagNode.text(), tagNode)) }
      item.tags = tags.map(\.0)
    }
    item.status = try map.optional("status")?.choice(HypothesisStatus.self)
    item.evidence = try map.optional("evidence")?.text()
    item.impact = try map.optional("impact")?.text()
    if let categoryNode = map.optional("category") {
      let allowed = block.categories.map(\.id)
      guard !allowed.isEmpty else {
        throw categoryNode.error(
          .unknownField,
          LocalizedText(
            fr: "le bloc « \(block.id) » n’a pas de catégories.",
            en: "the block “\(block.id)” has no categories."))
      }
      item.category = try categoryNode.value(
        allowed: LocalizedText(
          fr: "l’une de \(allowed.joined(separator: ", "))",
          en: "one of \(allowed.joined(separator: ", "))")
      ) { allowed.contains($0) ? $0 : nil }
    }
    item.amount = try map.optional("amount")?.value(
      allowed: LocalizedText(
        fr: "un montant annuel en euros, ex. 120000", en: "a yearly amount in euros, e.g. 120000")
    ) { Money.parse($0).flatMap { $0 >= .zero ? $0 : nil } }
    item.share = try map.optional("share")?.value(
      allowed: LocalizedText(
        fr: "une part de 0 à 100 %, ex. 60%", en: "a share from 0 to 100%, e.g. 60%")
    ) { Rate.parse($0).flatMap { $0 >= .zero && $0.fraction <= 1 ? $0 : nil } }
    return (item, tags)
  }

  private static func nonEmpty(_ text: String, _ node: YAMLNode) throws {
    guard text.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    throw node.error(
      .invalidValue, LocalizedText(fr: "texte vide.", en: "empty text."),
      hint: LocalizedText(
        fr: "écrivez l’élément ou retirez-le.", en: "write the item or remove it."))
  }

  private static func readCurve(_ map: YAMLMapping, spec: CanvasKind.Curve) throws -> ValueCurve {
    var factors: [ValueCurve.Factor] = []
    for node in try map.optional("factors")?.sequence() ?? [] {
      let factor: ValueCurve.Factor
      if case .scalar(let text, _) = node.content {
        factor = ValueCurve.Factor(id: text, label: text, line: node.line)
      } else {
        let fields = try node.mapping()
        try fields.rejectUnknownKeys(allowed: ["id", "label"])
        let label = try fields.required("label").text()
        factor = ValueCurve.Factor(
          id: try fields.optional("id")?.text() ?? label, label: label, line: node.line)
      }
      try nonEmpty(factor.id, node)
      if let other = factors.first(where: { $0.id == factor.id || $0.label == factor.label }) {
        let same = other.id == factor.id ? factor.id : factor.label
        throw node.error(
          .duplicate,
          LocalizedText(
            fr: "le facteur « \(same) » est déjà défini ligne \(other.line).",
            en: "the factor “\(same)” is already defined on line \(other.line)."),
          hint: LocalizedText(
            fr: "chaque facteur n’apparaît qu’une fois sur la courbe.",
            en: "each factor appears once on the curve."))
      }
      factors.append(factor)
    }
    var players: [ValueCurve.Player] = []
    let factorList = factors.map(\.id).joined(separator: ", ")
    for node in try map.optional("players")?.sequence() ?? [] {
      let fields = try node.mapping()
      try fields.rejectUnknownKeys(allowed: ["name", "us", "levels"])
      let nameNode = try fields.required("name")
      let name = try nameNode.text()
      try nonEmpty(name, nameNode)
      if players.contains(where: { $0.name == name }) {
        throw try fields.required("name").error(
          .duplicate,
          LocalizedText(
            fr: "deux acteurs s’appellent « \(name) ».", en: "two players are named “\(name)”."))
      }
      let isUs = try fields.optional("us").map(CanvasKindReader.boolean) ?? false
      var levels: [String: Int] = [:]
      let levelsNode = try fields.required("levels")
      let levelsMap = try levelsNode.mapping()
      try levelsMap.rejectUnknownKeys(allowed: factors.map(\.id))
      for factor in factors {
        guard let levelNode = levelsMap.optional(factor.id) else {
          throw levelsNode.error(
            .missingField,
            LocalizedText(
              fr: "« \(name) » n’a pas de niveau pour le facteur « \(factor.id) ».",
              en: "“\(name)” has no level for the factor “\(factor.id)”."),
            hint: LocalizedText(
              fr: "chaque acteur a un niveau (\(spec.levels.lowerBound)–\(spec.levels.upperBound))"
                + " pour chaque facteur : \(factorList).",
              en: "every player has a level (\(spec.levels.lowerBound)–\(spec.levels.upperBound))"
                + " for every factor: \(factorList)."))
        }
        levels[factor.id] = try levelNode.integer(in: spec.levels)
      }
      players.append(ValueCurve.Player(name: name, isUs: isUs, levels: levels, line: node.line))
    }
    let ours = players.filter(\.isUs)
    if !players.isEmpty && ours.count != 1 {
      let node = try map.required("players")
      throw node.error(
        .invalidValue,
        LocalizedText(
          fr: "\(ours.count) acteurs portent « us: true ».",
          en: "\(ours.count) players have “us: true”."),
        hint: LocalizedText(
          fr: "marquez exactement un acteur, le vôtre, avec us: true.",
          en: "mark exactly one player, yours, with us: true."))
    }
    return ValueCurve(factors: factors, players: players)
  }
}
