import EssorCore
import Foundation

/// Solves for the actuarial period rate of a loan's cash flows (the basis of the TEG).
public enum EffectiveRate {
  /// The rate x with `received = Σ paymentsₖ / (1 + x)ᵏ`, k = 1…n.
  ///
  /// The right side falls as x rises, so the root is bracketed and bisected to full
  /// double precision; 0 when nothing is paid.
  public static func periodRate(received: Money, payments: [Money]) -> Double {
    let target = received.doubleValue
    let flows = payments.map(\.doubleValue)
    guard target > 0, flows.contains(where: { $0 > 0 }) else { return 0 }
    func presentValue(_ rate: Double) -> Double {
      var total = 0.0
      var factor = 1.0
      let step = 1 + rate
      for flow in flows {
        factor *= step
        total += flow / factor
      }
      return total
    }
    var low = -0.99
    var high = 1.0
    while presentValue(high) > target && high < 1e6 { high *= 2 }
    for _ in 0..<300 {
      let middle = (low + high) / 2
      if presentValue(middle) > target { low = middle } else { high = middle }
      if high - low <= 1e-16 { break }
    }
    return (low + high) / 2
  }
}
