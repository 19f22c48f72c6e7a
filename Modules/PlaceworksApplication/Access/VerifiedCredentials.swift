import Foundation
import Synchronization

/// Credentials verified lately — API tokens, web sessions — so that a request carrying one needs
/// no store lookup. Keyed by the credential's hash; the value is what the lookup found.
///
/// An entry stands only while it is certainly current:
/// - on a store with a change counter (SQLite), while the counter reads what it read just before
///   the credential was looked up — nothing at all, so no revocation or sign-out, was committed
///   since; a credential revoked through any process is refused from the next request;
/// - on a store without one (PostgreSQL), for at most ``lifetime`` after the lookup began: a
///   credential revoked through any instance is refused by every instance within that time.
public final class VerifiedCredentials<Value: Sendable>: Sendable {
    /// How long a verified credential is trusted on a store without a change counter.
    public static var defaultLifetime: Duration { .seconds(1) }
    /// At most this many are kept; when full, the cache starts again empty.
    static var capacity: Int { 1024 }

    private struct Entry {
        var value: Value
        var counter: Int64?
        var lookedUp: ContinuousClock.Instant
    }

    let lifetime: Duration
    private let entries = Mutex<[String: Entry]>([:])

    init(lifetime: Duration = defaultLifetime) { self.lifetime = lifetime }

    /// What a lookup that still stands found for `hash`; `counter` is the store's change counter
    /// read now.
    func value(hash: String, counter: Int64?) -> Value? {
        entries.withLock { entries in
            guard let entry = entries[hash] else { return nil }
            if let counter { return entry.counter == counter ? entry.value : nil }
            return ContinuousClock.now - entry.lookedUp < lifetime ? entry.value : nil
        }
    }

    /// Keeps `value`, found for `hash` by a lookup that began at `lookedUp`, just after the
    /// store's change counter read `counter`.
    func keep(_ value: Value, hash: String, counter: Int64?, lookedUp: ContinuousClock.Instant) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[hash] = Entry(value: value, counter: counter, lookedUp: lookedUp)
        }
    }

    /// Forgets what was found for `hash` (the credential was revoked or signed out here).
    func forget(hash: String) {
        _ = entries.withLock { $0.removeValue(forKey: hash) }
    }

    /// Forgets every value `matches` (an account changed here ends its sessions at once).
    func forget(where matches: (Value) -> Bool) {
        entries.withLock { entries in entries = entries.filter { !matches($0.value.value) } }
    }
}

/// The API tokens verified lately (``AccessTokens/verify(_:)``).
public typealias VerifiedTokens = VerifiedCredentials<APIToken>
