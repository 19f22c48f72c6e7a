import Foundation
import PlaceworksStore

/// Refuses sign-in to an account name after too many wrong passwords in a short time, so a
/// password cannot be guessed by trying many: `limit` failures (five) within `window` (fifteen
/// minutes) lock that name until the first of them is `window` old.
///
/// The failures are kept in the store (migration 9), so every server instance on one store
/// counts the same failures: a guesser spread over the instances behind a load balancer meets
/// the same limit as one talking to a single instance. Names are compared ignoring case.
public struct SignInLimit: Sendable {
    public let store: any AccountStore
    public let limit: Int
    public let window: TimeInterval

    public init(store: any AccountStore, limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.store = store
        self.limit = limit
        self.window = window
    }

    /// How long `name` must wait before trying again, or nil when it may try now.
    public func wait(for name: String, now: Date) async throws -> TimeInterval? {
        let recent = try await store.failedSignIns(name: name.lowercased(), since: now.addingTimeInterval(-window))
        guard recent.count >= limit, let first = recent.first else { return nil }
        return max(1, window - now.timeIntervalSince(first))
    }

    /// Records a wrong password for `name`, and forgets failures older than the window.
    public func failed(_ name: String, now: Date) async throws {
        try await store.recordFailedSignIn(name: name.lowercased(), at: now, forgetBefore: now.addingTimeInterval(-window))
    }

    /// Forgets `name`'s failures once it signs in.
    public func succeeded(_ name: String) async throws {
        try await store.clearFailedSignIns(name: name.lowercased())
    }
}
