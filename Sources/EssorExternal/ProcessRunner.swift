import Foundation

/// Runs an executable with a time limit and a cap on what it may write, feeding it one
/// input; its standard error goes straight to ours (it is the tool's log).
///
/// The tool starts in a process group of its own, so stopping it (time out, too much
/// output) also stops whatever it started — no child can keep Essor waiting. A descendant
/// that leaves the group (`setsid`, a daemon's double fork) is caught too: Essor is the
/// subreaper of its tools (Linux), so such orphans become its children, and every one left
/// is ended when the tool is done or stopped.
enum ProcessRunner {
  /// The process group of the tool running now (0: none), for the interrupt handler.
  nonisolated(unsafe) static var runningGroup: pid_t = 0
  /// The signal (SIGINT, SIGTERM) that arrived while a tool ran (0: none); the runner ends
  /// the tool's descendants, then exits with it.
  nonisolated(unsafe) static var pendingSignal: Int32 = 0

  /// On Ctrl-C or SIGTERM, stops the running tool and everything it started, then Essor.
  static func stopToolsOnInterrupt() {
    signal(SIGINT, stopAndExit)
    signal(SIGTERM, stopAndExit)
    var both = sigset_t()
    sigemptyset(&both)
    sigaddset(&both, SIGINT)
    sigaddset(&both, SIGTERM)
    sigprocmask(SIG_UNBLOCK, &both, nil)
  }

  /// How a run ended.
  struct Outcome {
    enum End: Equatable {
      case exited(Int32)
      case signalled(Int32)
      case timedOut
      case tooMuchOutput
    }
    var end: End
    var output: Data
  }

  /// Collects standard output from a reading thread, up to a cap.
  private final class Collector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var overflowed = false
    private var finished = false
    let cap: Int

    init(cap: Int) { self.cap = cap }

    /// Appends a chunk; false once the cap is passed.
    func append(_ chunk: Data) -> Bool {
      lock.lock()
      defer { lock.unlock() }
      guard !overflowed else { return false }
      if data.count + chunk.count > cap {
        overflowed = true
        return false
      }
      data.append(chunk)
      return true
    }

    func finish() {
      lock.lock()
      finished = true
      lock.unlock()
    }

    var state: (data: Data, overflowed: Bool, finished: Bool) {
      lock.lock()
      defer { lock.unlock() }
      return (data, overflowed, finished)
    }
  }

  struct SpawnError: Error, CustomStringConvertible {
    var code: Int32
    var description: String { String(cString: strerror(code)) }
  }

  /// Makes Essor the subreaper of its descendants (Linux `PR_SET_CHILD_SUBREAPER`): an
  /// orphan of a tool becomes Essor's child rather than init's, so it can be found and ended.
  static func becomeSubreaper() {
    #if os(Linux)
    // `prctl` is variadic, so Swift cannot call it directly; its integer arguments are
    // passed the same way through this fixed signature.
    typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "prctl") else {
      return
    }
    let prctl = unsafeBitCast(symbol, to: Prctl.self)
    _ = prctl(36, 1, 0, 0, 0)  // PR_SET_CHILD_SUBREAPER
    #endif
  }

  /// Ends every process still descending from Essor: the tool's group is gone, but what left
  /// it (and was handed to Essor as subreaper) is killed and reaped, down to the last one.
  static func endDescendants() {
    #if os(Linux)
    for _ in 0..<64 {
      let children = childProcesses()
      guard !children.isEmpty else { return }
      for child in children {
        kill(child, SIGKILL)
        var status: Int32 = 0
        waitpid(child, &status, 0)
      }
    }
    #endif
  }

  /// The processes whose parent is Essor, read from /proc.
  private static func childProcesses() -> [pid_t] {
    let me = getpid()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return names.compactMap { name -> pid_t? in
      guard let pid = pid_t(name), pid != me,
        let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return nil }
      // "pid (name) state ppid …": the name may hold spaces and parentheses.
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      guard fields.count > 1, pid_t(fields[1]) == me else { return nil }
      return pid
    }
  }

  static func run(
    _ path: String, arguments: [String], input: Data, timeout: Double, outputCap: Int
  ) throws -> Outcome {
    becomeSubreaper()
    var inputPipe: [Int32] = [0, 0]
    var outputPipe: [Int32] = [0, 0]
    guard pipe(&inputPipe) == 0, pipe(&outputPipe) == 0 else { throw SpawnError(code: errno) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
    for descriptor in inputPipe + outputPipe {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGTERM)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let environment =
      ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in environment { free(pointer) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, path, &actions, &attributes, argv, environment)
    close(inputPipe[0])
    close(outputPipe[1])
    guard status == 0 else {
      close(inputPipe[1])
      close(outputPipe[0])
      throw SpawnError(code: status)
    }
    runningGroup = pid
    defer { runningGroup = 0 }
    // The tool may not read its input, or die first: a broken pipe must not stop Essor.
    signal(SIGPIPE, SIG_IGN)
    let writeEnd = inputPipe[1]
    let bytes = [UInt8](input)
    Thread.detachNewThread {
      bytes.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
          let written = write(writeEnd, base + offset, buffer.count - offset)
          if written <= 0 { break }
          offset += written
        }
      }
      close(writeEnd)
    }
    let collector = Collector(cap: outputCap)
    let readEnd = outputPipe[0]
    Thread.detachNewThread {
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = read(readEnd, &buffer, buffer.count)
        if count <= 0 || !collector.append(Data(buffer[0..<count])) { break }
      }
      collector.finish()
    }
    let deadline = Date().addingTimeInterval(timeout)
    var end: Outcome.End?
    var waitStatus: Int32 = 0
    var exited = false
    while end == nil {
      if waitpid(pid, &waitStatus, WNOHANG) == pid {
        exited = true
        break
      }
      if pendingSignal != 0 {
        end = .timedOut
      } else if collector.state.overflowed {
        end = .tooMuchOutput
      } else if Date() >= deadline {
        end = .timedOut
      } else {
        usleep(5_000)
      }
    }
    if !exited {
      kill(-pid, SIGKILL)
      waitpid(pid, &waitStatus, 0)
    }
    // What the tool started may still hold its output open: give it a moment, then stop it.
    let drained = Date().addingTimeInterval(1)
    while !collector.state.finished && Date() < drained && pendingSignal == 0 { usleep(5_000) }
    kill(-pid, SIGKILL)
    endDescendants()
    if pendingSignal != 0 { exit(128 + pendingSignal) }
    let state = collector.state
    close(readEnd)
    if end == nil {
      if state.overflowed {
        end = .tooMuchOutput
      } else if waitStatus & 0x7F == 0 {
        end = .exited((waitStatus >> 8) & 0xFF)
      } else {
        end = .signalled(waitStatus & 0x7F)
      }
    }
    return Outcome(end: end ?? .timedOut, output: state.data)
  }
}

/// The interrupt handler: only async-signal-safe calls (kill, _exit).
///
/// While a tool runs, its group is stopped at once and the runner, told by ``ProcessRunner/pendingSignal``, ends
/// what escaped the group before exiting; otherwise Essor exits here.
private func stopAndExit(_ signal: Int32) {
  let group = ProcessRunner.runningGroup
  guard group > 0 else { _exit(128 + signal) }
  kill(-group, SIGKILL)
  ProcessRunner.pendingSignal = signal
}
