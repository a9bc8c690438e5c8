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
    try checkSize(path)
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EssorError(
        .fileNotFound, at: .file(path: path, line: nil, column: nil),
        LocalizedText(fr: "fichier illisible.", en: "unreadable file."),
        hint: LocalizedText(fr: "vérifiez les droits.", en: "check the permissions."))
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw invalidUTF8(data, path: path)
    }
    return try parse(text, path: path)
  }

  /// The largest YAML input read, in bytes: far beyond any file a person types (the sample
  /// workspaces' largest is a few kilobytes), small enough to read at once.
  public static let maximumBytes = 1_048_576

  /// Refuses a file larger than ``maximumBytes`` before reading it.
  static func checkSize(_ path: String) throws {
    var info = stat()
    guard stat(path, &info) == 0, info.st_size > maximumBytes else { return }
    throw EssorError(
      .invalidValue, at: .file(path: path, line: nil, column: nil),
      LocalizedText(
        fr: "fichier de \(info.st_size) octets : Essor lit au plus \(maximumBytes) octets (1 Mio).",
        en: "a file of \(info.st_size) bytes: Essor reads at most \(maximumBytes) bytes (1 MiB)."),
      hint: LocalizedText(
        fr: "voyez docs/limits.md ; découpez le fichier.",
        en: "see docs/limits.md; split the file."))
  }

  /// The error for bytes that are not UTF-8, at the line and byte of the first bad one.
  static func invalidUTF8(_ data: Data, path: String) -> EssorError {
    let bytes = [UInt8](data)
    var offset = 0
    // Find the first byte where decoding fails, by decoding prefixes of growing length.
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var consumed = 0
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        consumed += UTF8.width(scalar)
      case .emptyInput:
        break decoding
      case .error:
        offset = consumed
        break decoding
      }
    }
    let before = bytes[..<min(offset, bytes.count)]
    let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
    let column = offset - lineStart + 1
    let shown = bytes[offset..<min(offset + 4, bytes.count)]
      .map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
    return EssorError(
      .syntax, at: .file(path: path, line: line, column: column),
      LocalizedText(
        fr: "le texte n’est pas de l’UTF-8 valide : octet \(column) de la ligne (\(shown)).",
        en: "the text is not valid UTF-8: byte \(column) of the line (\(shown))."),
      hint: LocalizedText(
        fr: "enregistrez le fichier en UTF-8 (l’encodage de votre éditeur).",
        en: "save the file as UTF-8 (your editor's encoding)."))
  }

  /// Parses YAML text; `path` names it in errors.
  public static func parse(_ text: String, path: String) throws -> YAMLNode {
    let root: Node?
    do {
      // No implicit typing: Essor reads every scalar as text and types it itself, so the
      // resolver's regular expressions (most of the parse time) are not needed.
      root = try Yams.compose(yaml: text, .basic)
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
    var stoppedAt: Int?
    guard
      let tree = convert(root, path: path, keyPath: "", budget: &budget, stoppedAt: &stoppedAt)
    else {
      throw EssorError(
        .invalidValue, at: .file(path: path, line: stoppedAt, column: nil),
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

  private static func convert(
    _ node: Node, path: String, keyPath: String, budget: inout Int, stoppedAt: inout Int?
  ) -> YAMLNode? {
    budget -= 1
    let mark = node.mark
    guard budget >= 0 else {
      stoppedAt = mark?.line
      return nil
    }
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
        guard
          let key = convert(
            pair.key, path: path, keyPath: keyPath, budget: &budget, stoppedAt: &stoppedAt),
          let value = convert(
            pair.value, path: path, keyPath: keyPath, budget: &budget, stoppedAt: &stoppedAt)
        else { return nil }
        pairs.append((key, value))
      }
      result.content = .mapping(pairs)
    case .sequence(let sequence):
      var items: [YAMLNode] = []
      for (index, item) in sequence.enumerated() {
        guard
          let converted = convert(
            item, path: path, keyPath: "\(keyPath)[\(index + 1)]", budget: &budget,
            stoppedAt: &stoppedAt)
        else { return nil }
        items.append(converted)
      }
      result.content = .sequence(items)
    case .alias:
      result.content = .null
    }
    return result
  }

  /// The 1-based line and column of the character at `offset` (in characters) of `text`.
  static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int)? {
    guard offset >= 0 else { return nil }
    var line = 1
    var column = 1
    var seen = 0
    for character in text {
      if seen == offset { return (line, column) }
      seen += 1
      if character.isNewline {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return seen == offset ? (line, column) : nil
  }

  private static func syntaxError(_ error: YamlError, path: String, text: String) -> EssorError {
    var mark: Mark?
    var located: (line: Int, column: Int)?
    var hint = LocalizedText(
      fr: "vérifiez l’indentation (espaces, pas de tabulations) et les « : ».",
      en: "check the indentation (spaces, no tabs) and the “:”s.")
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
    case .reader(let readerProblem, let offset, let value, let yaml):
      // A control character or a NUL: located at its line and column, named as \u{…}.
      problem = readerProblem
      if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) {
        problem += " (\(scalar.visibleEscape))"
      }
      if let offset, let position = Self.position(ofCharacter: offset, in: yaml) {
        located = position
      }
      hint = LocalizedText(
        fr: "retirez ce caractère invisible (souvent venu d’un copier-coller).",
        en: "remove this invisible character (often from a copy and paste).")
    default:
      problem = problem.split(whereSeparator: \.isNewline).first.map(String.init) ?? problem
    }
    return EssorError(
      .syntax,
      at: .file(
        path: path, line: mark?.line ?? located?.line, column: mark?.column ?? located?.column),
      LocalizedText(fr: "YAML invalide : \(problem).", en: "invalid YAML: \(problem)."),
      hint: hint)
  }
}
