import Foundation

/// Where a run reads the time of day.
///
/// The system's clock, or a fixed one for tests and reproducible files: nothing in Essor
/// reads the wall clock any other way.
///
/// (Swift's `Clock` and swift-clocks measure durations for sleeping and timeouts; this is
/// the calendar time written into answers files, default loan dates and workbooks.)
public protocol WallClock: Sendable {
  /// Seconds since 1970, UTC.
  var now: Int { get }
}

extension WallClock {
  /// Today's date, UTC.
  public var today: CalendarDate { CalendarDate(daysSince1970: now / 86_400) }

  /// `now` as an ISO 8601 UTC timestamp: `2026-11-26T09:12:31Z`.
  public var timestamp: String { Self.timestamp(now) }

  /// Seconds since 1970 as an ISO 8601 UTC timestamp.
  public static func timestamp(_ seconds: Int) -> String {
    var value = time_t(seconds)
    var parts = tm()
    gmtime_r(&value, &parts)
    func two(_ number: Int32) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
  }
}

/// The system clock, unless the environment fixes the time: `ESSOR_NOW`, else
/// `SOURCE_DATE_EPOCH` (the reproducible-builds convention), in seconds since 1970.
public struct SystemClock: WallClock {
  private let fixed: Int?

  public init(environment: [String: String]) {
    fixed =
      ["ESSOR_NOW", "SOURCE_DATE_EPOCH"].lazy.compactMap { environment[$0].flatMap(Int.init) }
      .first
  }

  public var now: Int { fixed ?? Int(time(nil)) }
}

/// A clock that always says the same time (tests, benchmarks).
public struct FixedClock: WallClock {
  public let now: Int

  public init(_ seconds: Int) { now = seconds }

  /// Midnight UTC of a date.
  public init(_ date: CalendarDate) { now = date.daysSince1970 * 86_400 }
}
