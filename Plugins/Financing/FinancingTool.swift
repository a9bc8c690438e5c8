import EssorCore
import EssorReport
import Foundation

/// The Financing tool: loan schedules now; financing plans, projections and cooperative
/// rules next.
public struct FinancingTool: FactProviding, DocumentProducing {
  public static let id = "financing"
  public static let title = LocalizedText(fr: "Financement", en: "Financing")
  public static let version = "0.1.0"
  public static let providedFacts: [FactKey] = [
    FactKey.loansTotal, FactKey.loansDebtService,
  ]
  public static let consumedFacts: [FactKey] = []

  /// The workspace file that lists the enterprise's loans.
  public static let loansFile = "financing/loans.yaml"

  /// The loans of the workspace's `financing/loans.yaml`, or nil when it has none.
  public static func workspaceLoans(_ workspace: Workspace, defaultStart: CalendarDate) throws
    -> [LoanTerms]?
  {
    let path = workspace.path(loansFile)
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    return try LoanFile.load(
      path: path, defaultStart: defaultStart, language: workspace.profile.language)
  }

  /// Facts: the total borrowed, and the debt service (principal + interest + insurance) per
  /// calendar year across all loans.
  public static func facts(in workspace: Workspace) throws -> [FactKey: FactValue] {
    guard
      let schedules = try workspaceLoans(workspace, defaultStart: .firstOfNextMonth())?.map(
        LoanEngine.schedule)
    else { return [:] }
    var perYear: [Int: Money] = [:]
    for schedule in schedules {
      for year in schedule.yearlyTotals { perYear[year.year, default: .zero] += year.payment }
    }
    return [
      .loansTotal: .money(schedules.reduce(.zero) { $0 + $1.terms.amount }),
      .loansDebtService: .breakdown(
        perYear.keys.sorted().map { (String($0), perYear[$0] ?? .zero) }),
    ]
  }

  /// The document for a set of loans.
  public static func loanDocument(
    _ schedules: [LoanSchedule], language: Language, enterprise: String?
  )
    -> Document
  {
    LoanDocument(schedules: schedules, language: language, enterprise: enterprise).build()
  }

  /// Schedules the loans and documents them (the enterprise's name from the workspace).
  public static func run(_ input: [LoanTerms], context: ToolContext) throws -> Document {
    loanDocument(
      input.map(LoanEngine.schedule), language: context.language,
      enterprise: context.workspace?.profile.name)
  }
}

extension FactKey {
  /// The total amount borrowed across the workspace's loans.
  public static let loansTotal: FactKey = "financing.loans.total"
  /// Principal + interest + insurance paid per calendar year, across the loans.
  public static let loansDebtService: FactKey = "financing.loans.debt_service"
}
