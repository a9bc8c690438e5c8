/// One `PATH=VALUE` change to a YAML input for a single run, as `--set` gives it.
///
/// The path names keys with dots and list items in brackets — by position (`resources[2]`),
/// by a field (`resources[label="Prêt Socoden"]`) or by a word matching an item's `kind`,
/// `id` or `label` (`resources[bank-loan]`, which must then be the only one); the position
/// after the last adds an item. The value is
/// written as in the file (`5.2%`, `[1, 2, 3]`, `{first: 700000, growth: 5%}`). Missing keys
/// are added, so an optional block can be set; the reader then checks the result as it checks
/// the file, and whatever it refuses is located at the flag.
///
///     let edit = try YAMLEdit(parsing: "resources[bank-loan].rate=5.2%", flag: "--set")
///     let (changed, before) = try edit.apply(to: root)   // before == "4.1%"
public struct YAMLEdit: Sendable {
  /// How a list item is chosen.
  public enum Selector: Sendable, Equatable {
    /// The n-th item, from 1.
    case index(Int)
    /// The item whose field has this value.
    case field(String, String)
    /// The one item whose `kind`, `id` or `label` is this word.
    case word(String)
  }

  /// A key, and the item of the list under it when a selector follows.
  public struct Segment: Sendable, Equatable {
    public var key: String
    public var selector: Selector?
  }

  /// The flag that gave it, named in errors (`--set`).
  public let flag: String
  /// The path as written.
  public let pathText: String
  /// The value as written.
  public let valueText: String
  /// The path, parsed.
  public let path: [Segment]

  /// Where anything this edit put in the tree comes from: `--set PATH`.
  public var origin: SourceLocation { .flag(flag + " " + pathText) }

  /// Reads `PATH=VALUE`; a malformed one is a usage error naming the flag.
  public init(parsing text: String, flag: String) throws {
    self.flag = flag
    guard let equals = Self.separator(in: text) else {
      if text.filter({ $0 == "[" }).count > text.filter({ $0 == "]" }).count {
        throw Self.usage(
          flag + " " + text,
          LocalizedText(
            fr: "un crochet de « \(text.excerpt) » n’est pas fermé.",
            en: "a bracket of “\(text.excerpt)” is not closed."))
      }
      throw Self.usage(
        flag + " " + text,
        LocalizedText(
          fr: "« \(text.excerpt) » n’a pas la forme CHEMIN=VALEUR.",
          en: "“\(text.excerpt)” is not of the form PATH=VALUE."))
    }
    pathText = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
    valueText = String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
    path = try Self.segments(pathText, flag: flag)
  }

  /// The tree with the edit made, and the previous value's text when it replaced a value.
  public func apply(to root: YAMLNode) throws -> (node: YAMLNode, previous: String?) {
    var previous: String?
    let value = try valueNode()
    let node = try set(root, path[...], value: value, keyPath: "", previous: &previous)
    return (node, previous)
  }

  // MARK: Reading the flag

  /// The `=` between path and value: the first outside brackets and quotes.
  static func separator(in text: String) -> String.Index? {
    var depth = 0
    var quoted = false
    for index in text.indices {
      switch text[index] {
      case "\"": quoted.toggle()
      case "[" where !quoted: depth += 1
      case "]" where !quoted: depth -= 1
      case "=" where !quoted && depth == 0: return index
      default: continue
      }
    }
    return nil
  }

  static func segments(_ text: String, flag: String) throws -> [Segment] {
    var segments: [Segment] = []
    var rest = Substring(text)
    let bad = { (reason: LocalizedText) in Self.usage(flag + " " + text, reason) }
    let allowed = LocalizedText(
      fr: "des clés séparées par des points, un élément de liste entre crochets : "
        + "operations.revenue, resources[2].rate, resources[label=\"Prêt\"].amount.",
      en: "keys separated by dots, a list item in brackets: "
        + "operations.revenue, resources[2].rate, resources[label=\"Loan\"].amount.")
    while !rest.isEmpty {
      let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
      let key = String(rest[..<end])
      guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
      else {
        throw bad(
          LocalizedText(
            fr: "le chemin « \(text.excerpt) » est mal formé ; attendu : \(allowed.fr)",
            en: "the path “\(text.excerpt)” is malformed; expected: \(allowed.en)"))
      }
      rest = rest[end...]
      var selector: Selector?
      if rest.first == "[" {
        guard let close = closingBracket(in: rest) else {
          throw bad(
            LocalizedText(
              fr: "un crochet de « \(text.excerpt) » n’est pas fermé.",
              en: "a bracket of “\(text.excerpt)” is not closed."))
        }
        let inside = String(rest[rest.index(after: rest.startIndex)..<close])
          .trimmingCharacters(in: .whitespaces)
        selector = try self.selector(inside) {
          bad(
            LocalizedText(
              fr: "« [\(inside.excerpt)] » ne désigne pas un élément ; attendu : un rang (2), "
                + "un mot (bank-loan) ou champ=\"valeur\".",
              en: "“[\(inside.excerpt)]” does not name an item; expected: a position (2), "
                + "a word (bank-loan) or field=\"value\"."))
        }
        rest = rest[rest.index(after: close)...]
      }
      segments.append(Segment(key: key, selector: selector))
      if rest.first == "." {
        rest = rest.dropFirst()
        if rest.isEmpty {
          throw bad(
            LocalizedText(
              fr: "le chemin « \(text.excerpt) » finit par un point.",
              en: "the path “\(text.excerpt)” ends with a dot."))
        }
      } else if !rest.isEmpty {
        throw bad(
          LocalizedText(
            fr: "le chemin « \(text.excerpt) » est mal formé ; attendu : \(allowed.fr)",
            en: "the path “\(text.excerpt)” is malformed; expected: \(allowed.en)"))
      }
    }
    guard !segments.isEmpty else {
      throw bad(LocalizedText(fr: "le chemin est vide.", en: "the path is empty."))
    }
    return segments
  }

  private static func closingBracket(in text: Substring) -> Substring.Index? {
    var quoted = false
    for index in text.indices.dropFirst() {
      if text[index] == "\"" { quoted.toggle() }
      if text[index] == "]" && !quoted { return index }
    }
    return nil
  }

  private static func selector(_ inside: String, invalid: () -> EssorError) throws -> Selector {
    if let position = Int(inside) {
      guard position >= 1 else { throw invalid() }
      return .index(position)
    }
    if let equals = inside.firstIndex(of: "=") {
      let field = inside[..<equals].trimmingCharacters(in: .whitespaces)
      var value = inside[inside.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
        value = String(value.dropFirst().dropLast())
      }
      guard !field.isEmpty, !value.isEmpty else { throw invalid() }
      return .field(field, value)
    }
    let word =
      inside.hasPrefix("\"") && inside.hasSuffix("\"") && inside.count >= 2
      ? String(inside.dropFirst().dropLast()) : inside
    guard !word.isEmpty else { throw invalid() }
    return .word(word)
  }

  // MARK: Editing the tree

  /// The value as a node: YAML as in the file; nothing (`--set key=`) is null.
  private func valueNode() throws -> YAMLNode {
    var node: YAMLNode
    if valueText.isEmpty {
      node = YAMLNode(content: .null, file: flag, line: 1, column: 1, keyPath: "")
    } else {
      do {
        node = try YAMLDocument.parse(valueText, path: flag + " " + pathText)
      } catch let error as EssorError {
        throw Self.usage(
          flag + " " + pathText,
          LocalizedText(
            fr: "la valeur « \(valueText.excerpt) » n’est pas lisible : \(error.message.fr)",
            en: "the value “\(valueText.excerpt)” cannot be read: \(error.message.en)"))
      }
    }
    Self.mark(&node, origin: origin)
    return node
  }

  private static func mark(_ node: inout YAMLNode, origin: SourceLocation) {
    node.origin = origin
    switch node.content {
    case .mapping(let entries):
      node.content = .mapping(
        entries.map { entry in
          var key = entry.key
          var value = entry.value
          mark(&key, origin: origin)
          mark(&value, origin: origin)
          return (key, value)
        })
    case .sequence(let items):
      node.content = .sequence(
        items.map { item in
          var item = item
          mark(&item, origin: origin)
          return item
        })
    case .scalar, .null: break
    }
  }

  private func set(
    _ node: YAMLNode, _ segments: ArraySlice<Segment>, value: YAMLNode, keyPath: String,
    previous: inout String?
  ) throws -> YAMLNode {
    guard let segment = segments.first else {
      previous = node.flowText
      return value
    }
    let here = keyPath.isEmpty ? segment.key : keyPath + "." + segment.key
    var entries: [(key: YAMLNode, value: YAMLNode)]
    switch node.content {
    case .mapping(let existing): entries = existing
    case .null: entries = []
    case .scalar, .sequence:
      throw notAMapping(keyPath, node)
    }
    var child: YAMLNode
    let index = entries.firstIndex { (try? $0.key.text()) == segment.key }
    if let index {
      child = entries[index].value
    } else {
      guard segment.selector == nil else {
        throw Self.usage(
          origin.description,
          LocalizedText(
            fr: "il n’y a pas de liste « \(here) » dans le fichier.",
            en: "there is no list “\(here)” in the file."))
      }
      child = YAMLNode(
        content: .null, file: node.file, line: node.line, column: node.column, keyPath: here)
      child.origin = origin
    }
    if let selector = segment.selector {
      guard case .sequence(var items) = child.content else { throw notAList(here, child) }
      // The position after the last adds an item.
      if selector == .index(items.count + 1) {
        var added = YAMLNode(
          content: .null, file: child.file, line: child.line, column: child.column,
          keyPath: here)
        added.origin = origin
        items.append(added)
      }
      let position = try item(selector, in: items, keyPath: here)
      let itemPath = here + "[\(position + 1)]"
      items[position] = try set(
        items[position], segments.dropFirst(), value: value, keyPath: itemPath,
        previous: &previous)
      child.content = .sequence(items)
    } else {
      child = try set(child, segments.dropFirst(), value: value, keyPath: here, previous: &previous)
    }
    if let index {
      entries[index].value = child
    } else {
      var key = YAMLNode(
        content: .scalar(segment.key, plain: true), file: node.file, line: node.line,
        column: node.column, keyPath: here)
      key.origin = origin
      entries.append((key, child))
    }
    var result = node
    result.content = .mapping(entries)
    return result
  }

  /// The position of the item `selector` names in `items`.
  private func item(_ selector: Selector, in items: [YAMLNode], keyPath: String) throws -> Int {
    func field(_ item: YAMLNode, _ key: String) -> String? {
      guard case .mapping(let entries) = item.content else { return nil }
      guard let entry = entries.first(where: { (try? $0.key.text()) == key }) else { return nil }
      if case .scalar(let text, _) = entry.value.content { return text }
      return nil
    }
    let described = items.enumerated().map { index, item in
      "[\(index + 1)] " + (field(item, "label") ?? field(item, "kind") ?? field(item, "id") ?? "…")
    }.joined(separator: ", ")
    let listed = LocalizedText(
      fr: "éléments de « \(keyPath) » : \(described).",
      en: "items of “\(keyPath)”: \(described).")
    let matches: [Int]
    switch selector {
    case .index(let position):
      guard position <= items.count else {
        throw Self.usage(
          origin.description,
          LocalizedText(
            fr: "« \(keyPath) » a \(items.count) élément(s), pas de [\(position)].",
            en: "“\(keyPath)” has \(items.count) item(s), no [\(position)]."),
          hint: listed)
      }
      return position - 1
    case .field(let key, let wanted):
      matches = items.indices.filter { field(items[$0], key) == wanted }
    case .word(let word):
      matches = items.indices.filter { index in
        ["kind", "id", "label"].contains { field(items[index], $0) == word }
      }
    }
    guard matches.count == 1, let only = matches.first else {
      throw Self.usage(
        origin.description,
        matches.isEmpty
          ? LocalizedText(
            fr: "aucun élément de « \(keyPath) » ne correspond.",
            en: "no item of “\(keyPath)” matches.")
          : LocalizedText(
            fr: "\(matches.count) éléments de « \(keyPath) » correspondent : précisez "
              + "avec [label=\"…\"] ou le rang.",
            en: "\(matches.count) items of “\(keyPath)” match: say which with [label=\"…\"] "
              + "or the position."),
        hint: listed)
    }
    return only
  }

  private func notAMapping(_ keyPath: String, _ node: YAMLNode) -> EssorError {
    Self.usage(
      origin.description,
      LocalizedText(
        fr: "« \(keyPath) » est \(node.kindName(.fr)), sans clés en dessous.",
        en: "“\(keyPath)” is \(node.kindName(.en)), with no keys below it."),
      hint: LocalizedText(
        fr: "remplacez-le en entier : \(flag) \(keyPath)=VALEUR.",
        en: "replace it whole: \(flag) \(keyPath)=VALUE."))
  }

  private func notAList(_ keyPath: String, _ node: YAMLNode) -> EssorError {
    Self.usage(
      origin.description,
      LocalizedText(
        fr: "« \(keyPath) » est \(node.kindName(.fr)), pas une liste.",
        en: "“\(keyPath)” is \(node.kindName(.en)), not a list."))
  }

  private static func usage(
    _ flag: String, _ message: LocalizedText, hint: LocalizedText? = nil
  ) -> EssorError {
    EssorError(.invalidOption, at: .flag(flag), message, hint: hint)
  }
}
