import EssorCore

/// SCOP d'amorçage: workers reach 50 % of the capital by 31 December of the 7th year after
/// the conversion.
///
/// Source: article 49 ter of loi 78-763, décret 2014-1758.
public struct AmorcageDeadlineRule: PlanRule {
  public static let id = "scop.amorcage"
  public static let title = LocalizedText(
    fr: "Amorçage : 50 % du capital aux salariés au 31/12 de la 7e année",
    en: "Amorçage: workers hold 50% of capital by 31 Dec of year 7")
  public static let basis = LocalizedText(
    fr: "Art. 49 ter loi 78-763, décret 2014-1758",
    en: "Art. 49 ter of loi 78-763, décret 2014-1758")
  public static func applies(to form: LegalForm) -> Bool { form == .scopAmorcage }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    guard let conversion = plan.scenario.rules.conversion else {
      return [
        RuleResult(
          rule: id, year: nil, passed: false, measured: LocalizedText(fr: "—", en: "—"),
          limit: LocalizedText(fr: "date de conversion", en: "conversion date"),
          message: LocalizedText(
            fr:
              "une SCOP d’amorçage doit donner sa date de conversion (rules.conversion) : l’échéance des 7 ans en dépend.",
            en:
              "a SCOP d'amorçage must give its conversion date (rules.conversion): the 7-year deadline depends on it."
          ),
          location: plan.scenario.location, code: .missingField)
      ]
    }
    let deadlineYear = conversion.value.year + 7
    let limit = LocalizedText(
      fr: "≥ 50 % au 31/12/\(deadlineYear)", en: "≥ 50% by 31 Dec \(deadlineYear)")
    var results: [RuleResult] = []
    for f in plan.years {
      let end = plan.scenario.firstMonth(ofYear: f.year).adding(months: 11)
      guard end.year > deadlineYear || (end.year == deadlineYear && end.month == 12) else {
        continue
      }
      let share = RuleText.ratio(f.workerCapital, f.capital)
      results.append(
        RuleResult(
          rule: id, year: f.year, passed: share >= 0.5, measured: RuleText.percent(share),
          limit: limit,
          message: LocalizedText(
            fr:
              "\(RuleText.year(plan, f.year).fr) : l’échéance d’amorçage est passée et les salariés n’ont que \(RuleText.percent(share).fr) du capital ; il faut racheter ou rembourser \(MoneyFormat.text(f.outsideCapital - f.workerCapital, .fr)) de parts extérieures.",
            en:
              "\(RuleText.year(plan, f.year).en): the amorçage deadline has passed and workers hold only \(RuleText.percent(share).en) of the capital; \(MoneyFormat.text(f.outsideCapital - f.workerCapital, .en)) of outside shares must be bought back or redeemed."
          ),
          location: conversion.location ?? plan.scenario.location))
    }
    if results.isEmpty, let last = plan.years.last {
      let share = RuleText.ratio(last.workerCapital, last.capital)
      results.append(
        RuleResult(
          rule: id, year: last.year, passed: share >= 0.5, severity: .warning,
          measured: RuleText.percent(share), limit: limit,
          message: LocalizedText(
            fr:
              "l’échéance du 31/12/\(deadlineYear) tombe après le plan ; à la fin du plan les salariés n’ont que \(RuleText.percent(share).fr) du capital.",
            en:
              "the 31 Dec \(deadlineYear) deadline falls after the plan; at its end workers hold only \(RuleText.percent(share).en) of the capital."
          ),
          location: conversion.location ?? plan.scenario.location))
    }
    return results
  }

  public static let examples: [RuleExample] = [
    .keeps("converted in 2020, workers at 75 % in 2027") {
      $0.legalForm = .scopAmorcage
      $0.rules.conversion = Located(CalendarDate(year: 2020, month: 6, day: 30) ?? $0.start)
    },
    .breaks(
      "converted in 2020, outsiders still hold the majority in 2027",
      .error(mentions: ["année 1 (2027)", "36,2 %", "26 000,00 €"]),
      .error(mentions: ["année 2 (2028)", "44,6 %", "11 761,00 €"])
    ) {
      $0.legalForm = .scopAmorcage
      $0.rules.conversion = Located(CalendarDate(year: 2020, month: 6, day: 30) ?? $0.start)
      $0.resources[1].amount = Money(euros: 60_000)
    },
    .breaks(
      "no conversion date",
      .error(mentions: ["rules.conversion", "7 ans"])
    ) { $0.legalForm = .scopAmorcage },
  ]
}
