import Foundation

/// Runs an executable with a time limit and a cap on what it may write, feeding it one
/// input; its standard error goes straight to ours (it is the tool's log).
///
/// The tool starts in a process group of its own, so stopping it (time out, too much
/// output) also stops whatever it started — no child can keep Essor waiting.
enum ProcessRunner {
  /// The process group of the tool running now (0: none), for the interrupt handler.
  nonisolated(unsafe) static var runningGroup: pid_t = 0

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

  static func run(
    _ path: String, arguments: [String], input: Data, timeout: Double, outputCap: Int
  ) throws -> Outcome {
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
      if collector.state.overflowed {
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
    while !collector.state.finished && Date() < drained { usleep(5_000) }
    kill(-pid, SIGKILL)
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
private func stopAndExit(_ signal: Int32) {
  let group = ProcessRunner.runningGroup
  if group > 0 { kill(-group, SIGKILL) }
  _exit(128 + signal)
}
