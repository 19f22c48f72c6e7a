import Foundation
import PlaceworksStore
import PlaceworksStorePostgres
import PlaceworksStoreSQLite

/// Where the store is: an embedded SQLite file (the default) or a shared PostgreSQL database.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// The environment variable that names the store when `--store` is not given.
    public static let environmentVariable = "PLACEWORKS_STORE"
    /// The embedded store's file when neither `--store` nor the environment names one.
    public static let defaultPath = "placeworks.sqlite"

    /// Reads a location: a `postgres://` (or `postgresql://`) URL, or a file path.
    public init(_ text: String) {
        let lower = text.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The location named by `argument`, else by `PLACEWORKS_STORE`, else the default file.
    public static func resolve(_ argument: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> StoreLocation
    {
        if let argument, !argument.isEmpty { return StoreLocation(argument) }
        if let named = environment[environmentVariable], !named.isEmpty { return StoreLocation(named) }
        return .sqlite(path: defaultPath)
    }

    /// Whether the store exists yet (a PostgreSQL database is assumed to).
    public var exists: Bool {
        switch self {
        case let .sqlite(path): FileManager.default.fileExists(atPath: path)
        case .postgres: true
        }
    }

    public var description: String {
        switch self {
        case let .sqlite(path): path
        case let .postgres(url): URLComponents(string: url).flatMap { components -> String? in
            var shown = components
            shown.password = nil
            return shown.string
        } ?? "the PostgreSQL database"
        }
    }

    /// Opens the store. The embedded store migrates itself when it is behind; a shared
    /// PostgreSQL store is migrated only by `place db migrate` unless `schema` says otherwise.
    public func open(schema: SchemaPolicy? = nil) async throws -> any DatasetStore {
        switch self {
        case let .sqlite(path): try await SQLiteStore.open(path: path, schema: schema ?? .migrate)
        case let .postgres(url): try await PostgresStore.open(url: url, schema: schema ?? .requireCurrent)
        }
    }
}
