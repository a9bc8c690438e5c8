import ArgumentParser
import EssorCore
import EssorReport
import Foundation

/// `essor finance loan`: one loan from flags, or several from a YAML file.
struct LoanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "loan",
    abstract: "Build exact-to-the-cent loan schedules, with TEG and a live workbook.",
    discussion: """
      Grace periods count inside the duration: "8 years including 4 of grace" is \
      --years 8 --grace-months 48.
      Rates accept 4% and 0.04. The period rate is nominal ÷ periods per year \
      unless --rate-mode actuarial.
      Interest is rounded to the cent each period; the last instalment absorbs the residual.

      Without --amount or --file, the loans of the workspace's main scenario are shown (or \
      of --scenario NAME) — the same schedules, fees and TEG as its financing plan; a \
      workspace without a scenario falls back on financing/loans.yaml.

      Examples:
        essor finance loan --amount 100000 --rate 4% --years 7
        essor finance loan --amount 80000 --rate 3% --years 8 --grace-months 48
        essor finance loan --amount 42000 --rate 4.4% --years 5 --method linear \\
          --periodicity semiannual --fees 300
        essor finance loan --amount 40000 --rate 4.75% --years 5 --grace-months 12 \\
          --grace-type total --periodicity quarterly
        essor finance loan --file loans.yaml --format xlsx --output loans.xlsx
        essor finance loan --workspace samples/scop-lauragais --format json
        essor finance loan --scenario base --workspace samples/scop-lauragais
      """)

  @Option(help: "The scenario whose loans to show (default: the workspace's main scenario).")
  var scenario: String?

  @Option(parsing: .unconditional, help: "Amount borrowed in euros (100000, 1 366,88).") var amount:
    String?
  @Option(parsing: .unconditional, help: "Nominal annual rate: 4% or 0.04.") var rate: String?
  @Option(parsing: .unconditional, help: "Duration in years, grace period included.") var years:
    String?
  @Option(parsing: .unconditional, help: "Number of instalments instead of --years.") var periods:
    String?
  @Option(help: "annuity (constant instalment, default), linear (constant principal) or in-fine.")
  var method: String?
  @Option(help: "monthly (default), quarterly, semiannual or annual.") var periodicity: String?
  @Option(
    name: .customLong("grace-months"), parsing: .unconditional,
    help: "Grace period in months, inside the duration.")
  var graceMonths: String?
  @Option(
    name: .customLong("grace-type"),
    help: "partial (interest paid, default) or total (interest capitalised).")
  var graceType: String?
  @Option(parsing: .unconditional, help: "Upfront fees in euros.") var fees: String?
  @Option(
    name: .customLong("insurance-rate"), parsing: .unconditional,
    help: "Borrower insurance, annual rate on the initial amount.")
  var insuranceRate: String?
  @Option(help: "Disbursement month: 2027-01 or 2027-01-15 (default: next month).") var start:
    String?
  @Option(name: .customLong("rate-mode"), help: "proportional (default) or actuarial.")
  var rateMode: String?
  @Option(help: "A label for the loan.") var label: String?
  @Option(help: "A YAML file of loans (schema: 1, loans: [...]) with the same fields.") var file:
    String?

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let values: [String: String?] = [
      "label": label, "amount": amount, "rate": rate, "years": years, "periods": periods,
      "method": method, "periodicity": periodicity, "grace-months": graceMonths,
      "grace-type": graceType, "fees": fees, "insurance-rate": insuranceRate, "start": start,
      "rate-mode": rateMode, "file": file,
    ]
    try ToolHost.run(
      ["finance", "loan"],
      input: ToolInput(
        options: values.merging(["scenario": scenario]) { $1 }.compactMapValues { $0 }),
      common: common, output: output)
  }
}
