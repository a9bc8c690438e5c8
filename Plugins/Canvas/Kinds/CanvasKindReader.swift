import EssorCore

/// Reads and lints a canvas kind file.
///
/// Errors (a duplicate block, a role used twice, blocks that overlap or leave the grid,
/// min above max, a missing default-language label…) stop the load with file:line; labels
/// missing in the other language are warnings, shown by `essor canvas kinds`.
public enum CanvasKindReader {
  /// The `schema:` versions of kind files this Essor reads.
  public static let supportedSchemas = 1...1

  static let fields = [
    "schema", "kind", "default-language", "title", "description", "credit", "layout", "blocks",
    "curve",
  ]
  static let blockFields = [
    "id", "role", "title", "questions", "required", "min", "max", "advise-max", "position",
    "categories", "refers-to",
  ]

  /// A kind with the lint warnings its file gave.
  public struct Result: Sendable {
    public var kind: CanvasKind
    public var warnings: [EssorError]
  }

  /// Loads the kind file at `path`.
  public static func load(path: String) throws -> Result {
    try read(YAMLDocument.load(path: path), path: path)
  }

  /// Reads a parsed kind file.
  public static func read(_ root: YAMLNode, path: String) throws -> Result {
    let map = try root.mapping()
    try map.rejectUnknownKeys(allowed: fields)
    try YAMLDocument.checkSchema(map, supported: supportedSchemas)
    var warnings: [EssorError] = []
    let language = try map.optional("default-language")?.choice(Language.self) ?? .en
    func label(_ node: YAMLNode) throws -> LocalizedText {
      let (text, missing) = try node.localizedText(defaultLanguage: language)
      for other in missing where other != language {
        warnings.append(
          node.error(
            .missingField,
            LocalizedText(
              fr: "pas de texte en « \(other.rawValue) » : le texte en « \(language.rawValue) » "
                + "sera affiché.",
              en: "no “\(other.rawValue)” text: the “\(language.rawValue)” text will be shown.")))
      }
      return text
    }
    let idNode = try map.required("kind")
    let id = try identifier(idNode)
    let layout = try map.required("layout").mapping()
    try layout.rejectUnknownKeys(allowed: ["columns", "rows"])
    let columns = try layout.required("columns").integer(in: 1...24)
    let rows = try layout.required("rows").integer(in: 1...24)
    var curve: CanvasKind.Curve?
    if let node = map.optional("curve") { curve = try readCurve(node) }
    var blocks: [BlockSpec] = []
    var covered: [GridCell: String] = [:]
    let blockNodes = try map.required("blocks").sequence()
    guard !blockNodes.isEmpty else {
      throw try map.required("blocks").error(
        .invalidValue, LocalizedText(fr: "aucun bloc.", en: "no block."))
    }
    for node in blockNodes {
      let block = try readBlock(node, label: label, columns: columns, rows: rows)
      if let other = blocks.first(where: { $0.id == block.id }) {
        throw try node.mapping().required("id").error(
          .duplicate,
          LocalizedText(
            fr: "le bloc « \(block.id) » est déjà défini ligne \(other.line).",
            en: "the block “\(block.id)” is already defined on line \(other.line)."))
      }
      if let role = block.role, let other = blocks.first(where: { $0.role == role }) {
        throw try node.mapping().required("role").error(
          .duplicate,
          LocalizedText(
            fr: "le rôle « \(role.rawValue) » est déjà celui du bloc « \(other.id) ».",
            en: "the role “\(role.rawValue)” already belongs to the block “\(other.id)”."))
      }
      if block.refersToFactors && curve == nil {
        throw try node.mapping().required("refers-to").error(
          .invalidValue,
          LocalizedText(
            fr: "un bloc ne peut citer des facteurs que si le modèle a une courbe (curve:).",
            en: "a block can name factors only when the kind has a curve (curve:)."))
      }
      for cell in block.position.cells {
        if let other = covered[cell] {
          throw try node.mapping().required("position").error(
            .invalidValue,
            LocalizedText(
              fr: "le bloc chevauche « \(other) » (ligne \(cell.row + 1), colonne "
                + "\(cell.column + 1)).",
              en: "the block overlaps “\(other)” (row \(cell.row + 1), column \(cell.column + 1))."
            ))
        }
        covered[cell] = block.id
      }
      blocks.append(block)
    }
    let kind = CanvasKind(
      id: id, defaultLanguage: language, title: try label(try map.required("title")),
      description: try map.optional("description").map(label),
      credit: try map.optional("credit").map(label), columns: columns, rows: rows,
      blocks: blocks, curve: curve, path: path)
    return Result(kind: kind, warnings: warnings)
  }

  /// An id: lowercase letters, digits and dashes, starting with a letter.
  static func identifier(_ node: YAMLNode) throws -> String {
    try node.value(
      allowed: LocalizedText(
        fr: "des minuscules, chiffres et tirets, commençant par une lettre",
        en: "lowercase letters, digits and dashes, starting with a letter")
    ) { text in
      guard let first = text.first, first.isLetter, first.isLowercase, text.count <= 40,
        text.allSatisfy({
          ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-"
        })
      else { return nil }
      return text
    }
  }

  private static func readBlock(
    _ node: YAMLNode, label: (YAMLNode) throws -> LocalizedText, columns: Int, rows: Int
  ) throws -> BlockSpec {
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: blockFields)
    let id = try identifier(try map.required("id"))
    let role = try map.optional("role")?.choice(Role.self)
    let questionsNode = try map.required("questions")
    let questionNodes = try questionsNode.sequence()
    guard (1...3).contains(questionNodes.count) else {
      throw questionsNode.error(
        .invalidValue,
        LocalizedText(
          fr: "\(questionNodes.count) questions ; il en faut de 1 à 3.",
          en: "\(questionNodes.count) questions; 1 to 3 are needed."),
        hint: LocalizedText(
          fr: "les questions guident qui remplit le bloc.",
          en: "the questions guide whoever fills the block."))
    }
    let minimum = try map.optional("min")?.integer(in: 0...100)
    let maximum = try map.optional("max")?.integer(in: 1...100)
    if let minimum, let maximum, minimum > maximum {
      throw try map.required("min").error(
        .invalidValue,
        LocalizedText(
          fr: "min (\(minimum)) dépasse max (\(maximum)).",
          en: "min (\(minimum)) exceeds max (\(maximum))."))
    }
    let positionNode = try map.required("position")
    let position = try positionNode.mapping()
    try position.rejectUnknownKeys(allowed: ["row", "column", "width", "height"])
    let row = try position.required("row").integer(in: 1...rows)
    let column = try position.required("column").integer(in: 1...columns)
    let width = try position.optional("width")?.integer(in: 1...(columns - column + 1)) ?? 1
    let height = try position.optional("height")?.integer(in: 1...(rows - row + 1)) ?? 1
    var categories: [BlockSpec.Category] = []
    for categoryNode in try map.optional("categories")?.sequence() ?? [] {
      let category = try categoryNode.mapping()
      try category.rejectUnknownKeys(allowed: ["id", "title", "counted"])
      let idNode = try category.required("id")
      let categoryID = try identifier(idNode)
      guard !categories.contains(where: { $0.id == categoryID }) else {
        throw idNode.error(
          .duplicate,
          LocalizedText(
            fr: "catégorie « \(categoryID) » en double.",
            en: "duplicate category “\(categoryID)”."))
      }
      categories.append(
        BlockSpec.Category(
          id: categoryID,
          title: try category.optional("title").map(label)
            ?? LocalizedText(fr: categoryID, en: categoryID),
          counted: try category.optional("counted").map(boolean) ?? true))
    }
    var refersToFactors = false
    if let refers = map.optional("refers-to") {
      refersToFactors = try refers.value(
        allowed: LocalizedText(fr: "factors", en: "factors")
      ) { $0 == "factors" ? true : nil }
    }
    return BlockSpec(
      id: id, role: role, title: try label(try map.required("title")),
      questions: try questionNodes.map(label),
      required: try map.optional("required").map(boolean)
        ?? false,
      minimum: minimum, maximum: maximum,
      adviseMaximum: try map.optional("advise-max")?.integer(in: 1...100),
      position: BlockSpec.Position(row: row - 1, column: column - 1, width: width, height: height),
      categories: categories, refersToFactors: refersToFactors, line: node.line)
  }

  private static func readCurve(_ node: YAMLNode) throws -> CanvasKind.Curve {
    let map = try node.mapping()
    try map.rejectUnknownKeys(allowed: ["factors", "levels", "rivals"])
    func range(_ key: String, _ limits: ClosedRange<Int>) throws -> ClosedRange<Int> {
      let child = try map.required(key)
      let range = try child.mapping()
      try range.rejectUnknownKeys(allowed: ["min", "max"])
      let low = try range.required("min").integer(in: limits)
      let high = try range.required("max").integer(in: limits)
      guard low <= high else {
        throw child.error(
          .invalidValue, LocalizedText(fr: "min dépasse max.", en: "min exceeds max."))
      }
      return low...high
    }
    let rivals = try map.required("rivals").mapping()
    try rivals.rejectUnknownKeys(allowed: ["min"])
    return CanvasKind.Curve(
      factors: try range("factors", 1...40), levels: try range("levels", 0...100),
      minimumRivals: try rivals.required("min").integer(in: 1...20))
  }

  /// A YAML boolean: true/false (yes/no accepted).
  static func boolean(_ node: YAMLNode) throws -> Bool {
    try node.value(allowed: LocalizedText(fr: "true ou false", en: "true or false")) {
      switch $0.lowercased() {
      case "true", "yes": return true
      case "false", "no": return false
      default: return nil
      }
    }
  }
}
