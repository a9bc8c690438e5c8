import EssorCore

/// The SCOP part travail, solved together with the corporate tax it reduces.
enum PartTravail {
  /// The part travail on a result `available`: `share` × (available − tax).
  ///
  /// `available` is after past losses, before part travail and tax. The tax is on available − part travail − the
  /// investment provision (equal to the part travail when `provision`, CGI art. 237 bis A
  /// II-3) + what an earlier provision adds back (`reintegrated`).
  ///
  /// With k = 2 when the provision is deducted (else 1) and K = `reintegrated`, closed form
  /// for the two tax brackets, rounded once to the cent, the way the workbook's formula
  /// computes it:
  /// - under the ceiling: P = w·(X·(1 − r₁) − r₁·K) ÷ (1 − k·w·r₁);
  /// - above it: P = w·(X·(1 − r₂) − r₂·K + C·(r₂ − r₁)) ÷ (1 − k·w·r₂);
  /// - when X − k·P + K would be negative (a part travail over half the surplus), the tax is
  ///   nil and P = w·X; the provision is then cut so that the base is nil.
  static func amount(
    available: Money, share: Rate, tax: CorporateTax, provision: Bool = false,
    reintegrated: Money = .zero
  ) -> Money {
    guard available > .zero else { return .zero }
    let x = available.doubleValue
    let w = share.fraction
    let k = provision ? 2.0 : 1.0
    let extra = reintegrated.doubleValue
    let r1 = tax.reducedRate.fraction
    let r2 = tax.rate.fraction
    let ceiling = tax.reducedCeiling.doubleValue
    let low = Money(roundingEuros: w * (x * (1 - r1) - r1 * extra) / (1 - k * w * r1))
    let base = x - k * low.doubleValue + extra
    if base < 0 { return Money(roundingEuros: w * x) }
    if base <= ceiling { return low }
    return Money(
      roundingEuros: w * (x * (1 - r2) - r2 * extra + ceiling * (r2 - r1)) / (1 - k * w * r2))
  }

  /// The investment provision beside a part travail: equal to it, but never more than
  /// leaves the taxable base at nil (the provision creates no tax loss).
  static func provision(participation: Money, available: Money, reintegrated: Money) -> Money {
    Money.min(participation, Money.max(.zero, available + reintegrated - participation))
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
