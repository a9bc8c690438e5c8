import EssorCore

/// VAT in the cash plan (`vat:`): the rates on each kind of line and how returns are filed.
///
/// Every plan amount is before VAT. VAT is collected on revenue and deducted on purchases,
/// external charges and investments as they are invoiced (VAT on debits); each return pays the
/// period's net VAT the month after it, or claims its credit, refunded `refundDelay` months
/// after the return (CGI art. 271 and 242-0 A; BOFiP TVA-DED-50).
public struct VATTerms: Sendable {
  /// How often returns are filed: monthly (régime réel normal) or each quarter (when the VAT
  /// due is under 4 000 € a year).
  public enum Returns: String, Sendable, CaseIterable {
    case monthly
    case quarterly
  }

  public var sales: Rate
  public var purchases: Rate
  /// A single rate for external charges: a blend when some are exempt (insurance, bank fees).
  public var externalCharges: Rate
  /// The rate on investments and set-up costs, unless an asset gives its own `vat:`.
  public var investments: Rate
  public var returns: Returns
  /// Months between the return claiming a credit and its refund.
  public var refundDelay: Int

  /// Every line at `rate`, monthly returns, credits refunded a month after the return.
  public init(rate: Rate = Rate(units: 200_000_000_000)) {
    sales = rate
    purchases = rate
    externalCharges = rate
    investments = rate
    returns = .monthly
    refundDelay = 1
  }

  /// The month (index) whose return settles the VAT of month `month`, given the plan's
  /// first calendar month.
  public func returnMonth(of month: Int, startMonth: Int) -> Int {
    switch returns {
    case .monthly: return month + 1
    case .quarterly:
      // Calendar quarters: the return follows the quarter's last month.
      let calendar = (startMonth - 1 + month) % 12
      return month + (2 - calendar % 3) + 1
    }
  }
}
