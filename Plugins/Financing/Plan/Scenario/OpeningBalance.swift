import EssorCore

/// The balance sheet of an existing enterprise on the eve of the plan (`opening-balance:`).
///
/// Its cash, capital and reserves are the scenario's `opening-cash` and `rules.opening-…`
/// (the block may give them instead); its loans are the resources marked `existing: true`,
/// with their schedules. Essor checks that it balances (rule `plan.opening-balance`).
public struct OpeningBalance: Sendable {
  /// A fixed asset already owned, written off straight-line over the years it has left.
  public struct FixedAsset: Sendable {
    public var label: String
    /// Its net book value on the eve of the plan.
    public var net: Money
    /// The years of depreciation it has left.
    public var yearsLeft: Int
    public var location: SourceLocation?

    public init(label: String, net: Money, yearsLeft: Int, location: SourceLocation? = nil) {
      self.label = label
      self.net = net
      self.yearsLeft = yearsLeft
      self.location = location
    }
  }

  public var fixedAssets: [FixedAsset] = []
  /// Deposits and guarantees already paid (never depreciated).
  public var deposits = Money.zero
  public var stock = Money.zero
  /// Customers' invoices not yet collected, VAT included.
  public var receivables = Money.zero
  /// Suppliers' invoices not yet paid, VAT included.
  public var payables = Money.zero
  /// Tax and social debts (last month's charges, VAT due, the tax balance): paid in the
  /// plan's first month.
  public var taxAndSocialDebts = Money.zero
  /// The corporate tax of the last closed year.
  ///
  /// The first year's instalments are a quarter of it each (CGI article 1668).
  public var lastYearTax = Money.zero
  /// Investment grants received and not yet released, with the years of release left.
  public var grantsNotReleased = Money.zero
  public var grantsYearsLeft = 1
  /// Where `opening-balance:` is in the file, when it is there.
  public var location: SourceLocation?

  public init() {}

  /// Opening working capital: stock and receivables less payables.
  public var workingCapital: Money { stock + receivables - payables }

  /// The fixed assets' net book value.
  public var fixedAssetsNet: Money { fixedAssets.reduce(.zero) { $0 + $1.net } }
}
