import EssorCore
import Financing
import Foundation
import TestSupport
import Testing

/// `--set` on every kind of scenario field: the run reads the changed scenario, checked as
/// the file is, and says what changed.
@Suite struct ScenarioOverrideTests {
  private func load(_ sets: [String]) throws -> Scenario {
    let folder = try TemporaryFolder()
    let path = folder.file("hand.yaml")
    try PlanEngineTests.handScenario.write(toFile: path, atomically: true, encoding: .utf8)
    return try ScenarioOverride.load(path: path, sets: sets, profile: nil)
  }

  private func rate(_ text: String) -> Rate { Rate.parse(text) ?? .zero }

  @Test func everyKindOfFieldCanBeChangedForARun() throws {
    let base = try load([])
    #expect(base.overrides.isEmpty)
    let changed = try load([
      "operations.revenue={first: 100000, growth: 10%}",  // a series, as a mapping
      "operations.purchases=30%",  // a rate
      "operations.payroll.gross=[40000, 42000, 44000]",  // a nested series, as a list
      "resources[worker-shares].amount=12000",  // an item by its kind
      "resources[label=Région].amount=8000",  // an item by a field
      "resources[3]={kind: bank-loan, amount: 20000, rate: 4%, years: 5}",  // an item added
      "vat.sales=5.5%",  // a block the file does not have
      "horizon=3",  // a top-level value, unchanged
    ])
    let money = { (text: String) in Money.parse(text) ?? .zero }
    #expect(changed.operations.revenue == [money("100000"), money("110000"), money("121000")])
    #expect(changed.operations.purchasesRate == rate("30%"))
    #expect(changed.operations.grossPay == [money("40000"), money("42000"), money("44000")])
    #expect(changed.resources[0].amount == money("12000"))
    #expect(changed.resources[1].amount == money("8000"))
    #expect(changed.resources[2].loan?.annualRate == rate("4%"))
    #expect(changed.vat.sales == rate("5.5%"))
    #expect(changed.overrides.map(\.path).count == 8)
    #expect(
      changed.overrides[1]
        == ScenarioOverride(path: "operations.purchases", value: "30%", previous: "25%"))
    #expect(changed.overrides[6].previous == nil)
    // The plan projects the changed scenario.
    #expect(PlanEngine.project(changed).years[0].revenue == money("100000"))
  }

  /// A value the reader refuses is located at the flag, with the field and what is allowed.
  @Test func aRefusedValueNamesTheFlag() throws {
    for (set, says) in [
      ("operations.purchases=lots", "expected: a percentage"),
      ("resources[1].amount=-5", "negative"),
      ("operations.purchase=30%", "did you mean “purchases”"),
      ("horizon=40", "from 1 to 10"),
    ] {
      do {
        _ = try load([set])
        Issue.record("\(set): accepted")
      } catch let error as EssorError {
        let path = String(set.prefix { $0 != "=" })
        #expect(error.location == .flag("--set " + path), "\(set): \(error)")
        #expect(error.kind == .badData, "\(set)")
        #expect("\(error)".contains(says), "\(set): \(error)")
      }
    }
  }
}

/// `extends: NAME`: a variant takes every block it does not give from the scenario it
/// extends; a loop or a missing scenario is an error at the line of `extends`.
@Suite struct ScenarioExtendsTests {
  @Test func aVariantTakesTheBlocksItDoesNotGive() throws {
    let folder = try TemporaryFolder()
    try PlanEngineTests.handScenario.write(
      toFile: folder.file("base.yaml"), atomically: true, encoding: .utf8)
    try """
    schema: 1
    extends: base
    title: Sobre
    resources:
      - {kind: worker-shares, amount: 20000, members: 5}
    """.write(toFile: folder.file("sobre.yaml"), atomically: true, encoding: .utf8)
    let base = try ScenarioReader.load(path: folder.file("base.yaml"), profile: nil)
    let variant = try ScenarioReader.load(path: folder.file("sobre.yaml"), profile: nil)
    #expect(variant.title == "Sobre" && variant.id == "sobre")
    #expect(variant.operations.revenue == base.operations.revenue)
    #expect(variant.needs.investments.count == base.needs.investments.count)
    #expect(variant.resources.count == 1 && variant.resources[0].amount == Money(euros: 20000))
    // An inherited field keeps its own file and line in messages.
    #expect(variant.needs.investments[0].location?.description.contains("base.yaml:8") == true)
  }

  @Test func aLoopOrAMissingScenarioIsAnErrorAtExtends() throws {
    let folder = try TemporaryFolder()
    try "schema: 1\nextends: b\n".write(
      toFile: folder.file("a.yaml"), atomically: true, encoding: .utf8)
    try "schema: 1\nextends: a\n".write(
      toFile: folder.file("b.yaml"), atomically: true, encoding: .utf8)
    try "schema: 1\nextends: nowhere\n".write(
      toFile: folder.file("c.yaml"), atomically: true, encoding: .utf8)
    for (file, says) in [
      ("a.yaml", "cannot extend itself"), ("c.yaml", "does not exist next to this file"),
    ] {
      do {
        _ = try ScenarioReader.load(path: folder.file(file), profile: nil)
        Issue.record("\(file): accepted")
      } catch let error as EssorError {
        #expect("\(error)".contains(says), "\(error)")
        #expect(error.location?.description.contains(":2:10") == true, "\(error)")
      }
    }
  }
}
