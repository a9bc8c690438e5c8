import Foundation

/// `essor-bench loans [COUNT [RUNS]]`, `essor-bench xlsx MODE OUT [ROWS]` or `essor-bench idle`:
/// one contender per process, so `run.sh` can read each one's peak memory.
let arguments = CommandLine.arguments.dropFirst()
let usageText = """
  usage: essor-bench loans [COUNT [RUNS]]
         essor-bench xlsx normal|constant|constant-streamed|model OUT [ROWS]
         essor-bench external TOOL WORKSPACE [RUNS]
         essor-bench cohort [COUNT [RUNS]]
         essor-bench plan [COUNT [RUNS]]
         essor-bench monte-carlo [COUNT [RUNS [THREADS]]]
         essor-bench optimise [RUNS [THREADS]]
         essor-bench idle
  """

switch arguments.first {
case "loans":
  let rest = Array(arguments.dropFirst())
  guard rest.count <= 2, let count = Int(rest.first ?? "100000"), count > 0,
    let runs = Int(rest.dropFirst().first ?? "3"), runs > 0
  else { fail(usageText, status: 2) }
  LoanBench.run(count: count, runs: runs)
case "xlsx":
  let rest = Array(arguments.dropFirst())
  guard (2...3).contains(rest.count), let mode = XLSXBench.Mode(rawValue: rest[0]),
    let rows = Int(rest.count == 3 ? rest[2] : "50000"), rows > 0
  else { fail(usageText, status: 2) }
  do {
    try XLSXBench.run(mode, output: rest[1], rows: rows)
  } catch {
    fail("essor-bench: \(error)")
  }
case "external":
  let rest = Array(arguments.dropFirst())
  guard (2...3).contains(rest.count), let runs = Int(rest.count == 3 ? rest[2] : "20"), runs > 0
  else { fail(usageText, status: 2) }
  do {
    try ExternalBench.run(tool: rest[0], workspace: rest[1], runs: runs)
  } catch {
    fail("essor-bench: \(error)")
  }
case "cohort":
  let rest = Array(arguments.dropFirst())
  guard rest.count <= 2, let count = Int(rest.first ?? "200"), count > 0,
    let runs = Int(rest.dropFirst().first ?? "3"), runs > 0
  else { fail(usageText, status: 2) }
  do {
    try CohortBench.run(count: count, runs: runs)
  } catch {
    fail("essor-bench: \(error)")
  }
case "plan":
  let rest = Array(arguments.dropFirst())
  guard rest.count <= 2, let count = Int(rest.first ?? "1000"), count > 0,
    let runs = Int(rest.dropFirst().first ?? "3"), runs > 0
  else { fail(usageText, status: 2) }
  do {
    try PlanBench.run(count: count, runs: runs)
  } catch {
    fail("essor-bench: \(error)")
  }
case "monte-carlo":
  let rest = Array(arguments.dropFirst())
  let cores = ProcessInfo.processInfo.activeProcessorCount
  guard rest.count <= 3, let count = Int(rest.first ?? "10000"), count > 0,
    let runs = Int(rest.dropFirst().first ?? "3"), runs > 0,
    let threads = Int(rest.dropFirst(2).first ?? String(cores)), threads > 0
  else { fail(usageText, status: 2) }
  do {
    try ScenarioBench.monteCarlo(count: count, runs: runs, threads: threads)
  } catch {
    fail("essor-bench: \(error)")
  }
case "optimise":
  let rest = Array(arguments.dropFirst())
  let cores = ProcessInfo.processInfo.activeProcessorCount
  guard rest.count <= 2, let runs = Int(rest.first ?? "3"), runs > 0,
    let threads = Int(rest.dropFirst().first ?? String(cores)), threads > 0
  else { fail(usageText, status: 2) }
  do {
    try ScenarioBench.optimise(runs: runs, threads: threads)
  } catch {
    fail("essor-bench: \(error)")
  }
case "idle":
  // The peak of a process that loads the Swift runtime and Foundation and does nothing.
  report(["contender": "essor-idle", "self_peak_kib": String(peakResidentKiB())])
default:
  fail(usageText, status: 2)
}
