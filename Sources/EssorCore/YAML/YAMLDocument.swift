import Foundation
import Yams

/// Loads a YAML file into ``YAMLNode``s, turning every failure into an ``EssorError``.
public enum YAMLDocument {
  /// Reads and parses the file at `path`.
  public static func load(path: String) throws -> YAMLNode {
    guard FileManager.default.fileExists(atPath: path) else {
      throw EssorError(
        .fileNotFound, at: .file(path: path, line: nil, column: nil),
        LocalizedText(fr: "fichier introuvable.", en: "file not found."))
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw EssorError(
        .fileNotFound, at: .file(path: path, line: nil, column: nil),
        LocalizedText(
          fr: "c’est un dossier, pas un fichier YAML.", en: "this is a folder, not a YAML file."))
    }
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw EssorError(
        .syntax, at: .file(path: path, line: nil, column: nil),
        LocalizedText(
          fr: "fichier illisible (il doit être en texte UTF-8).",
          en: "unreadable file (it must be UTF-8 text)."))
    }
    return try parse(text, path: path)
  }

  /// Parses YAML text; `path` names it in errors.
  public static func parse(_ text: String, path: String) throws -> YAMLNode {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw syntaxError(error, path: path, text: text)
    } catch {
      throw EssorError(
        .syntax, at: .file(path: path, line: nil, column: nil),
        LocalizedText(fr: "YAML invalide.", en: "invalid YAML."))
    }
    guard let root else {
      throw EssorError(
        .missingField, at: .file(path: path, line: 1, column: 1),
        LocalizedText(fr: "le fichier est vide.", en: "the file is empty."))
    }
    var budget = maximumNodes
    guard let tree = convert(root, path: path, keyPath: "", budget: &budget) else {
      throw EssorError(
        .invalidValue, at: .file(path: path, line: nil, column: nil),
        LocalizedText(
          fr:
            "le fichier dépasse \(maximumNodes) éléments (des alias & / * qui se démultiplient ?).",
          en: "the file exceeds \(maximumNodes) elements (aliases & / * that multiply?)."),
        hint: LocalizedText(
          fr: "écrivez les valeurs en clair plutôt qu’avec des alias.",
          en: "write the values out instead of using aliases."))
    }
    return tree
  }

  /// The most nodes a file may expand to: far beyond any real input, far below what would
  /// exhaust memory when aliases multiply (a "billion laughs" file).
  public static let maximumNodes = 1_000_000

  /// Checks the `schema:` field of a root mapping against the versions this Essor reads.
  public static func checkSchema(_ mapping: YAMLMapping, supported: ClosedRange<Int>) throws {
    let node = try mapping.required("schema")
    let version = try node.value(
      allowed: LocalizedText(fr: "un numéro de version", en: "a version number")
    ) { Int($0) }
    guard supported.contains(version) else {
      throw node.error(
        .unsupportedSchema,
        LocalizedText(
          fr: "version \(version) inconnue de cette version d’Essor.",
          en: "version \(version) is unknown to this version of Essor."),
        hint: LocalizedText(
          fr: "versions lues : \(supported.lowerBound)…\(supported.upperBound).",
          en: "versions read: \(supported.lowerBound)…\(supported.upperBound)."))
    }
  }

  /// The line (1-based) of the second `key:` at the start of a line from `after` on.
  private static func duplicateLine(of key: String, in text: String, after: Int) -> Int? {
    var seen = 0
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where index + 1 >= after {
      let trimmed = line.drop { $0 == " " || $0 == "-" }
      guard trimmed.hasPrefix(key + ":") else { continue }
      seen += 1
      if seen == 2 { return index + 1 }
    }
    return nil
  }

  private static func convert(_ node: Node, path: String, keyPath: String, budget: inout Int)
    -> YAMLNode?
  {
    budget -= 1
    guard budget >= 0 else { return nil }
    let mark = node.mark
    var result = YAMLNode(
      content: .null, file: path, line: mark?.line ?? 0, column: mark?.column ?? 0,
      keyPath: keyPath)
    switch node {
    case .scalar(let scalar):
      let isPlain = scalar.style == .plain || scalar.style == .any
      if isPlain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
        result.content = .null
      } else {
        result.content = .scalar(scalar.string, plain: isPlain)
      }
    case .mapping(let mapping):
      var pairs: [(key: YAMLNode, value: YAMLNode)] = []
      for pair in mapping {
        guard let key = convert(pair.key, path: path, keyPath: keyPath, budget: &budget),
          let value = convert(pair.value, path: path, keyPath: keyPath, budget: &budget)
        else { return nil }
        pairs.append((key, value))
      }
      result.content = .mapping(pairs)
    case .sequence(let sequence):
      var items: [YAMLNode] = []
      for (index, item) in sequence.enumerated() {
        guard
          let converted = convert(
            item, path: path, keyPath: "\(keyPath)[\(index + 1)]", budget: &budget)
        else { return nil }
        items.append(converted)
      }
      result.content = .sequence(items)
    case .alias:
      result.content = .null
    }
    return result
  }

  private static func syntaxError(_ error: YamlError, path: String, text: String) -> EssorError {
    var mark: Mark?
    var problem = "\(error)"
    switch error {
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? ""
      let line = duplicateLine(of: key, in: text, after: context.mark.line) ?? context.mark.line
      return EssorError(
        .duplicate, at: .file(path: path, line: line, column: nil),
        LocalizedText(
          fr: "la clé « \(key) » apparaît deux fois.", en: "the key “\(key)” appears twice."),
        hint: LocalizedText(fr: "gardez-en une seule.", en: "keep only one."))
    case .scanner(_, let text, let position, _), .parser(_, let text, let position, _),
      .composer(_, let text, let position, _):
      mark = position
      problem = text
    default:
      // Reader errors (a NUL byte, invalid UTF-8…) come as multi-line text: keep one line.
      problem = problem.split(whereSeparator: \.isNewline).first.map(String.init) ?? problem
    }
    return EssorError(
      .syntax, at: .file(path: path, line: mark?.line, column: mark?.column),
      LocalizedText(fr: "YAML invalide : \(problem).", en: "invalid YAML: \(problem)."),
      hint: LocalizedText(
        fr: "vérifiez l’indentation (espaces, pas de tabulations) et les « : ».",
        en: "check the indentation (spaces, no tabs) and the “:”s."))
  }
}
