import ArgumentParser

/// `essor diagnose`: the Diagnostic tool's commands; on its own, runs the questionnaire.
struct DiagnoseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diagnose",
    abstract: "The financing-readiness diagnostic: answer in the terminal, stop, resume, report.",
    discussion: """
      Answers are saved after every answer to diagnostic/<template>.answers.yaml in the \
      workspace; run again to resume. Templates are data (templates/diagnostic, see \
      docs/diagnostic.md).

      Examples:
        essor diagnose
        essor diagnose --template impact-quick --lang en
        essor diagnose < answers.txt            (one answer per line)
        essor diagnose report --format xlsx --output exports/diagnostic.xlsx
        essor diagnose compare
        essor diagnose lint templates/diagnostic/financing-readiness.yaml
      """,
    subcommands: [
      DiagnoseRunCommand.self, DiagnoseReportCommand.self, DiagnoseCompareCommand.self,
      DiagnoseLintCommand.self,
    ],
    defaultSubcommand: DiagnoseRunCommand.self)
}
