import Foundation

/// Seconds spent running `body`, read on the monotonic clock.
func measureSeconds(_ body: () throws -> Void) rethrows -> Double {
  let clock = ContinuousClock()
  let start = clock.now
  try body()
  let elapsed = start.duration(to: clock.now)
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}

/// The process's peak resident set size so far, in KiB (`getrusage(RUSAGE_SELF).ru_maxrss`).
func peakResidentKiB() -> Int {
  var usage = rusage()
  #if os(Linux)
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  return Int(usage.ru_maxrss)
  #else
  getrusage(RUSAGE_SELF, &usage)
  return Int(usage.ru_maxrss) / 1024  // bytes on Darwin
  #endif
}

/// Prints the one machine-readable line `run.sh` parses: `RESULT key=value …`.
func report(_ fields: KeyValuePairs<String, String>) {
  let body = fields.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
  print("RESULT " + body)
}

/// A number with a fixed count of decimals, for `RESULT` lines.
func fixed(_ value: Double, _ decimals: Int = 6) -> String {
  String(format: "%.\(decimals)f", value)
}

/// Writes `message` to standard error and exits with `status` (2: bad usage, 1: failure).
func fail(_ message: String, status: Int32 = 1) -> Never {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(status)
}
