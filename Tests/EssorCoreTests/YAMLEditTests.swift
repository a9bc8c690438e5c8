import EssorCore
import Testing

/// `--set PATH=VALUE` edits of a YAML tree: what each path reaches, and each malformed or
/// unreachable one refused with the flag named.
@Suite struct YAMLEditTests {
  static let file = """
    schema: 1
    operations:
      revenue: [100, 200]
      purchases: 25%
      payroll: {gross: 40000, headcount: 5}
    resources:
      - {kind: bank-loan, label: Banque A, amount: 50000, rate: 4%}
      - {kind: bank-loan, label: "Banque B", amount: 30000, rate: 5%}
      - {kind: worker-shares, amount: 10000}
    """

  struct Case: Sendable, CustomStringConvertible {
    var description: String
    var set: String
    /// The flow text of the node at `check` after the edit, or nil for an error.
    var check: String
    var expected: String?
    /// The value replaced.
    var previous: String?
  }

  static let edits: [Case] = [
    Case(
      description: "a value", set: "operations.purchases=30%", check: "operations.purchases",
      expected: "30%", previous: "25%"),
    Case(
      description: "a list replaced by a mapping",
      set: "operations.revenue={first: 150, growth: 5%}",
      check: "operations.revenue", expected: "{first: 150, growth: 5%}", previous: "[100, 200]"),
    Case(
      description: "a nested value", set: "operations.payroll.gross=45000",
      check: "operations.payroll.gross", expected: "45000", previous: "40000"),
    Case(
      description: "an item by position", set: "resources[2].rate=6%", check: "resources[2].rate",
      expected: "6%", previous: "5%"),
    Case(
      description: "an item by a field", set: "resources[label=\"Banque B\"].amount=35000",
      check: "resources[2].amount", expected: "35000", previous: "30000"),
    Case(
      description: "an item by its only kind", set: "resources[worker-shares].amount=12000",
      check: "resources[3].amount", expected: "12000", previous: "10000"),
    Case(
      description: "an item by its label", set: "resources[Banque A].rate=3.5%",
      check: "resources[1].rate", expected: "3.5%", previous: "4%"),
    Case(
      description: "a field added to an item", set: "resources[1].fees=500",
      check: "resources[1].fees", expected: "500", previous: nil),
    Case(
      description: "an item added after the last", set: "resources[4]={kind: grant, amount: 1}",
      check: "resources[4]", expected: "{kind: grant, amount: 1}", previous: nil),
    Case(
      description: "a block added", set: "vat.sales=5.5%", check: "vat.sales", expected: "5.5%",
      previous: nil),
    Case(
      description: "a value removed", set: "operations.purchases=", check: "operations.purchases",
      expected: nil, previous: "25%"),
  ]

  static let refusals: [(set: String, says: String)] = [
    ("operations.purchases", "PATH=VALUE"),
    ("=5", "empty"),
    ("operations..purchases=1", "malformed"),
    ("operations.=1", "ends with a dot"),
    ("resources[bank-loan].rate=6%", "2 items of “resources” match"),
    ("resources[9].rate=6%", "has 3 item(s), no [9]"),
    ("resources[5].rate=6%", "has 3 item(s), no [5]"),
    ("resources[0].rate=6%", "does not name an item"),
    ("resources[kind=grant].amount=1", "no item of “resources” matches"),
    ("resources[2.rate=6%", "not closed"),
    ("operations.revenue.first=1", "is a list, with no keys below it"),
    ("operations[1].revenue=1", "is a mapping (key: value), not a list"),
    ("loans[1].rate=1%", "there is no list “loans”"),
    ("operations.purchases=[1, 2", "cannot be read"),
  ]

  private func node(at path: String, in root: YAMLNode) throws -> YAMLNode? {
    var current: YAMLNode? = root
    for segment in try YAMLEdit(parsing: path + "=x", flag: "--set").path {
      guard let node = current, case .mapping(let entries) = node.content else { return nil }
      current = entries.first { (try? $0.key.text()) == segment.key }?.value
      if case .index(let position)? = segment.selector, let list = current,
        case .sequence(let items) = list.content
      {
        current = items[position - 1]
      }
    }
    return current
  }

  @Test(arguments: edits) func anEditReachesItsField(_ test: Case) throws {
    let root = try YAMLDocument.parse(Self.file, path: "s.yaml")
    let edit = try YAMLEdit(parsing: test.set, flag: "--set")
    let (edited, previous) = try edit.apply(to: root)
    let reached = try node(at: test.check, in: edited)
    let text = reached.flatMap { node -> String? in
      if case .null = node.content { return nil }
      return YAMLEditTests.flow(node)
    }
    #expect(text == test.expected, "\(test.description)")
    #expect(previous == test.previous, "\(test.description)")
    // What the edit put there is located at the flag, the rest of the file where it was.
    if let reached, test.expected != nil {
      #expect(reached.location.description == "--set " + edit.pathText)
    }
    #expect(try node(at: "schema", in: edited)?.location.description == "s.yaml:1:9")
  }

  @Test(arguments: refusals.indices) func aBadEditIsAUsageErrorNamingTheFlag(_ index: Int) throws {
    let (set, says) = Self.refusals[index]
    let root = try YAMLDocument.parse(Self.file, path: "s.yaml")
    do {
      let edit = try YAMLEdit(parsing: set, flag: "--set")
      _ = try edit.apply(to: root)
      Issue.record("\(set): accepted")
    } catch let error as EssorError {
      #expect(error.kind == .usage, "\(set): \(error)")
      #expect(error.location?.description.hasPrefix("--set") == true, "\(set): \(error)")
      #expect("\(error)".contains(says), "\(set): \(error)")
    }
  }

  /// A node in flow style, as the edit's `previous` gives it.
  static func flow(_ node: YAMLNode) -> String? {
    switch node.content {
    case .null: return nil
    case .scalar(let text, _): return text
    case .sequence(let items):
      return "[" + items.map { flow($0) ?? "~" }.joined(separator: ", ") + "]"
    case .mapping(let entries):
      return "{"
        + entries.map { (flow($0.key) ?? "~") + ": " + (flow($0.value) ?? "~") }
        .joined(separator: ", ") + "}"
    }
  }
}
