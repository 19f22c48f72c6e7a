import GRDB
import PlaceworksDomain
import PlaceworksStore

extension SQLiteStore {
    static let observationColumns = "source, file_row, indicator, period, day, value, lower_limit, upper_limit"

    /// Compares observations with the latest stored value of the same indicator and period.
    struct ObservationComparer {
        let known: Set<String>
        let latest: Statement

        init(_ db: Database) throws {
            known = Set(try String.fetchAll(db, sql: "SELECT DISTINCT indicator FROM observations"))
            latest = try db.cachedStatement(sql: """
                SELECT day, value, lower_limit, upper_limit FROM observations WHERE indicator = ? AND period = ?
                ORDER BY source DESC LIMIT 1
                """)
        }

        /// Whether `row` is new, changes the stored value, or repeats it.
        func compare(_ row: ObservationRow) throws -> ObservationComparison {
            guard known.contains(row.indicator) else { return .added }
            guard let stored = try Row.fetchOne(latest, arguments: [row.indicator, row.period]) else { return .added }
            let day: String = stored[0], value: Double = stored[1], lower: Double? = stored[2], upper: Double? = stored[3]
            let same = day == row.day.description && value == row.value && lower == row.lower && upper == row.upper
            return same ? .unchanged : .changed
        }
    }

    /// Streams `write`'s observations into the table under `source`; returns the digest of those
    /// written and how all compared.
    static func load(_ write: ImportWrite, source: Int64, comparer: ObservationComparer?, db: Database,
                     location: String) throws -> (ObservationDigest, ObservationTally) {
        var digest = ObservationDigest()
        var tally = ObservationTally()
        guard let observations = write.observations, let comparer else { return (digest, tally) }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO observations (\(observationColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let reader = try observations.reader()
        while true {
            let chunk = try reader.next(upTo: 4096)
            if chunk.isEmpty { break }
            for row in chunk {
                let comparison = try comparer.compare(row)
                tally.count(comparison)
                guard comparison != .unchanged else { continue }
                try ImportLedger.checkOrder(row, after: digest, file: write.file, location: location)
                try insert.execute(arguments: [source, row.row, row.indicator, row.period, row.day.description, row.value,
                                               row.lower, row.upper])
                digest.add(row)
            }
        }
        return (digest, tally)
    }

    static func observation(_ row: Row) throws -> StoredObservation {
        let source: Int64 = row[0], fileRow: Int = row[1], indicator: String = row[2], period: String = row[3]
        let text: String = row[4], value: Double = row[5], lower: Double? = row[6], upper: Double? = row[7]
        guard let day = Day(iso: text) else {
            throw StoreError.unreadableRecord(kind: "observation", id: "\(indicator) \(period)",
                                              reason: "its day “\(text)” is not YYYY-MM-DD")
        }
        return StoredObservation(ObservationRow(indicator: indicator, period: period, day: day, value: value, lower: lower,
                                                upper: upper, row: fileRow), source: source)
    }

    /// Each import's count and digest, reading the table a row at a time.
    static func observationDigests(_ db: Database) throws -> [Int64: ImportedObservations] {
        var digests = ObservationDigests()
        let rows = try Row.fetchCursor(db, sql: "SELECT \(observationColumns) FROM observations ORDER BY source, file_row")
        while let row = try rows.next() { digests.add(try observation(row)) }
        return digests.finish()
    }

    public func compare(_ source: any ObservationSource) async throws -> ObservationTally {
        try await reading { db in
            let comparer = try ObservationComparer(db)
            var tally = ObservationTally()
            let reader = try source.reader()
            while true {
                let chunk = try reader.next(upTo: 4096)
                if chunk.isEmpty { break }
                for row in chunk { tally.count(try comparer.compare(row)) }
            }
            return tally
        }
    }

    public func observations(after sequence: Int64) async throws -> [StoredObservation] {
        try await reading { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.observationColumns) FROM observations WHERE source > ? ORDER BY source, file_row",
                             arguments: [sequence]).map(Self.observation)
        }
    }
}
