import EssorCore
import EssorReport
import Foundation
import Testing

/// The JSON format reads back into the same document: encode, decode, encode again gives
/// the same text, and every renderer draws the decoded document like the original.
@Suite struct DocumentJSONTests {
  static func roundTrip(_ document: Document) throws -> Document {
    let text = JSONRenderer().render(document)
    let value = try JSONParser.parse(text)
    return try JSONRenderer.read(value, source: "test.json")
  }

  @Test func theSampleDocumentRoundTripsThroughEveryRenderer() throws {
    var document = SampleDocument.make()
    document.payload = [("answer", .integer(42)), ("money", .money(Money(cents: 10_000_000)))]
    let back = try Self.roundTrip(document)
    #expect(JSONRenderer().render(back) == JSONRenderer().render(document))
    #expect(try MarkdownRenderer().render(back) == MarkdownRenderer().render(document))
    #expect(
      try TerminalRenderer(usesColor: false).render(back)
        == TerminalRenderer(usesColor: false).render(document))
  }

  @Test func aBoardRoundTrips() throws {
    let back = try Self.roundTrip(BoardRenderingTests.document)
    #expect(JSONRenderer().render(back) == JSONRenderer().render(BoardRenderingTests.document))
  }

  @Test(arguments: [
    (
      "{\"schema\": 1, \"document\": {\"title\": \"T\", \"language\": \"de\", \"sections\": []}}",
      "document.language", "fr or en"
    ),
    (
      "{\"schema\": 1, \"document\": {\"title\": \"T\", \"language\": \"en\", \"sections\": [{\"title\": \"S\", \"blocks\": [{\"type\": \"video\"}]}]}}",
      "document.sections[1].blocks[1].type", "unknown “video”"
    ),
    (
      "{\"schema\": 1, \"document\": {\"title\": \"T\", \"language\": \"en\", \"sections\": [{\"title\": \"S\", \"blocks\": [{\"type\": \"table\", \"id\": \"t\", \"columns\": [{\"id\": \"a\", \"title\": \"A\", \"kind\": \"money\"}], \"rows\": [{\"cells\": [{\"money\": 1, \"text\": \"x\"}]}]}]}]}}",
      "document.sections[1].blocks[1].rows[1].cells[1]", "one value per cell"
    ),
    (
      "{\"schema\": 1, \"document\": {\"title\": \"T\", \"language\": \"en\", \"sections\": [{\"title\": \"S\", \"blocks\": [{\"type\": \"chart\", \"kind\": \"line\", \"title\": \"C\", \"categories\": {\"table\": \"x\", \"column\": \"y\"}, \"series\": [{\"name\": \"s\", \"values\": {\"table\": \"x\", \"column\": \"y\"}}]}]}]}}",
      "document.sections[1].blocks[1]", "unknown column x.y"
    ),
    ("{\"schema\": 1}", "tool", "“document” is missing"),
    ("{\"schema\": 2, \"document\": {}}", "tool", "this Essor reads version 1"),
    (
      "{\"schema\": 1, \"document\": {\"title\": \"T\", \"language\": \"en\", \"sections\": [{\"title\": \"S\", \"blocks\": [{\"type\": \"table\", \"id\": \"t\", \"columns\": [{\"id\": \"a\", \"title\": \"A\", \"kind\": \"money\"}], \"rows\": [{\"cells\": [{\"money\": 1.005}]}]}]}]}}",
      "cells[1].money", "at most two decimals"
    ),
    (
      "{\"schema\": 1, \"document\": {\"title\": \"T\", \"language\": \"en\", \"sections\": [{\"title\": \"S\", \"blocks\": [{\"type\": \"board\", \"columns\": 2, \"rows\": 1, \"panels\": [{\"title\": \"p\", \"subtitle\": null, \"lines\": [], \"row\": 0, \"column\": 0, \"width\": 2, \"height\": 1}, {\"title\": \"q\", \"subtitle\": null, \"lines\": [], \"row\": 0, \"column\": 1, \"width\": 1, \"height\": 1}]}]}]}}",
      "panels[2]", "overlaps another"
    ),
    (
      "{\"schema\": 1, \"document\": {\"title\": 3, \"language\": \"en\", \"sections\": []}}",
      "document.title",
      "a string"
    ),
  ])
  func invalidDocumentsSayWhereAndWhat(_ text: String, _ path: String, _ words: String) throws {
    do {
      _ = try JSONRenderer.read(try JSONParser.parse(text), source: "tool")
      Issue.record("accepted: \(text)")
    } catch let error as EssorError {
      #expect(error.description.contains(path), "\(error)")
      #expect(error.description.contains(words), "\(error)")
    }
  }

  @Test(arguments: [
    ("{\"a\": [1, 2", "an array not closed"), ("{\"a\" 1}", "expected :"), ("[1,]", "unexpected"),
    ("\"\\u12\"", "invalid \\u"), ("{} x", "text after the value"),
    (
      String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000), "nested too deeply"
    ),
  ])
  func theParserRefusesBrokenJSON(_ text: String, _ words: String) {
    do {
      _ = try JSONParser.parse(text)
      Issue.record("accepted: \(text)")
    } catch {
      #expect(error.message.contains(words), "\(error.message)")
    }
  }

  @Test func theParserKeepsOrderAndNumbersAsWritten() throws {
    let text = "{\"b\": 1.50, \"a\": [true, null, \"é\\n\\u00e9\\ud83d\\ude00\"], \"m\": 100000.00}"
    let value = try JSONParser.parse(text)
    #expect(
      value.serialized(pretty: false) == "{\"b\":1.50,\"a\":[true,null,\"é\\né😀\"],\"m\":100000.00}"
    )
  }
}
