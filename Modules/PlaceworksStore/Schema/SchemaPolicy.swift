/// What opening a store does about a schema that is not current.
public enum SchemaPolicy: Sendable, Hashable {
    /// Apply pending migrations (creating the schema in a new store). The default.
    case migrate
    /// Refuse with ``StoreError/schemaBehind(location:current:latest:pending:)``, which says to run
    /// `place db migrate` (for servers sharing a database, where migrating is an operator's decision).
    case requireCurrent
    /// Open as it is, for `place db status` and `place db migrate` only: reading or writing
    /// records before migrating fails.
    case inspect

    /// Checks `status` under this policy: returns whether migrations must run now, or throws.
    package func check(_ status: SchemaStatus, location: String) throws(StoreError) -> Bool {
        if !status.unknown.isEmpty, self != .inspect {
            throw .schemaAhead(location: location, current: status.current, latest: status.latest)
        }
        switch self {
        case .migrate: return !status.pending.isEmpty
        case .inspect: return false
        case .requireCurrent:
            if !status.pending.isEmpty {
                throw .schemaBehind(location: location, current: status.current, latest: status.latest,
                                    pending: status.pending.map(\.name))
            }
            return false
        }
    }
}
