import Foundation

/// The facts of one run: each provider is asked at most once, when a fact of its is first
/// wanted, and what it said (its facts, or why it could not) is kept until the run ends.
///
/// Nothing persists between runs, so nothing can be stale. A consumer gets, per fact, the
/// value, the word that the inputs do not allow it, or the provider's diagnostic: it
/// degrades ("financing facts unavailable: base.yaml:3 …") instead of failing.
///
/// A provider may read other facts through its context's store (an external tool consuming
/// built-in facts); a provider that would need its own facts, directly or not, gets the
/// others' answer "unavailable" instead of a deadlock. Derivations are serialized.
public final class FactStore: @unchecked Sendable {
  /// What the store answers for one fact.
  public enum Answer<Value: Sendable>: Sendable {
    /// The fact's value.
    case value(Value)
    /// The workspace lacks the inputs for it (no scenario, no canvas…), or there is no
    /// workspace, or no registered tool provides it.
    case absent
    /// The provider failed: a broken input, said as a warning to show.
    case unavailable(Diagnostic)

    /// The value, if there is one.
    public var value: Value? {
      if case .value(let value) = self { return value }
      return nil
    }

    /// The provider's diagnostic, if it failed.
    public var diagnostic: Diagnostic? {
      if case .unavailable(let diagnostic) = self { return diagnostic }
      return nil
    }
  }

  private let providers: [String: FactProvider]
  private let providerOfFact: [String: String]
  private let context: FactContext?
  // Guarded by `lock`, which a provider's own reads may take again on the same thread.
  private let lock = NSRecursiveLock()
  private var derived: [String: Result<FactSet, FactFailure>] = [:]
  private var deriving: Set<String> = []
  private var derivationCount = 0

  /// A store over `providers`, deriving from `context` (nil: no workspace, every fact absent).
  public init(providers: [FactProvider], context: FactContext?) {
    var byID: [String: FactProvider] = [:]
    var ofFact: [String: String] = [:]
    for provider in providers {
      byID[provider.id] = provider
      for key in provider.provides where ofFact[key.name] == nil { ofFact[key.name] = provider.id }
    }
    self.providers = byID
    self.providerOfFact = ofFact
    self.context = context
  }

  /// A store that knows no fact.
  public static let empty = FactStore(providers: [], context: nil)

  /// A typed fact.
  public func value<Value>(_ key: FactKey<Value>) -> Answer<Value> {
    switch answer(key.name) {
    case .value(let erased):
      // The registry checked that the provider declares this key with this type; a value of
      // another type is the provider's defect, and is not passed on.
      guard let value = Value(fact: erased) else { return .absent }
      return .value(value)
    case .absent: return .absent
    case .unavailable(let diagnostic): return .unavailable(diagnostic)
    }
  }

  /// A fact by name, type erased (for external tools and listings).
  public func answer(_ name: String) -> Answer<FactValue> {
    guard let context, let providerID = providerOfFact[name], let provider = providers[providerID]
    else { return .absent }
    lock.lock()
    defer { lock.unlock() }
    let result: Result<FactSet, FactFailure>
    if let known = derived[providerID] {
      result = known
    } else if deriving.contains(providerID) {
      return .unavailable(
        Diagnostic(
          .warning, .invalidRegistry, source: providerID,
          LocalizedText(
            fr: "faits « \(providerID) » indisponibles : ils dépendent d’eux-mêmes.",
            en: "\(providerID) facts unavailable: they depend on themselves.")))
    } else {
      deriving.insert(providerID)
      derivationCount += 1
      do {
        result = .success(try provider.derive(context.with(self)))
      } catch let error as EssorError {
        result = .failure(FactFailure(provider: providerID, error: error))
      } catch {
        result = .failure(
          FactFailure(
            provider: providerID,
            error: EssorError(.internalFailure, LocalizedText(verbatim: "\(error)"))))
      }
      deriving.remove(providerID)
      derived[providerID] = result
    }
    switch result {
    case .success(let facts): return facts.values[name].map { .value($0) } ?? .absent
    case .failure(let failure): return .unavailable(failure.diagnostic)
    }
  }

  /// The facts among `keys` that have a value (what an external tool is sent).
  public func values(_ keys: [AnyFactKey]) -> [String: FactValue] {
    var values: [String: FactValue] = [:]
    for key in keys {
      if case .value(let value) = answer(key.name), value.kind == key.kind {
        values[key.name] = value
      }
    }
    return values
  }

  /// Where a derived fact comes from (file and field), as its provider said.
  public func source(_ name: String) -> String? {
    guard let id = providerOfFact[name] else { return nil }
    lock.lock()
    defer { lock.unlock() }
    if case .success(let facts)? = derived[id] { return facts.sources[name] }
    return nil
  }

  /// What to do for an absent fact to exist, as its provider says.
  public func hint(_ name: String) -> LocalizedText? {
    providerOfFact[name].flatMap { providers[$0]?.hint }
  }

  /// The id of the provider of a fact.
  public func provider(of name: String) -> String? { providerOfFact[name] }

  /// The key, with its type, that a provider of the store declares under this name.
  public func declaredKey(_ name: String) -> AnyFactKey? {
    guard let id = providerOfFact[name] else { return nil }
    return providers[id]?.provides.first { $0.name == name }
  }

  /// The diagnostics of the providers that failed so far, once each.
  public var failures: [Diagnostic] {
    lock.lock()
    defer { lock.unlock() }
    return derived.keys.sorted().compactMap { id in
      if case .failure(let failure)? = derived[id] { return failure.diagnostic }
      return nil
    }
  }

  /// How many times a provider was asked to derive (once per provider and run).
  public var derivations: Int {
    lock.lock()
    defer { lock.unlock() }
    return derivationCount
  }
}

/// A provider's failure, kept for every fact of it.
private struct FactFailure: Error, Sendable {
  var provider: String
  var error: EssorError

  var diagnostic: Diagnostic {
    Diagnostic(
      .warning, error.code, source: provider, at: error.location,
      LocalizedText(
        fr: "faits « \(provider) » indisponibles : \(error.message.fr)",
        en: "\(provider) facts unavailable: \(error.message.en)"),
      hint: error.hint)
  }
}
