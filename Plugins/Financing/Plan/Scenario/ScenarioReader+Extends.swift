import EssorCore
import Foundation

/// `extends: NAME`: a scenario written as another one of the same folder with some blocks
/// changed — every top-level block it does not give is the other's.
extension ScenarioReader {
  /// The most scenarios a chain of `extends` may go through.
  static let extendsDepth = 5

  /// The scenario's tree with `extends:` resolved.
  ///
  /// The extended scenario's top-level blocks, each replaced by the one this file gives.
  /// Fields keep their own file and line, so a mistake in an inherited block is shown in
  /// the file that has it.
  public static func resolvingExtends(_ root: YAMLNode, path: String) throws -> YAMLNode {
    try resolve(root, path: path, seen: [])
  }

  private static func resolve(_ root: YAMLNode, path: String, seen: [String]) throws -> YAMLNode {
    guard case .mapping(let entries) = root.content,
      let parent = entries.first(where: { (try? $0.key.text()) == "extends" })?.value
    else { return root }
    let name = try parent.value(
      allowed: LocalizedText(
        fr: "le nom d’un autre scénario du même dossier, ex. base",
        en: "the name of another scenario of the same folder, e.g. base")
    ) { text -> String? in
      let name = text.hasSuffix(".yaml") ? String(text.dropLast(5)) : text
      return !name.isEmpty && !name.contains("/") && !name.hasPrefix(".") && name != "loans"
        ? name : nil
    }
    let folder = (path as NSString).deletingLastPathComponent
    let parentPath = (folder as NSString).appendingPathComponent(name + ".yaml")
    let chain = seen + [(path as NSString).standardizingPath]
    guard !chain.contains((parentPath as NSString).standardizingPath), chain.count < extendsDepth
    else {
      throw parent.error(
        .invalidValue,
        LocalizedText(
          fr:
            "« \(name) » revient dans la chaîne des « extends » : un scénario ne peut s’étendre lui-même.",
          en: "“\(name)” comes back in the chain of “extends”: a scenario cannot extend itself."),
        hint: LocalizedText(
          fr: "au plus \(extendsDepth) scénarios à la suite, sans boucle.",
          en: "at most \(extendsDepth) scenarios in a row, without a loop."))
    }
    guard FileManager.default.fileExists(atPath: parentPath) else {
      throw parent.error(
        .invalidValue,
        LocalizedText(
          fr: "le scénario « \(name) » n’existe pas à côté de ce fichier.",
          en: "the scenario “\(name)” does not exist next to this file."),
        hint: LocalizedText(
          fr: "attendu : \(parentPath).", en: "expected: \(parentPath)."))
    }
    let base = try resolve(YAMLDocument.load(path: parentPath), path: parentPath, seen: chain)
    guard case .mapping(var merged) = base.content else { return root }
    for entry in entries {
      let key = try entry.key.text()
      guard key != "extends" else { continue }
      if let index = merged.firstIndex(where: { (try? $0.key.text()) == key }) {
        merged[index] = entry
      } else {
        merged.append(entry)
      }
    }
    var result = root
    result.content = .mapping(merged)
    return result
  }
}
