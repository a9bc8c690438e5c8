/// The few statistics Monte Carlo reports, written to match numpy and the textbooks.
enum Statistics {
  /// The `q` quantile of sorted values, linearly interpolated (numpy's default).
  static func quantile(_ sorted: [Double], _ q: Double) -> Double {
    let position = q * Double(sorted.count - 1)
    let below = Int(position.rounded(.down))
    let above = min(below + 1, sorted.count - 1)
    return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
  }

  /// The proportion `successes / trials` with its 95 % Wilson score interval.
  static func wilson(successes: Int, of trials: Int) -> (
    probability: Double, low: Double, high: Double
  ) {
    guard trials > 0 else { return (0, 0, 1) }
    let n = Double(trials)
    let p = Double(successes) / n
    let z = 1.959963984540054
    let denominator = 1 + z * z / n
    let centre = (p + z * z / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot() / denominator
    return (p, max(0, centre - half), min(1, centre + half))
  }
}
