/// Gathers the problems of an input read in one pass, so one run reports them all.
///
/// A reader tries each independent part (a block, a list item) with `attempt`: a problem in
/// the data is kept and the part left out, so the parts after it are still checked. At the
/// end, `finish` throws the problems found, the first with the others after it.
///
///     var problems = ProblemCollector()
///     let needs = problems.attempt { try readNeeds(node) }      // nil if it failed
///     let operations = problems.attempt { try readOperations(other) }
///     try problems.finish()                                     // throws both, if both failed
public struct ProblemCollector: Sendable {
  /// The problems found so far, in the order found.
  public private(set) var problems: [EssorError] = []

  public init() {}

  /// Runs `body`, keeping a problem with the data and giving nil for it.
  ///
  /// Other errors (an unreadable file, an internal failure) stop the read at once.
  public mutating func attempt<T>(_ body: () throws -> T) throws -> T? {
    do {
      return try body()
    } catch let error as EssorError where error.kind == .badData {
      problems.append(error)
      return nil
    }
  }

  /// Runs `body`; a problem with the data is kept and gives `fallback`, so reading goes on.
  public mutating func value<T>(or fallback: T, _ body: () throws -> T) throws -> T {
    try attempt(body) ?? fallback
  }

  /// Keeps a problem found without an error thrown.
  public mutating func add(_ problem: EssorError) { problems.append(problem) }

  /// Whether a problem was found.
  public var isEmpty: Bool { problems.isEmpty }

  /// Throws the problems found, if any, in the order of the file (line, then column).
  public func finish() throws {
    let ordered = problems.enumerated().sorted { a, b in
      let (pathA, lineA, columnA) = Self.place(a.element)
      let (pathB, lineB, columnB) = Self.place(b.element)
      guard pathA == pathB, lineA != lineB || columnA != columnB else { return a.offset < b.offset }
      return lineA != lineB ? lineA < lineB : columnA < columnB
    }.map(\.element)
    if let error = EssorError.combining(ordered) { throw error }
  }

  /// A problem's file, line and column (0 when it has none).
  private static func place(_ problem: EssorError) -> (String, Int, Int) {
    guard case .file(let path, let line, let column) = problem.location else { return ("", 0, 0) }
    return (path, line ?? 0, column ?? 0)
  }
}
