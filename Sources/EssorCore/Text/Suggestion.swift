/// "Did you mean …?": the known name closest to a misspelled one.
public enum Suggestion {
  /// The candidate nearest to `word`, when it is near enough to be a typo.
  ///
  /// Near enough: an edit distance of at most a third of the word's length (at least 1, at
  /// most 3), or the word typed as a prefix of at least 3 letters; ties go to the first
  /// candidate. Case is ignored; an exact match is not a suggestion.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let target = Array(word.lowercased())
    guard !target.isEmpty else { return nil }
    let limit = min(3, max(1, target.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let lowered = Array(candidate.lowercased())
      if lowered == target { return nil }
      let distance = editDistance(target, lowered)
      // A prefix typed in full (`fin` for `finance`) is a near name too.
      let isPrefix = target.count >= 3 && lowered.starts(with: target)
      guard distance <= limit || isPrefix else { continue }
      let rank = isPrefix ? min(distance, limit) : distance
      if best == nil || rank < (best?.distance ?? .max) { best = (candidate, rank) }
    }
    return best?.name
  }

  /// The Damerau–Levenshtein distance (insertions, deletions, substitutions and swaps of
  /// two neighbours each cost 1) between two strings of characters.
  public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }

  /// The edit distance between two strings.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    editDistance(Array(a), Array(b))
  }
}
