/// A random number generator that gives the same numbers for the same seed on every
/// machine (xoshiro256**, seeded through SplitMix64): what a run draws is reproducible.
///
/// Every random draw of Essor goes through the context's seed; independent streams (one per
/// thread or per task) come from ``stream(_:)`` so the result does not depend on how the
/// work is split.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  /// The generator for `seed`.
  public init(seed: UInt64) {
    var mixer = seed
    func next() -> UInt64 {
      mixer &+= 0x9E37_79B9_7F4A_7C15
      var z = mixer
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (next(), next(), next(), next())
  }

  /// An independent generator for stream number `index` of the same seed.
  public static func stream(seed: UInt64, _ index: UInt64) -> SeededRandom {
    SeededRandom(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03) &+ index)
  }

  public mutating func next() -> UInt64 {
    let result = rotate(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = rotate(state.3, 45)
    return result
  }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
