import ArgumentParser

/// `essor finance`: the Financing tool's commands.
struct FinanceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "finance", abstract: "Financing: loan schedules and financing plans.",
    subcommands: [
      PlanCommand.self, CompareCommand.self, StressCommand.self, OptimiseCommand.self,
      LoanCommand.self,
      NewScenarioCommand.self,
    ])
}
