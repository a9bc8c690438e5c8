import EssorCore

/// The SCOP part travail, solved together with the corporate tax it reduces.
enum PartTravail {
  /// The part travail on a result `available` (after past losses, before part travail and
  /// tax): `share` × (available − tax), where the tax is on available − part travail.
  ///
  /// Closed form for the two tax brackets, rounded once to the cent, the way the workbook's
  /// formula computes it:
  /// - under the ceiling: P = w·X·(1 − r₁) ÷ (1 − w·r₁);
  /// - above it: P = w·(X·(1 − r₂) + C·(r₂ − r₁)) ÷ (1 − w·r₂).
  static func amount(available: Money, share: Rate, tax: CorporateTax) -> Money {
    guard available > .zero else { return .zero }
    let x = available.doubleValue
    let w = share.fraction
    let r1 = tax.reducedRate.fraction
    let r2 = tax.rate.fraction
    let ceiling = tax.reducedCeiling.doubleValue
    let low = Money(roundingEuros: w * x * (1 - r1) / (1 - w * r1))
    if (available - low).doubleValue <= ceiling { return low }
    return Money(roundingEuros: w * (x * (1 - r2) + ceiling * (r2 - r1)) / (1 - w * r2))
  }
}

/// The SCIC taxable base: the result less what goes to impartageable reserves, which is
/// everything not distributed — so it depends on the tax itself.
enum ScicTaxBase {
  /// The base on a result `available` (after past losses, before tax) when a share `d` of
  /// the net result is distributed: B = d·X + (1 − d)·T(B).
  ///
  /// Closed form for the two tax brackets, rounded once to the cent like the workbook's
  /// formula:
  /// - under the ceiling: B = d·X ÷ (1 − r₁·(1 − d));
  /// - above it: B = (d·X + (1 − d)·C·(r₁ − r₂)) ÷ (1 − r₂·(1 − d)).
  static func amount(available: Money, distributed: Rate, tax: CorporateTax) -> Money {
    guard available > .zero else { return .zero }
    let x = available.doubleValue
    let d = distributed.fraction
    let r1 = tax.reducedRate.fraction
    let r2 = tax.rate.fraction
    let ceiling = tax.reducedCeiling.doubleValue
    let low = Money(roundingEuros: d * x / (1 - r1 * (1 - d)))
    if low.doubleValue <= ceiling { return low }
    return Money(roundingEuros: (d * x + (1 - d) * ceiling * (r1 - r2)) / (1 - r2 * (1 - d)))
  }
}
