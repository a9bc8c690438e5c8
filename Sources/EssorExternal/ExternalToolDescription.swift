import EssorCore

/// What an external tool says about itself when called with `describe`.
public struct ExternalToolDescription: Sendable {
  public struct Command: Sendable {
    public var name: String
    public var help: LocalizedText
  }

  public var protocolVersion: String
  public var id: String
  public var title: LocalizedText
  public var version: String
  public var commands: [Command]
  /// The facts it reads: a name alone takes the type its provider declares.
  public var consumes: [(name: String, kind: FactKind?)]
  public var provides: [AnyFactKey]

  /// Reads a description; `tool` names the tool in errors.
  public static func read(_ value: JSONValue, tool: String) throws -> ExternalToolDescription {
    try ExternalProtocol.check(value["protocol"], tool: tool)
    func bad(_ what: String) -> EssorError {
      ExternalTool.failure(
        tool,
        LocalizedText(
          fr: "sa description (describe) est invalide : \(what).",
          en: "its description (describe) is invalid: \(what)."))
    }
    func text(_ value: JSONValue?, _ field: String) throws -> LocalizedText {
      if let plain = value?.stringValue { return LocalizedText(fr: plain, en: plain) }
      guard let fr = value?["fr"]?.stringValue ?? value?["en"]?.stringValue else {
        throw bad("\"\(field)\" {\"fr\": …, \"en\": …}")
      }
      return LocalizedText(fr: fr, en: value?["en"]?.stringValue ?? fr)
    }
    guard let id = value["id"]?.stringValue,
      id.allSatisfy({ ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }),
      !id.isEmpty
    else { throw bad("\"id\" (lowercase letters, digits, dashes)") }
    guard "essor-" + id == tool else {
      throw bad("\"id\" \(id) does not match the file name \(tool)")
    }
    guard case .array(let commandValues)? = value["commands"], !commandValues.isEmpty else {
      throw bad("\"commands\" (a list of {\"name\", \"help\"})")
    }
    var commands: [Command] = []
    for command in commandValues {
      guard let name = command["name"]?.stringValue, !name.isEmpty else {
        throw bad("a command without a name")
      }
      guard !commands.contains(where: { $0.name == name }) else {
        throw bad("the command \(name) twice")
      }
      commands.append(Command(name: name, help: try text(command["help"], "help")))
    }
    var consumes: [(name: String, kind: FactKind?)] = []
    if case .array(let keys)? = value["consumes"] {
      for key in keys {
        if let name = key.stringValue {
          consumes.append((name, nil))
        } else if let name = key["key"]?.stringValue,
          let kind = key["type"]?.stringValue.flatMap(FactKind.init(rawValue:))
        {
          consumes.append((name, kind))
        } else {
          throw bad("\"consumes\" (fact keys, or {\"key\", \"type\"})")
        }
      }
    }
    var provides: [AnyFactKey] = []
    if case .array(let facts)? = value["provides"] {
      for fact in facts {
        guard let key = fact["key"]?.stringValue, let type = fact["type"]?.stringValue,
          let kind = FactKind(rawValue: type)
        else {
          throw bad(
            "\"provides\" ({\"key\", \"type\"} with a type among "
              + FactKind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        guard !provides.contains(where: { $0.name == key }) else {
          throw bad("the fact \(key) twice")
        }
        provides.append(AnyFactKey(key, kind))
      }
    }
    return ExternalToolDescription(
      protocolVersion: value["protocol"]?.stringValue ?? "", id: id,
      title: try text(value["title"], "title"), version: value["version"]?.stringValue ?? "?",
      commands: commands, consumes: consumes, provides: provides)
  }
}
