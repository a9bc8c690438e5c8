import Foundation

/// A calendar day with no time and no time zone, as loan contracts and plans use them.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// Creates a date; returns nil if the day does not exist.
  public init?(year: Int, month: Int, day: Int) {
    guard (1900...9999).contains(year), (1...12).contains(month),
      (1...Self.daysIn(year: year, month: month)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `2027-01` (the first of the month) or `2027-01-15`.
  public static func parse(_ text: String) -> CalendarDate? {
    let parts = text.trimmingCharacters(in: .whitespaces).split(
      separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3, parts[0].count == 4,
      parts.dropFirst().allSatisfy({ $0.count == 2 }),
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      let year = Int(parts[0]), let month = Int(parts[1])
    else { return nil }
    let day = parts.count == 3 ? Int(parts[2]) ?? 0 : 1
    return CalendarDate(year: year, month: month, day: day)
  }

  /// The same day `months` months later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb).
  public func adding(months: Int) -> CalendarDate {
    let index = year * 12 + (month - 1) + months
    let newYear = index / 12
    let newMonth = index % 12 + 1
    let newDay = min(day, Self.daysIn(year: newYear, month: newMonth))
    return CalendarDate(unchecked: newYear, newMonth, newDay)
  }

  /// `2027-01-15`.
  public var description: String {
    let y = String(year)
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(y)-\(m)-\(d)"
  }

  /// The spreadsheet serial number (days since 1899-12-30), as Excel and LibreOffice store dates.
  public var serialNumber: Int {
    // Days from civil (Howard Hinnant's algorithm), shifted to the 1899-12-30 epoch.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    let daysSince1970 = era * 146097 + doe - 719468
    return daysSince1970 + 25569
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// The number of days in a month.
  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  fileprivate init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }
}

extension CalendarDate {
  /// Days since 1 January 1970.
  public var daysSince1970: Int { serialNumber - 25569 }

  /// The date `days` days after 1 January 1970 (civil from days, Howard Hinnant).
  public init(daysSince1970 days: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    self.init(unchecked: year, month, day)
  }

  /// The first day of the next month: the default disbursement date of a loan.
  public var firstOfNextMonth: CalendarDate {
    CalendarDate(unchecked: year, month, 1).adding(months: 1)
  }
}

extension CalendarDate {
  /// The date in words: `21 octobre 2026`, `21 October 2026`.
  public func words(_ language: Language) -> String {
    let months =
      language == .fr
      ? [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
      ]
      : [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
      ]
    let name = months[max(0, min(11, month - 1))]
    return language == .fr && day == 1 ? "1er \(name) \(year)" : "\(day) \(name) \(year)"
  }

  /// The date of a timestamp's first ten characters (`2026-10-21T00:00:00Z`), if any.
  public static func ofTimestamp(_ text: String) -> CalendarDate? {
    CalendarDate.parse(String(text.prefix(10)))
  }
}
