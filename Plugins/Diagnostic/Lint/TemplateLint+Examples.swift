import EssorCore

extension TemplateLint: ExampleCarrying {
  public static let exampleFamily = "lint"
  public static var exampleSources: [String] { rules.map { $0.id } }

  /// Every rule's examples: the base template with the example's edit, read, then the rule
  /// run on it alone.
  public static var exampleCases: [ExampleCase] {
    rules.flatMap { rule in
      rule.examples.enumerated().map { index, example in
        ExampleCase(family: exampleFamily, source: rule.id, example: example) { edit in
          let path = "\(rule.id)-\(index + 1).yaml"
          guard edit.replacing.isEmpty || edit.text != TemplateEdit.base else {
            throw EssorError(
              .invalidValue,
              LocalizedText(
                fr: "l’exemple ne change rien : « \(edit.replacing) » n’est pas dans le modèle.",
                en: "the example changes nothing: “\(edit.replacing)” is not in the template."))
          }
          let questionnaire = try QuestionnaireReader.parse(
            YAMLDocument.parse(edit.text, path: path), path: path)
          return rule.findings(in: questionnaire)
        }
      }
    }
  }
}
