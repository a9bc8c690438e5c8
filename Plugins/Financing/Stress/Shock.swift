import EssorCore

/// A shock a credit committee applies to a plan: less revenue, dearer loans, slower customers,
/// dearer investments, a late grant, a late start.
///
/// Written `NAME=VALUE` as `--shock` takes it: `revenue=-20%`, `rate=+2pt`,
/// `receivable-days=+30`, `capex=+15%`, `grant-delay=6m`, `activity-start=+3m`.
public struct Shock: Sendable, Equatable {
  /// What a shock moves, and the unit its value is in.
  public enum Kind: String, Sendable, CaseIterable {
    /// Every year's revenue, by a percentage (purchases follow, as a share of it).
    case revenue
    /// Every new loan's nominal rate, by points.
    case rate
    /// Customers' payment days.
    case receivableDays = "receivable-days"
    /// Suppliers' payment days.
    case payableDays = "payable-days"
    /// Every investment's amount, by a percentage (its financing unchanged).
    case capex
    /// Every investment grant received later, by months.
    case grantDelay = "grant-delay"
    /// Sales starting later, by months: the months lost are lost sales.
    case activityStart = "activity-start"
    /// Purchases as a share of revenue, by points.
    case purchases
    /// Gross pay, by a percentage.
    case payroll
    /// External charges, by a percentage.
    case externalCharges = "external-charges"

    enum Unit {
      case percent, points, days, months

      /// The sizes a shock of this unit may take (as fractions, days or months).
      var bounds: ClosedRange<Double> {
        switch self {
        case .percent: return -1...10
        case .points: return -0.5...0.5
        case .days: return -365...365
        case .months: return 0...60
        }
      }
    }

    var unit: Unit {
      switch self {
      case .revenue, .capex, .payroll, .externalCharges: return .percent
      case .rate, .purchases: return .points
      case .receivableDays, .payableDays: return .days
      case .grantDelay, .activityStart: return .months
      }
    }

    /// How a value is written, for messages.
    var example: String {
      switch unit {
      case .percent: return "-20% / +15%"
      case .points: return "+2pt / +150bp"
      case .days: return "+30"
      case .months: return "6m / +3m"
      }
    }
  }

  public var kind: Kind
  /// The size: a fraction for percentages and points (−0.2, 0.02), whole days or months.
  public var size: Double
  /// As the user wrote it, `revenue=-20%`.
  public var text: String

  public init(_ kind: Kind, _ size: Double, text: String? = nil) {
    self.kind = kind
    self.size = size
    self.text = text ?? Self.written(kind, size)
  }

  /// The standard set a bank's credit committee asks for.
  public static let standard: [Shock] = [
    Shock(.revenue, -0.10), Shock(.revenue, -0.20), Shock(.rate, 0.02),
    Shock(.receivableDays, 30), Shock(.capex, 0.15), Shock(.grantDelay, 6),
    Shock(.activityStart, 3),
  ]

  /// The worst combination of the standard set: every kind at its hardest.
  public static let standardCombination: [Shock] = [
    Shock(.revenue, -0.20), Shock(.rate, 0.02), Shock(.receivableDays, 30), Shock(.capex, 0.15),
    Shock(.grantDelay, 6), Shock(.activityStart, 3),
  ]

  /// Reads `NAME=VALUE`; a wrong one is a usage error naming `--shock` and what is allowed.
  public init(parsing text: String) throws {
    let parts = text.split(separator: "=", maxSplits: 1).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    let names = Kind.allCases.map(\.rawValue).joined(separator: ", ")
    guard parts.count == 2, let kind = Kind(rawValue: parts[0]) else {
      throw EssorError(
        .invalidOption, at: .flag("--shock " + text),
        LocalizedText(
          fr: "« \(text.excerpt) » n’est pas un choc connu.",
          en: "“\(text.excerpt)” is not a known shock."),
        hint: LocalizedText(
          fr: "NOM=VALEUR, NOM parmi : \(names) (ex. revenue=-20%, rate=+2pt).",
          en: "NAME=VALUE, NAME one of: \(names) (e.g. revenue=-20%, rate=+2pt)."))
    }
    guard let size = Self.size(parts[1], kind.unit) else {
      throw EssorError(
        .invalidOption, at: .flag("--shock " + text),
        LocalizedText(
          fr: "« \(parts[1].excerpt) » n’est pas une valeur de choc « \(kind.rawValue) ».",
          en: "“\(parts[1].excerpt)” is not a value for the shock “\(kind.rawValue)”."),
        hint: LocalizedText(
          fr: "attendu : \(kind.example)\(Self.bounds(kind.unit).fr).",
          en: "expected: \(kind.example)\(Self.bounds(kind.unit).en)."))
    }
    self.init(kind, size, text: text)
  }

  private static func bounds(_ unit: Kind.Unit) -> LocalizedText {
    switch unit {
    case .percent: return LocalizedText(fr: ", de -100% à +1000%", en: ", from -100% to +1000%")
    case .points: return LocalizedText(fr: ", de -50pt à +50pt", en: ", from -50pt to +50pt")
    case .days: return LocalizedText(fr: ", de -365 à +365", en: ", from -365 to +365")
    case .months: return LocalizedText(fr: ", de 0 à 60 mois", en: ", from 0 to 60 months")
    }
  }

  static func size(_ text: String, _ unit: Kind.Unit) -> Double? {
    var value = text.replacingOccurrences(of: ",", with: ".").lowercased()
    if value.hasPrefix("+") { value.removeFirst() }
    func number(_ suffixes: [String]) -> Double? {
      for suffix in suffixes where value.hasSuffix(suffix) {
        return Double(value.dropLast(suffix.count).trimmingCharacters(in: .whitespaces))
      }
      return nil
    }
    switch unit {
    case .percent:
      guard let percent = number(["%"]), (-100...1000).contains(percent) else { return nil }
      return percent / 100
    case .points:
      if let basis = number(["bp", "pb"]), (-5000...5000).contains(basis) { return basis / 10_000 }
      guard let points = number(["pt", "pts", "points", "%"]), (-50...50).contains(points)
      else { return nil }
      return points / 100
    case .days:
      // The range is checked on the number before it becomes a whole one (1e300 never does).
      guard let days = number(["d", "j", "days", "jours"]) ?? Double(value),
        (-365...365).contains(days), days == days.rounded()
      else { return nil }
      return days
    case .months:
      guard let months = number(["m", "mois", "months"]) ?? Double(value),
        (0...60).contains(months), months == months.rounded()
      else { return nil }
      return months
    }
  }

  private static func written(_ kind: Kind, _ size: Double) -> String {
    let sign = size >= 0 ? "+" : "-"
    let magnitude = abs(size)
    switch kind.unit {
    case .percent: return "\(kind.rawValue)=\(sign)\(trimmed(magnitude * 100))%"
    case .points: return "\(kind.rawValue)=\(sign)\(trimmed(magnitude * 100))pt"
    case .days: return "\(kind.rawValue)=\(sign)\(Int(magnitude))"
    case .months: return "\(kind.rawValue)=\(Int(magnitude))m"
    }
  }

  private static func trimmed(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
  }

  /// The shock in words: « Chiffre d’affaires −20 % ».
  public func label(_ language: Language) -> String {
    let fr = language == .fr
    let value = valueText(language)
    switch kind {
    case .revenue: return (fr ? "Chiffre d’affaires " : "Revenue ") + value
    case .rate: return (fr ? "Taux des prêts " : "Loan rates ") + value
    case .receivableDays: return (fr ? "Délai clients " : "Customer days ") + value
    case .payableDays: return (fr ? "Délai fournisseurs " : "Supplier days ") + value
    case .capex: return (fr ? "Investissements " : "Investments ") + value
    case .grantDelay:
      return (fr ? "Subventions reçues " : "Grants received ") + value
        + (fr ? " plus tard" : " later")
    case .activityStart:
      return (fr ? "Démarrage des ventes " : "Sales start ") + value
        + (fr ? " plus tard" : " later")
    case .purchases: return (fr ? "Achats / CA " : "Purchases / revenue ") + value
    case .payroll: return (fr ? "Masse salariale " : "Payroll ") + value
    case .externalCharges: return (fr ? "Charges externes " : "External charges ") + value
    }
  }

  /// The size in its unit: « −20 % », « +2 pt », « +30 j », « 6 mois »; unsigned, for a
  /// spread (a standard deviation).
  public func valueText(_ language: Language, signed: Bool = true) -> String {
    let fr = language == .fr
    let sign = signed ? (size >= 0 ? "+" : "−") : ""
    let number = { (value: Double) in
      let text = Self.trimmed(value)
      return fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }
    switch kind.unit {
    case .percent: return sign + number(abs(size) * 100) + (fr ? " %" : "%")
    case .points: return sign + number(abs(size) * 100) + " pt"
    case .days: return sign + number(abs(size).rounded()) + (fr ? " j" : " d")
    case .months:
      return number(abs(size).rounded()) + (fr ? " mois" : abs(size) == 1 ? " month" : " months")
    }
  }

  /// The scenario shocked; a shock on something the scenario does not have is an error
  /// naming the flag.
  public func apply(to scenario: inout Scenario) throws {
    func scale(_ money: Money) -> Money {
      money.applying(Rate(fraction: max(0, 1 + size)))
    }
    switch kind {
    case .revenue:
      scenario.operations.revenue = scenario.operations.revenue.map(scale)
    case .capex:
      guard !scenario.needs.investments.isEmpty else { throw missing("investments") }
      for index in scenario.needs.investments.indices {
        scenario.needs.investments[index].amount = scale(scenario.needs.investments[index].amount)
      }
    case .payroll:
      scenario.operations.grossPay = scenario.operations.grossPay.map(scale)
    case .externalCharges:
      scenario.operations.externalCharges = scenario.operations.externalCharges.map(scale)
    case .purchases:
      let shocked = scenario.operations.purchasesRate + Rate(fraction: size)
      scenario.operations.purchasesRate = min(max(shocked, .zero), Rate(units: Rate.scale))
    case .rate:
      var shocked = 0
      for index in scenario.resources.indices
      where scenario.resources[index].loan != nil && !scenario.resources[index].existing {
        if var loan = scenario.resources[index].loan {
          loan.annualRate = max(.zero, loan.annualRate + Rate(fraction: size))
          // A rate so high that the loan's capitalised interest would not fit is refused,
          // never scheduled.
          if let problem = loan.problem {
            throw EssorError(
              .invalidOption, at: .flag("--shock " + text),
              LocalizedText(
                fr: "« \(loan.label) » ne se calcule plus à ce taux : \(problem.message.fr)",
                en: "“\(loan.label)” cannot be scheduled at that rate: \(problem.message.en)"),
              hint: LocalizedText(fr: "un choc plus petit.", en: "a smaller shock."))
          }
          scenario.resources[index].loan = loan
          shocked += 1
        }
      }
      guard shocked > 0 else { throw missing("loans") }
    case .receivableDays:
      let days = scenario.needs.workingCapital.receivableDays + Int(size)
      scenario.needs.workingCapital.receivableDays = min(max(days, 0), 365)
    case .payableDays:
      let days = scenario.needs.workingCapital.payableDays + Int(size)
      scenario.needs.workingCapital.payableDays = min(max(days, 0), 365)
    case .grantDelay:
      var shocked = 0
      for index in scenario.resources.indices
      where scenario.resources[index].kind == .investmentGrant {
        scenario.resources[index].month = min(
          scenario.resources[index].month + Int(size), scenario.months - 1)
        shocked += 1
      }
      guard shocked > 0 else { throw missing("investment grants") }
    case .activityStart:
      let before = scenario.operations.activityStart ?? 0
      let after = min(before + Int(size), scenario.months)
      // The months lost are sales lost: each year keeps the share of its selling months.
      for year in scenario.operations.revenue.indices {
        let selling = { (start: Int) in max(0, min(12, 12 * (year + 1) - max(12 * year, start))) }
        let was = selling(before)
        guard was > 0 else { continue }
        scenario.operations.revenue[year] = scenario.operations.revenue[year].scaled(
          by: Int64(selling(after)), over: Int64(was))
      }
      scenario.operations.activityStart = after
    }
  }

  private func missing(_ what: String) -> EssorError {
    EssorError(
      .invalidOption, at: .flag("--shock " + text),
      LocalizedText(
        fr: "le scénario n’a rien à choquer ici (\(what)).",
        en: "the scenario has nothing to shock here (\(what))."),
      hint: LocalizedText(
        fr: "choisissez un choc sur ce que le scénario contient.",
        en: "choose a shock on what the scenario has."))
  }
}
