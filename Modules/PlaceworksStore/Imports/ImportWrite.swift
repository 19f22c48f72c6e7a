import Foundation

/// One imported file, written together with the records it made, in one transaction: one audit
/// entry names the file, its SHA-256, its row count and the actor, lists the records the file
/// wrote, and carries the count and digest of the observations it loaded into the observations
/// table. Every record it wrote remembers the import (``StoredRecord/source``).
public struct ImportWrite: Sendable {
    /// The file, as named when importing.
    public var file: String
    /// Its SHA-256, lowercase hex.
    public var sha256: String
    /// The rows of data read from it.
    public var rows: Int
    /// What it was read as (e.g. `risks`, `indicators`).
    public var kind: String
    /// The records it made; those the batch changes are attributed to this import.
    public var records: Set<RecordKey>
    /// Its indicator observations, streamed into the observations table.
    public var observations: (any ObservationSource)?

    public init(file: String, sha256: String, rows: Int, kind: String, records: Set<RecordKey> = [],
                observations: (any ObservationSource)? = nil) {
        self.file = file
        self.sha256 = sha256
        self.rows = rows
        self.kind = kind
        self.records = records
        self.observations = observations
    }
}

/// What an import's audit entry records (its `after` body, JSON with sorted keys): the file, its
/// hash and row count, what it was read as, the records it wrote, and the observations it loaded.
public struct ImportManifest: Sendable, Hashable, Codable {
    public var file: String
    public var sha256: String
    public var rows: Int
    public var kind: String
    /// The records the import wrote, as `kind/id`, sorted.
    public var records: [String]
    /// Observations loaded into the observations table (new or changed values).
    public var observations: Int
    /// The digest of those observations (``ObservationDigest``); nil when there are none.
    public var observationsDigest: String?
    /// Observations the file gave that the store already held with the same value (not loaded again).
    public var observationsUnchanged: Int

    /// The JSON the audit entry carries.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    /// `kind/id`, as ``records`` lists a record.
    public static func name(_ key: RecordKey) -> String { "\(key.kind.rawValue)/\(key.id)" }
}

/// What one import wrote.
public struct ImportReceipt: Sendable, Hashable {
    /// The sequence number of its audit entry: what its records and observations name as their source.
    public var sequence: Int64
    public var manifest: ImportManifest
    /// How its observations compared with what the store held.
    public var observations: ObservationTally

    public init(sequence: Int64, manifest: ImportManifest, observations: ObservationTally) {
        self.sequence = sequence
        self.manifest = manifest
        self.observations = observations
    }
}

extension AuditEntry {
    /// The `kind` of an import's audit entry.
    public static let importKind = "import"

    /// Whether the entry records an import (rather than a change to one record).
    public var isImport: Bool { kind == Self.importKind }

    /// What an import's entry records; nil for other entries, or a body that does not read.
    public var importManifest: ImportManifest? {
        guard isImport, let after else { return nil }
        return try? JSONDecoder().decode(ImportManifest.self, from: Data(after.utf8))
    }
}

/// The audit entries of a batch's imports, built inside the write's transaction as each import's
/// observations are streamed in: import entries come first, numbered from the head, then the
/// batch's record entries follow them (``BatchPlan`` starts from ``head``). An import that writes
/// no record and no observation gets no entry, so importing the same file twice changes nothing.
package struct ImportLedger: Sendable {
    /// The head after the import entries so far.
    package private(set) var head: AuditHead
    package private(set) var entries: [AuditEntry] = []
    package private(set) var receipts: [ImportReceipt] = []
    /// Which import wrote each record.
    package private(set) var sources: [RecordKey: Int64] = [:]
    private let changed: Set<RecordKey>
    private let actor: String
    private let time: Timestamp

    package init(head: AuditHead, changes: [RecordChange], actor: String, time: Timestamp) {
        self.head = head
        changed = Set(changes.map(\.key))
        self.actor = actor
        self.time = time
    }

    /// The sequence number the next import's observations are stored under.
    package var nextSequence: Int64 { head.sequence + 1 }

    /// Records `write` once its observations are in: `digest` of those written, `tally` of all.
    package mutating func record(_ write: ImportWrite, digest: ObservationDigest, tally: ObservationTally) {
        let records = write.records.intersection(changed).filter { sources[$0] == nil }
        guard digest.count > 0 || !records.isEmpty else { return }
        let manifest = ImportManifest(file: write.file, sha256: write.sha256, rows: write.rows, kind: write.kind,
                                      records: records.map(ImportManifest.name).sorted(), observations: digest.count,
                                      observationsDigest: digest.count > 0 ? digest.hex : nil,
                                      observationsUnchanged: tally.unchanged)
        let sequence = head.sequence + 1, body = manifest.json(), id = (write.file as NSString).lastPathComponent
        let hash = AuditChain.hash(sequence: sequence, actor: actor, time: time, kind: AuditEntry.importKind, id: id,
                                   before: nil, after: body, previousHash: head.hash)
        let entry = AuditEntry(sequence: sequence, actor: actor, time: time, kind: AuditEntry.importKind, id: id,
                               before: nil, after: body, previousHash: head.hash, hash: hash)
        entries.append(entry)
        receipts.append(ImportReceipt(sequence: sequence, manifest: manifest, observations: tally))
        for key in records { sources[key] = sequence }
        head = AuditHead(sequence: sequence, hash: hash)
    }

    /// Checks `row` comes after the previous row of the import, as the digest requires.
    package static func checkOrder(_ row: ObservationRow, after digest: ObservationDigest, file: String,
                                   location: String) throws(StoreError) {
        guard digest.count == 0 || row.row > digest.lastRow else {
            throw .database(location: location, reason: "the observations of \(file) are not in row order "
                                + "(row \(row.row) after row \(digest.lastRow))")
        }
    }
}

/// Where an imported record came from: the import that last wrote it, as its audit entry records
/// it — the file, its SHA-256 and rows, when, and by whom.
public struct ImportSource: Sendable, Hashable, Codable {
    /// The import's audit entry.
    public var sequence: Int64
    public var file: String
    public var sha256: String
    public var rows: Int
    public var time: Timestamp
    public var actor: String

    public init?(_ entry: AuditEntry) {
        guard let manifest = entry.importManifest else { return nil }
        sequence = entry.sequence
        file = manifest.file
        sha256 = manifest.sha256
        rows = manifest.rows
        time = entry.time
        actor = entry.actor
    }
}

extension DatasetStore {
    /// The imports whose audit entries are `sequences`.
    public func importSources(_ sequences: Set<Int64>) async throws -> [Int64: ImportSource] {
        var result: [Int64: ImportSource] = [:]
        for sequence in sequences.sorted() {
            guard let entry = try await auditLog(after: sequence - 1, limit: 1).first, entry.sequence == sequence,
                  let source = ImportSource(entry) else { continue }
            result[sequence] = source
        }
        return result
    }
}
