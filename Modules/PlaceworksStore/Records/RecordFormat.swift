/// The versions of the format a record's body is written in.
///
/// Each stored record carries the format version it was written in. When a domain type's
/// encoding changes, ``current`` goes up by one and an upgrader for the kinds it touches turns a
/// body of the previous format into the new one; reading upgrades old bodies on the fly, and the
/// next write of the record stores it in the current format. A body in a format newer than this
/// program knows is refused with a message, never misread.
///
/// Format 1 is the domain's Codable form with sorted keys, as documented in docs/data-format.md.
public enum RecordFormat {
    /// The format this program writes.
    public static let current = 1

    /// Turns one body of `kind` written in format `version` into format `version + 1`.
    /// Keyed by the version upgraded from; empty while there has been only one format.
    static let upgraders: [Int: @Sendable (RecordKind, String) throws -> String] = [:]

    /// The body of `record` in the current format.
    /// - Throws: ``StoreError/unreadableRecord(kind:id:reason:)`` for a format this program does
    ///   not know.
    public static func upgraded(_ record: StoredRecord) throws(StoreError) -> String {
        guard record.format <= current else {
            throw .unreadableRecord(kind: record.key.kind.rawValue, id: record.key.id,
                                    reason: "it is in record format \(record.format), newer than this program's "
                                        + "(\(current)); use a newer version of Placeworks")
        }
        var body = record.body
        for version in record.format..<current {
            guard let upgrade = upgraders[version] else {
                throw .unreadableRecord(kind: record.key.kind.rawValue, id: record.key.id,
                                        reason: "no upgrade from record format \(version) is known")
            }
            do { body = try upgrade(record.key.kind, body) } catch {
                throw .unreadableRecord(kind: record.key.kind.rawValue, id: record.key.id,
                                        reason: "its upgrade from format \(version) failed: \(error)")
            }
        }
        return body
    }
}
