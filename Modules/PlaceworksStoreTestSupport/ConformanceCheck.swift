import PlaceworksDomain
import PlaceworksStore

/// The behaviour every store backend must show. A backend's test target runs every check (and
/// ``StoreConformance/lifecycle(of:in:)`` for every kind) on a fresh ``TestDatabase``:
///
/// ```swift
/// @Test(arguments: ConformanceCheck.allCases)
/// func conformance(_ check: ConformanceCheck) async throws {
///     let database = try await makeDatabase()
///     try await check.run(in: database)
///     try await database.discard()
/// }
/// ```
public enum ConformanceCheck: String, CaseIterable, Sendable, CustomStringConvertible {
    // Schema and migrations
    case schemaCreatedOnFirstOpen
    case olderStoreRefusedUntilMigrated
    case olderStoreMigratedOnOpen
    case newerStoreRefused
    // Records
    case datasetReadsBackEqual
    case importTwiceChangesNothing
    case asOfQueriesOverStoredHistory
    case invalidDataRefused
    case recreatedRecordGetsNewVersion
    case pagedReadsByKindAndPlace
    case placeDataVersionMovesOnEveryChange
    // Transactions and concurrency
    case batchWithOneStaleRecordWritesNothing
    case staleEditRefused
    case concurrentWritersOneWins
    case concurrentCreatorsOneWins
    case concurrentWritersOfDifferentRecordsBothWin
    // Audit log
    case auditEntriesRecordEveryChange
    case auditLogRefusesUpdateAndDelete
    case auditHeadGuarded
    case changeCounterMovesOnEveryCommit
    case tamperAlteredEntryDetected
    case tamperDeletedEntryDetected
    case tamperSwappedEntriesDetected
    case tamperRehashedEntryDetected
    case tamperTruncatedLogDetected
    case tamperRecordChangedOutsideStoreDetected
    // API tokens
    case tokensAddedListedAndFoundByHash
    case tokenNamesUniqueAmongLiveTokens
    case tokenRevokedOnce
    case tokensSharedBetweenHandles
    case concurrentTokenCreatorsOneWins
    // Failed sign-ins
    case failedSignInsSharedBetweenHandles
    // Imports and indicator observations
    case observationsLoadedByImports

    public var description: String { rawValue }

    /// Runs the check on `database` (empty, no schema yet).
    public func run(in database: TestDatabase) async throws {
        switch self {
        case .schemaCreatedOnFirstOpen: try await StoreConformance.schemaCreatedOnFirstOpen(database)
        case .olderStoreRefusedUntilMigrated: try await StoreConformance.olderStoreRefusedUntilMigrated(database)
        case .olderStoreMigratedOnOpen: try await StoreConformance.olderStoreMigratedOnOpen(database)
        case .newerStoreRefused: try await StoreConformance.newerStoreRefused(database)
        case .datasetReadsBackEqual: try await StoreConformance.datasetReadsBackEqual(database)
        case .importTwiceChangesNothing: try await StoreConformance.importTwiceChangesNothing(database)
        case .asOfQueriesOverStoredHistory: try await StoreConformance.asOfQueriesOverStoredHistory(database)
        case .invalidDataRefused: try await StoreConformance.invalidDataRefused(database)
        case .recreatedRecordGetsNewVersion: try await StoreConformance.recreatedRecordGetsNewVersion(database)
        case .batchWithOneStaleRecordWritesNothing: try await StoreConformance.batchWithOneStaleRecordWritesNothing(database)
        case .staleEditRefused: try await StoreConformance.staleEditRefused(database)
        case .concurrentWritersOneWins: try await StoreConformance.concurrentWritersOneWins(database)
        case .concurrentCreatorsOneWins: try await StoreConformance.concurrentCreatorsOneWins(database)
        case .concurrentWritersOfDifferentRecordsBothWin:
            try await StoreConformance.concurrentWritersOfDifferentRecordsBothWin(database)
        case .auditEntriesRecordEveryChange: try await StoreConformance.auditEntriesRecordEveryChange(database)
        case .auditLogRefusesUpdateAndDelete: try await StoreConformance.auditLogRefusesUpdateAndDelete(database)
        case .auditHeadGuarded: try await StoreConformance.auditHeadGuarded(database)
        case .pagedReadsByKindAndPlace: try await StoreConformance.pagedReadsByKindAndPlace(database)
        case .placeDataVersionMovesOnEveryChange: try await StoreConformance.placeDataVersionMovesOnEveryChange(database)
        case .tamperAlteredEntryDetected: try await StoreConformance.tamperAlteredEntryDetected(database)
        case .tamperDeletedEntryDetected: try await StoreConformance.tamperDeletedEntryDetected(database)
        case .tamperSwappedEntriesDetected: try await StoreConformance.tamperSwappedEntriesDetected(database)
        case .tamperRehashedEntryDetected: try await StoreConformance.tamperRehashedEntryDetected(database)
        case .tamperTruncatedLogDetected: try await StoreConformance.tamperTruncatedLogDetected(database)
        case .tamperRecordChangedOutsideStoreDetected:
            try await StoreConformance.tamperRecordChangedOutsideStoreDetected(database)
        case .tokensAddedListedAndFoundByHash: try await StoreConformance.tokensAddedListedAndFoundByHash(database)
        case .tokenNamesUniqueAmongLiveTokens: try await StoreConformance.tokenNamesUniqueAmongLiveTokens(database)
        case .tokenRevokedOnce: try await StoreConformance.tokenRevokedOnce(database)
        case .tokensSharedBetweenHandles: try await StoreConformance.tokensSharedBetweenHandles(database)
        case .concurrentTokenCreatorsOneWins: try await StoreConformance.concurrentTokenCreatorsOneWins(database)
        case .changeCounterMovesOnEveryCommit: try await StoreConformance.changeCounterMovesOnEveryCommit(database)
        case .failedSignInsSharedBetweenHandles: try await StoreConformance.failedSignInsSharedBetweenHandles(database)
        case .observationsLoadedByImports: try await StoreConformance.observationsLoadedByImports(database)
        }
    }
}
