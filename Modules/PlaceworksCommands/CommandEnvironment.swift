import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksStore

/// What the `place` commands are built from: the registry, the clock and how a store is opened.
/// The executable's `main` builds it once and passes it to ``PlaceCommand/run(_:environment:)``;
/// tests pass their own.
public struct CommandEnvironment: Sendable {
    /// The registered extensions (or why they do not fit together).
    public var registry: @Sendable () throws -> Registry
    /// The time of every write.
    public var clock: @Sendable () -> Date
    /// Opens the store at a location with a schema policy.
    public var openStore: @Sendable (StoreLocation, SchemaPolicy?) async throws -> any DatasetStore
    /// The process environment (`PLACEWORKS_STORE`, `PLACEWORKS_ACTOR`, `USER`).
    public var variables: [String: String]

    public init(registry: @escaping @Sendable () throws -> Registry,
                clock: @escaping @Sendable () -> Date = { Date() },
                openStore: @escaping @Sendable (StoreLocation, SchemaPolicy?) async throws -> any DatasetStore = {
                    try await $0.open(schema: $1)
                },
                variables: [String: String] = ProcessInfo.processInfo.environment) {
        self.registry = registry
        self.clock = clock
        self.openStore = openStore
        self.variables = variables
    }

    /// The shipped extensions, the system clock, the store named on the command line or in the
    /// environment.
    public static let live = CommandEnvironment(registry: { try Registry.standard() })

    /// The environment of the command being run.
    @TaskLocal static var current = CommandEnvironment.live
}
