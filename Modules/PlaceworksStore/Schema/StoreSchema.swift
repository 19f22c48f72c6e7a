/// The logical schema of every store, as an append-only list of migrations. Both backends create
/// the same tables, columns and rules for each (see docs/storage.md).
public enum StoreSchema {
    /// Every migration, in order. Append only.
    public static let migrations: [Migration] = [
        Migration(1, "create-records"),
        Migration(2, "create-audit-log"),
        Migration(3, "make-audit-log-append-only"),
        Migration(4, "record-formats-audit-places-guarded-head"),
        Migration(5, "create-api-tokens"),
        Migration(6, "indicator-observations-and-imports"),
        Migration(7, "create-web-accounts-and-sessions"),
        Migration(8, "record-kinds-for-funds-accountability-engagement-recruitment"),
        Migration(9, "record-failed-sign-ins"),
    ]

    /// The version a fully migrated store is at.
    public static var latestVersion: Int { migrations.last?.version ?? 0 }

    /// The status of a store whose applied versions are `applied`.
    public static func status(applied: [Int]) -> SchemaStatus {
        let done = Set(applied)
        return SchemaStatus(current: applied.max() ?? 0, latest: latestVersion,
                            applied: migrations.filter { done.contains($0.version) },
                            pending: migrations.filter { !done.contains($0.version) },
                            unknown: done.subtracting(migrations.map(\.version)).sorted())
    }
}
