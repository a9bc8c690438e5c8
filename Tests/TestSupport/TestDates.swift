import EssorCore

extension CalendarDate {
  /// A fixed first month for tests that need one (1 January 2027): never the wall clock.
  public static let testStart = CalendarDate(daysSince1970: 20_819)
}

extension FixedClock {
  /// Noon, 15 December 2026: a default loan then starts on 1 January 2027.
  public static let test = FixedClock(20_802 * 86_400 + 43_200)
}
