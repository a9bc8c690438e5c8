import Diagnostic
import EssorCore
import Testing

/// Runs every lint rule's own examples: each change to the base template gives exactly the
/// findings the rule declares, and the base template passes every rule.
@Suite struct LintRuleExampleTests {
  static let ruleIDs = TemplateLint.rules.map { $0.id }

  @Test func everyRuleHasAUniqueIDAndExamplesBothWays() {
    #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
    for rule in TemplateLint.rules {
      #expect(rule.examples.contains { $0.findings > 0 }, "\(rule.id) has no triggering example")
      #expect(rule.examples.contains { $0.findings == 0 }, "\(rule.id) has no passing example")
    }
  }

  @Test func theBaseTemplatePassesEveryRule() throws {
    let questionnaire = try QuestionnaireReader.parse(
      YAMLDocument.parse(LintExample.base, path: "base.yaml"), path: "base.yaml")
    let (errors, warnings) = TemplateLint.run(questionnaire)
    #expect(errors.isEmpty && warnings.isEmpty, "\(errors + warnings)")
  }

  @Test(arguments: ruleIDs) func examplesGiveTheFindingsTheyDeclare(_ id: String) throws {
    let rule = try #require(TemplateLint.rules.first { $0.id == id })
    for (index, example) in rule.examples.enumerated() {
      let text = example.text
      #expect(
        example.replacing.isEmpty || text != LintExample.base,
        "\(id) example \(index + 1) changes nothing")
      let path = "\(id)-\(index + 1).yaml"
      let questionnaire = try QuestionnaireReader.parse(
        YAMLDocument.parse(text, path: path), path: path)
      let findings = rule.findings(in: questionnaire)
      #expect(findings.count == example.findings, "\(id) example \(index + 1): \(findings)")
      for finding in findings {
        #expect(finding.location?.description.hasPrefix(path + ":") == true, "\(finding)")
        #expect(finding.message.fr != finding.message.en, "\(id) speaks one language only")
      }
    }
  }
}
