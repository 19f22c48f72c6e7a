import Foundation
import Synchronization

/// The API tokens verified lately, so that a request carrying one needs no store lookup.
///
/// An entry stands only while it is certainly current:
/// - on a store with a change counter (SQLite), while the counter reads what it read just before
///   the token was looked up — nothing at all, so no revocation, was committed since; a token
///   revoked through any process is refused from the next request;
/// - on a store without one (PostgreSQL), for at most ``lifetime`` after the lookup began: a
///   token revoked through any instance is refused by every instance within that time.
public final class VerifiedTokens: Sendable {
    /// How long a verified token is trusted on a store without a change counter.
    public static let defaultLifetime: Duration = .seconds(1)
    /// At most this many tokens are kept; when full, the cache starts again empty.
    static let capacity = 1024

    private struct Entry {
        var token: APIToken
        var counter: Int64?
        var lookedUp: ContinuousClock.Instant
    }

    let lifetime: Duration
    private let entries = Mutex<[String: Entry]>([:])

    init(lifetime: Duration = defaultLifetime) { self.lifetime = lifetime }

    /// The live token whose secret hashes to `hash`, when a lookup that still stands found it;
    /// `counter` is the store's change counter read now.
    func token(hash: String, counter: Int64?) -> APIToken? {
        entries.withLock { entries in
            guard let entry = entries[hash] else { return nil }
            if let counter { return entry.counter == counter ? entry.token : nil }
            return ContinuousClock.now - entry.lookedUp < lifetime ? entry.token : nil
        }
    }

    /// Keeps `token`, found live by a lookup that began at `lookedUp`, just after the store's
    /// change counter read `counter`.
    func keep(_ token: APIToken, hash: String, counter: Int64?, lookedUp: ContinuousClock.Instant) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[hash] = Entry(token: token, counter: counter, lookedUp: lookedUp)
        }
    }
}
