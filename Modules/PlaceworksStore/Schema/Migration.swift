/// One step of the store's schema: a version number and a name. Never edited or removed once
/// shipped; a change to the schema is a new migration at the end of ``StoreSchema/migrations``.
/// Each backend supplies the SQL for every migration.
public struct Migration: Sendable, Hashable, Codable, CustomStringConvertible {
    public var version: Int
    public var name: String

    public init(_ version: Int, _ name: String) {
        self.version = version
        self.name = name
    }

    /// "3 make-audit-log-append-only".
    public var description: String { "\(version) \(name)" }
}
