import Canvas
import EssorCore
import Testing

/// Bad canvas files give file:line, what is allowed, and exit code 65.
@Suite struct CanvasReaderTests {
  static let strategy = """
    schema: 1
    kind: strategy
    factors:
      - {id: price, label: "Prix"}
      - {id: freshness, label: "Fraîcheur"}
    players:
      - name: Nous
        us: true
        levels: {price: 5, freshness: 9}
      - name: Grossiste
        levels: {price: 3, freshness: 4}
    """

  @Test func aValidStrategyCanvasReads() throws {
    let canvas = try ShippedKinds.canvas(Self.strategy)
    #expect(canvas.curve?.factors.map(\.label) == ["Prix", "Fraîcheur"])
    #expect(canvas.curve?.us?.levels == ["price": 5, "freshness": 9])
    #expect(canvas.curve?.rivals.map(\.name) == ["Grossiste"])
    #expect(canvas.name == "example")
  }

  @Test(arguments: [
    ("kind: strategy", "kind: swot", "E204", 2, "available kinds: bmc, ess, lean, strategy"),
    ("freshness: 9}", "freshness: 11}", "E204", 9, "from 0 to 10"),
    ("freshness: 4}", "freshness: -1}", "E204", 11, "from 0 to 10"),
    ("{price: 3, freshness: 4}", "{price: 3}", "E202", 11, "no level for the factor “freshness”"),
    (
      "{id: freshness, label: \"Fraîcheur\"}", "{id: price, label: \"Prix bas\"}", "E207", 5,
      "already defined on line 4"
    ),
    ("freshness: 9}", "freshness: 9, origin: 3}", "E205", 9, "unknown field “origin”"),
    ("    us: true\n", "", "E204", 7, "0 players have “us: true”"),
  ])
  func badCurveInput(
    _ replaced: String, _ replacement: String, _ code: String, _ line: Int, _ words: String
  ) throws {
    let text = Self.strategy.replacingOccurrences(of: replaced, with: replacement)
    #expect(text != Self.strategy)
    let error = try #require(ShippedKinds.error(text))
    #expect(error.code.rawValue == code, "\(error)")
    #expect(error.line == line, "\(error)")
    #expect(error.description.contains(words), "\(error)")
    #expect(error.description.hasPrefix("essor: error \(code): canvas/bad.yaml:\(line):"))
    #expect(error.kind.exitCode == 65)
  }

  @Test func anUnknownBlockSuggestsTheClosestOne() throws {
    let error = try #require(
      ShippedKinds.error(
        """
        schema: 1
        kind: bmc
        blocks:
          segment: ["Cantines scolaires"]
        """))
    #expect(error.code == .unknownField)
    #expect(error.line == 4)
    #expect(error.description.contains("did you mean “segments”?"))
    #expect(error.description.contains("value-propositions"))
  }

  @Test func aTagMustNameAnItemOfTheCanvas() throws {
    let error = try #require(
      ShippedKinds.error(
        """
        schema: 1
        kind: bmc
        blocks:
          segments: [{id: canteens, text: "Cantines scolaires"}]
          channels:
            - text: "Tournée de livraison"
              tags: [canteen]
        """))
    #expect(error.code == .invalidValue)
    #expect(error.line == 7)
    #expect(error.description.contains("known ids: canteens"))
  }

  @Test func categoriesStatusesAndSharesAreChecked() throws {
    let cases: [(String, Int, String)] = [
      ("{text: \"Vente\", category: dons}", 4, "one of sales, public-contracts"),
      ("{text: \"Vente\", status: sure}", 4, "one of assumed, tested, validated"),
      ("{text: \"Vente\", share: 140%}", 4, "from 0 to 100%"),
      ("{text: \"Vente\", amount: -5}", 4, "yearly amount"),
      ("{text: \"  \"}", 4, "empty text"),
      ("{id: a b, text: \"Vente\"}", 4, "without spaces"),
    ]
    for (item, line, words) in cases {
      let error = try #require(
        ShippedKinds.error("schema: 1\nkind: ess\nblocks:\n  revenues: [\(item)]\n"), "\(item)")
      #expect(error.line == line, "\(error)")
      #expect(error.description.contains(words), "\(error)")
      #expect(error.kind.exitCode == 65)
    }
  }

  @Test func selfReferencesEmptyNamesAndDuplicateFactorIDsAreRefused() throws {
    let selfTag = try #require(
      ShippedKinds.error(
        """
        schema: 1
        kind: bmc
        blocks:
          segments: [{id: canteens, text: "Cantines", tags: [canteens]}]
        """))
    #expect(selfTag.description.contains("names itself"))
    #expect(selfTag.line == 4)
    let emptyName = try #require(
      ShippedKinds.error(
        Self.strategy.replacingOccurrences(of: "name: Grossiste", with: "name: \"\"")))
    #expect(emptyName.description.contains("empty text"))
    #expect(emptyName.line == 10)
    let duplicateID = try #require(
      ShippedKinds.error(
        Self.strategy.replacingOccurrences(
          of: "{id: freshness, label: \"Fraîcheur\"}", with: "{id: price, label: \"Emballage\"}")))
    #expect(duplicateID.description.contains("the factor “price” is already defined on line 4"))
  }

  @Test func listItemsAreNamedAfterTheirList() throws {
    let error = try #require(
      ShippedKinds.error("schema: 1\nkind: bmc\nblocks:\n  segments:\n    - [nested]\n"))
    #expect(error.description.contains("blocks.segments[1]"), "\(error)")
  }

  @Test func duplicateItemIDsAreRefused() throws {
    let error = try #require(
      ShippedKinds.error(
        """
        schema: 1
        kind: bmc
        blocks:
          segments: [{id: canteens, text: "Cantines"}]
          value-propositions: [{id: canteens, text: "Légumes prêts"}]
        """))
    #expect(error.code == .duplicate)
    #expect(error.line == 5)
  }

  @Test func aCurveInACanvasWithoutOneIsRefused() throws {
    let error = try #require(
      ShippedKinds.error("schema: 1\nkind: bmc\nfactors: [price]\n"))
    #expect(error.code == .unknownField)
    #expect(error.description.contains("belong in a “strategy” canvas"))
  }

  @Test func plainTextItemsAndFactorNotesRead() throws {
    let canvas = try ShippedKinds.canvas(
      Self.strategy + """

        blocks:
          eliminate: [price]
          raise: [{factor: freshness, text: "Récolte la veille"}]
        """)
    #expect(canvas.items(role: .errcEliminate).first?.factor == "price")
    #expect(canvas.items(role: .errcRaise).first?.text == "Récolte la veille")
  }
}
