import EssorCore
import Foundation

/// What a scenario does not know for sure, as `uncertainty:` declares it: for each shock
/// kind, a distribution of its size, and the correlations between them.
///
///     uncertainty:
///       revenue: {distribution: normal, mean: 0%, sd: 10%, min: -40%, max: 25%}
///       purchases: {distribution: triangular, min: -2pt, mode: 0pt, max: 3pt}
///       rate: {distribution: uniform, min: 0pt, max: 2pt}
///       capex: {distribution: lognormal, median: 0%, sigma: 10%, max: 50%}
///       correlations:
///         - {between: [revenue, purchases], rho: -0.4}
///
/// Sizes are written in the shock's unit (percent, points, days, months); a draw of every
/// variable is a set of shocks applied together.
public struct Uncertainty: Sendable, Equatable {
  /// A distribution of one shock's size.
  public struct Variable: Sendable, Equatable {
    public enum Distribution: Sendable, Equatable {
      case normal(mean: Double, sd: Double)
      case triangular(min: Double, mode: Double, max: Double)
      case uniform(min: Double, max: Double)
      /// `(1 + median) × exp(sigma × z) − 1`: a positive factor around `1 + median`.
      case lognormal(median: Double, sigma: Double)
    }

    public var kind: Shock.Kind
    public var distribution: Distribution
    /// Bounds the draws are kept within (a normal or lognormal truncated to them).
    public var lower: Double
    public var upper: Double

    /// The size at quantile `u` (0 < u < 1) of the distribution within its bounds, and
    /// within what a shock of its kind may be (a lognormal's far tail stays a number).
    public func size(at u: Double) -> Double {
      let size = unbounded(at: u)
      let allowed = kind.unit.bounds
      return size.isNaN ? 0 : min(max(size, allowed.lowerBound), allowed.upperBound)
    }

    private func unbounded(at u: Double) -> Double {
      switch distribution {
      case .normal(let mean, let sd):
        guard sd > 0 else { return min(max(mean, lower), upper) }
        let a = Normal.cdf((lower - mean) / sd)
        let b = Normal.cdf((upper - mean) / sd)
        return min(max(mean + sd * Normal.quantile(a + u * (b - a)), lower), upper)
      case .lognormal(let median, let sigma):
        let base = 1 + median
        guard sigma > 0, base > 0 else { return min(max(median, lower), upper) }
        func z(_ size: Double) -> Double {
          size <= -1 ? -.infinity : log((1 + size) / base) / sigma
        }
        let a = lower.isFinite ? Normal.cdf(z(lower)) : 0
        let b = upper.isFinite ? Normal.cdf(z(upper)) : 1
        return min(max(base * exp(sigma * Normal.quantile(a + u * (b - a))) - 1, lower), upper)
      case .uniform(let low, let high):
        return low + u * (high - low)
      case .triangular(let low, let mode, let high):
        guard high > low else { return low }
        let split = (mode - low) / (high - low)
        return u < split
          ? low + sqrt(u * (high - low) * (mode - low))
          : high - sqrt((1 - u) * (high - low) * (high - mode))
      }
    }
  }

  public var variables: [Variable]
  /// The correlation matrix of the variables, in their order (the identity when none is
  /// declared), and its Cholesky factor, lower triangular.
  public var correlation: [[Double]]
  public var cholesky: [[Double]]

  /// The sizes of every variable for draw `index` of `seed`: the same on any machine and
  /// with any number of threads, since each draw has its own stream.
  public func draw(seed: UInt64, index: Int) -> [Double] {
    var random = SeededRandom.stream(seed: seed, UInt64(index))
    let independent = variables.map { _ in Normal.quantile(Self.uniform(&random)) }
    return variables.indices.map { row in
      var z = 0.0
      for column in 0...row { z += cholesky[row][column] * independent[column] }
      return variables[row].size(at: min(max(Normal.cdf(z), 1e-12), 1 - 1e-12))
    }
  }

  /// A uniform draw strictly inside (0, 1) with 53 random bits.
  static func uniform(_ random: inout SeededRandom) -> Double {
    (Double(random.next() >> 11) + 0.5) / 9_007_199_254_740_992
  }

  // MARK: Reading

  /// Reads `uncertainty:`; nil when the scenario has none.
  static func read(_ node: YAMLNode?) throws -> Uncertainty? {
    guard let node else { return nil }
    let map = try node.mapping()
    let names = Shock.Kind.allCases.map(\.rawValue)
    try map.rejectUnknownKeys(allowed: names + ["correlations"])
    var variables: [Variable] = []
    var problems = ProblemCollector()
    for name in map.keyNames where name != "correlations" {
      guard let kind = Shock.Kind(rawValue: name), let entry = map.optional(name) else { continue }
      if let variable = try problems.attempt({ try readVariable(kind, entry) }) {
        variables.append(variable)
      }
    }
    try problems.finish()
    guard !variables.isEmpty else {
      throw node.error(
        .missingField,
        LocalizedText(
          fr: "aucune variable incertaine.", en: "no uncertain variable."),
        hint: LocalizedText(
          fr: "ex. revenue: {distribution: normal, mean: 0%, sd: 10%}.",
          en: "e.g. revenue: {distribution: normal, mean: 0%, sd: 10%}."))
    }
    var matrix = variables.indices.map { row in
      variables.indices.map { $0 == row ? 1.0 : 0.0 }
    }
    if let list = map.optional("correlations") {
      for item in try list.sequence() {
        let entry = try item.mapping()
        try entry.rejectUnknownKeys(allowed: ["between", "rho"])
        let pair = try entry.required("between").sequence().map { try $0.text() }
        let positions = pair.compactMap { name in variables.firstIndex { $0.kind.rawValue == name }
        }
        guard pair.count == 2, positions.count == 2, positions[0] != positions[1] else {
          throw try entry.required("between").error(
            .invalidValue,
            LocalizedText(
              fr: "attendu deux variables différentes déclarées plus haut.",
              en: "expected two different variables declared above."),
            hint: LocalizedText(
              fr: "variables : \(variables.map(\.kind.rawValue).joined(separator: ", ")).",
              en: "variables: \(variables.map(\.kind.rawValue).joined(separator: ", "))."))
        }
        let rho = try entry.required("rho").value(
          allowed: LocalizedText(
            fr: "une corrélation de -1 à 1, ex. -0.4", en: "a correlation from -1 to 1, e.g. -0.4")
        ) { Double($0).flatMap { (-1...1).contains($0) ? $0 : nil } }
        matrix[positions[0]][positions[1]] = rho
        matrix[positions[1]][positions[0]] = rho
      }
    }
    guard let factor = Self.cholesky(matrix) else {
      throw (map.optional("correlations") ?? node).error(
        .invalidValue,
        LocalizedText(
          fr: "ces corrélations ne peuvent aller ensemble (la matrice n’est pas définie positive).",
          en: "these correlations cannot hold together (the matrix is not positive definite)."),
        hint: LocalizedText(
          fr:
            "rapprochez-les de 0 : trois variables ne peuvent pas être toutes fortement opposées.",
          en: "bring them closer to 0: three variables cannot all be strongly opposed."))
    }
    return Uncertainty(variables: variables, correlation: matrix, cholesky: factor)
  }

  private static func readVariable(_ kind: Shock.Kind, _ node: YAMLNode) throws -> Variable {
    let map = try node.mapping()
    let distribution = try map.required("distribution").value(
      allowed: LocalizedText(
        fr: "normal, triangular, uniform ou lognormal",
        en: "normal, triangular, uniform or lognormal")
    ) { ["normal", "triangular", "uniform", "lognormal"].contains($0) ? $0 : nil }
    let allowed: [String]
    switch distribution {
    case "normal": allowed = ["mean", "sd"]
    case "triangular": allowed = ["min", "mode", "max"]
    case "uniform": allowed = ["min", "max"]
    default: allowed = ["median", "sigma"]
    }
    let bounded = distribution == "normal" || distribution == "lognormal"
    try map.rejectUnknownKeys(
      allowed: ["distribution"] + allowed + (bounded ? ["min", "max"] : []))
    func size(_ key: String) throws -> Double? {
      try map.optional(key).map { node in
        try node.value(
          allowed: LocalizedText(
            fr: "une taille de choc « \(kind.rawValue) » : \(kind.example)",
            en: "a size of the shock “\(kind.rawValue)”: \(kind.example)")
        ) { Shock.size($0, kind.unit) }
      }
    }
    func required(_ key: String) throws -> Double {
      guard let value = try size(key) else {
        _ = try map.required(key)
        return 0
      }
      return value
    }
    func impossible(_ fr: String, _ en: String) -> EssorError {
      node.error(
        .invalidValue, LocalizedText(fr: fr, en: en),
        hint: LocalizedText(
          fr: "des bornes min ≤ max qui contiennent la valeur centrale.",
          en: "bounds min ≤ max that hold the central value."))
    }
    let lower = try size("min")
    let upper = try size("max")
    var variable: Variable
    switch distribution {
    case "normal":
      let mean = try required("mean")
      let sd = try map.required("sd").value(
        allowed: LocalizedText(
          fr: "un écart-type positif ou nul : \(kind.example)",
          en: "a standard deviation of zero or more: \(kind.example)")
      ) { Shock.size($0, kind.unit).flatMap { $0 >= 0 ? $0 : nil } }
      variable = Variable(
        kind: kind, distribution: .normal(mean: mean, sd: sd), lower: lower ?? -.infinity,
        upper: upper ?? .infinity)
      if variable.lower > mean || mean > variable.upper {
        throw impossible(
          "la moyenne est hors des bornes min et max.",
          "the mean is outside the bounds min and max.")
      }
    case "lognormal":
      let median = try size("median") ?? 0
      let sigma = try map.required("sigma").value(
        allowed: LocalizedText(
          fr: "un sigma positif ou nul, ex. 10%", en: "a sigma of zero or more, e.g. 10%")
      ) { text in
        (text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text))
          .flatMap { $0 >= 0 && $0 <= 5 ? $0 : nil }
      }
      guard median > -1 else {
        throw impossible(
          "la médiane doit rester au-dessus de -100 %.", "the median must stay above -100%.")
      }
      variable = Variable(
        kind: kind, distribution: .lognormal(median: median, sigma: sigma),
        lower: max(lower ?? -1, -1), upper: upper ?? .infinity)
      if variable.lower > median || median > variable.upper {
        throw impossible(
          "la médiane est hors des bornes min et max.",
          "the median is outside the bounds min and max.")
      }
    case "triangular":
      let low = try required("min")
      let mode = try required("mode")
      let high = try required("max")
      guard low <= mode, mode <= high else {
        throw impossible(
          "attendu min ≤ mode ≤ max.", "expected min ≤ mode ≤ max.")
      }
      variable = Variable(
        kind: kind, distribution: .triangular(min: low, mode: mode, max: high), lower: low,
        upper: high)
    default:
      let low = try required("min")
      let high = try required("max")
      guard low <= high else { throw impossible("attendu min ≤ max.", "expected min ≤ max.") }
      variable = Variable(
        kind: kind, distribution: .uniform(min: low, max: high), lower: low, upper: high)
    }
    guard variable.lower <= variable.upper else {
      throw impossible("attendu min ≤ max.", "expected min ≤ max.")
    }
    return variable
  }

  /// The lower Cholesky factor of a symmetric matrix; nil when it is not positive definite.
  static func cholesky(_ matrix: [[Double]]) -> [[Double]]? {
    let n = matrix.count
    var factor = Array(repeating: Array(repeating: 0.0, count: n), count: n)
    for row in 0..<n {
      for column in 0...row {
        var sum = matrix[row][column]
        for k in 0..<column { sum -= factor[row][k] * factor[column][k] }
        if row == column {
          guard sum > 1e-12 else { return nil }
          factor[row][column] = sqrt(sum)
        } else {
          factor[row][column] = sum / factor[column][column]
        }
      }
    }
    return factor
  }
}
