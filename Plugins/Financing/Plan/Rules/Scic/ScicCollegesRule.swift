import EssorCore

/// SCIC voting colleges: each holds 10 % to 50 % of the votes, and they add up to 100 %.
public struct ScicCollegesRule: PlanRule {
  public static let id = "scic.colleges"
  public static let title = LocalizedText(
    fr: "Collèges de vote : 10 à 50 % chacun, 100 % en tout",
    en: "Voting colleges: 10–50% each, 100% in all")
  public static let basis = LocalizedText(
    fr: "Loi 1947 art. 19 octies", en: "Art. 19 octies of the 1947 law")
  public static func applies(to form: LegalForm) -> Bool { form == .scic }

  public static func check(_ plan: PlanProjection) -> [RuleResult] {
    let colleges = plan.scenario.rules.colleges
    guard !colleges.isEmpty else { return [] }
    var results = colleges.map { college in
      let votes = college.value.votes
      return RuleResult(
        rule: id, year: nil,
        passed: votes.units >= 100_000_000_000 && votes.units <= 500_000_000_000,
        measured: RuleText.rate(votes), limit: LocalizedText(fr: "10 % à 50 %", en: "10% to 50%"),
        message: LocalizedText(
          fr:
            "le collège « \(college.value.name) » a \(votes.percentText(.fr)) des voix : chaque collège a entre 10 % et 50 %.",
          en:
            "the college “\(college.value.name)” has \(votes.percentText(.en)) of the votes: each college has between 10% and 50%."
        ),
        location: college.location ?? plan.scenario.location)
    }
    let total = colleges.reduce(Rate.zero) { $0 + $1.value.votes }
    results.append(
      RuleResult(
        rule: id, year: nil, passed: total == .one, measured: RuleText.rate(total),
        limit: LocalizedText(fr: "= 100 %", en: "= 100%"),
        message: LocalizedText(
          fr: "les collèges totalisent \(total.percentText(.fr)) des voix au lieu de 100 %.",
          en: "the colleges add up to \(total.percentText(.en)) of the votes instead of 100%."),
        location: colleges.first?.location ?? plan.scenario.location))
    return results
  }

  public static let examples: [RuleExample] = [
    .keeps("three colleges 40/30/30") {
      $0 = RuleExample.base(.scic)
      $0.rules.colleges = [
        Located(("Salariés", Rate(units: 400_000_000_000))),
        Located(("Partenaires", Rate(units: 300_000_000_000))),
        Located(("Collectivités", Rate(units: 300_000_000_000))),
      ]
    },
    .breaks(
      "a college with 60 %",
      .error(mentions: ["Salariés", "60 %", "10 %", "50 %"])
    ) {
      $0 = RuleExample.base(.scic)
      $0.rules.colleges = [
        Located(("Salariés", Rate(units: 600_000_000_000))),
        Located(("Partenaires", Rate(units: 400_000_000_000))),
      ]
    },
    .breaks(
      "colleges adding up to 90 %",
      .error(mentions: ["90 %", "100 %"])
    ) {
      $0 = RuleExample.base(.scic)
      $0.rules.colleges = [
        Located(("Salariés", Rate(units: 400_000_000_000))),
        Located(("Partenaires", Rate(units: 300_000_000_000))),
        Located(("Collectivités", Rate(units: 200_000_000_000))),
      ]
    },
  ]
}
