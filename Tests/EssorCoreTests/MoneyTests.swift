import EssorCore
import Testing

@Suite struct MoneyTests {
  @Test(
    arguments: [
      ("100000", 10_000_000), ("1366.88", 136_688), ("1 366,88", 136_688), ("1 366,88 €", 136_688),
      ("0.5", 50), ("-5", -500), ("100_000", 10_000_000), ("12,3", 1230),
      ("1\u{202F}000 €", 100_000),
    ] as [(String, Int64)])
  func parsesWhatPeopleType(text: String, cents: Int64) {
    #expect(Money.parse(text) == Money(cents: cents))
  }

  @Test(arguments: [
    "", "abc", "1.234", "1.2.3", "1,5.2", "€", "1e5", "--5", "0x10", "10000000000000000",
  ])
  func refusesEverythingElse(text: String) {
    #expect(Money.parse(text) == nil)
  }

  @Test func plainTextHasTwoDecimals() {
    #expect(Money(cents: 136_688).plainText == "1366.88")
    #expect(Money(cents: 10_000_000).plainText == "100000.00")
    #expect(Money(cents: -5).plainText == "-0.05")
    #expect(Money.zero.plainText == "0.00")
  }

  @Test func formatsForPeopleInEachLanguage() {
    let money = Money(cents: 123_456_789)
    #expect(MoneyFormat.text(money, .fr) == "1\u{202F}234\u{202F}567,89\u{00A0}€")
    #expect(MoneyFormat.text(money, .en) == "€1,234,567.89")
    #expect(MoneyFormat.text(-money, .en) == "-€1,234,567.89")
    #expect(MoneyFormat.number(0.0404, decimals: 3, .fr) == "0,040")
    #expect(MoneyFormat.number(-0.0001, decimals: 2, .en) == "0.00")
  }
}

@Suite struct RateTests {
  @Test(
    arguments: [
      ("4%", 40_000_000_000), ("4 %", 40_000_000_000), ("0.04", 40_000_000_000),
      ("4,125%", 41_250_000_000), ("0,045", 45_000_000_000), ("100%", 1_000_000_000_000),
      ("0", 0), ("-1%", -10_000_000_000),
    ] as [(String, Int64)])
  func parsesPercentAndFractions(text: String, units: Int64) {
    #expect(Rate.parse(text)?.units == units)
  }

  @Test(arguments: ["", "%", "four", "4%%", "0.0000000000001", "1e-2"])
  func refusesMalformedRates(text: String) {
    #expect(Rate.parse(text) == nil)
  }

  @Test func showsPercentages() {
    #expect(Rate(units: 41_250_000_000).percentText(.fr) == "4,125 %")
    #expect(Rate(units: 40_000_000_000).percentText(.en) == "4%")
  }
}

@Suite struct LanguageTests {
  @Test func explicitChoiceWins() {
    #expect(Language.resolve(explicit: .en, environment: ["LANG": "fr_FR.UTF-8"]) == .en)
  }

  @Test func environmentIsReadThePOSIXWay() {
    #expect(Language.resolve(explicit: nil, environment: ["LANG": "en_GB.UTF-8"]) == .en)
    #expect(
      Language.resolve(
        explicit: nil, environment: ["LANG": "en_GB.UTF-8", "LC_ALL": "fr_FR.UTF-8"])
        == .fr)
    #expect(Language.resolve(explicit: nil, environment: ["LANG": "C.UTF-8"]) == .fr)
    #expect(Language.resolve(explicit: nil, environment: [:]) == .fr)
  }
}

@Suite struct CalendarDateTests {
  @Test func parsesMonthsAndDays() {
    #expect(CalendarDate.parse("2027-01")?.description == "2027-01-01")
    #expect(CalendarDate.parse("2027-01-15")?.description == "2027-01-15")
    for bad in ["2027-13", "2027-02-30", "27-01", "2027/01", "2027-1", ""] {
      #expect(CalendarDate.parse(bad) == nil, "\(bad)")
    }
  }

  @Test func addingMonthsClampsToTheMonthEnd() throws {
    let date = try #require(CalendarDate(year: 2027, month: 1, day: 31))
    #expect(date.adding(months: 1).description == "2027-02-28")
    #expect(date.adding(months: 13).description == "2028-02-29")
    #expect(date.adding(months: 12 * 30).description == "2057-01-31")
  }

  @Test func serialNumbersMatchSpreadsheets() throws {
    // Values as Excel and LibreOffice show them for these dates.
    #expect(try #require(CalendarDate(year: 1900, month: 3, day: 1)).serialNumber == 61)
    #expect(try #require(CalendarDate(year: 2027, month: 1, day: 1)).serialNumber == 46_388)
    #expect(try #require(CalendarDate(year: 2000, month: 2, day: 29)).serialNumber == 36_585)
  }
}
