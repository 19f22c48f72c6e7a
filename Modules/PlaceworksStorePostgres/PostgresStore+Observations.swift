import Logging
import PlaceworksDomain
import PlaceworksStore
import PostgresNIO

extension PostgresStore {
    /// How many observations one statement compares or inserts.
    static let observationChunk = 2000

    /// Compares `rows` with the latest stored value of each indicator and period.
    static func compare(_ rows: [ObservationRow], _ connection: PostgresConnection,
                        _ logger: Logger) async throws -> [(ObservationRow, ObservationComparison)] {
        let indicators = rows.map(\.indicator), periods = rows.map(\.period)
        let stored = try await connection.query("""
            SELECT DISTINCT ON (o.indicator, o.period) o.indicator, o.period, o.day, o.value, o.lower_limit, o.upper_limit
            FROM observations o JOIN unnest(\(indicators)::text[], \(periods)::text[]) AS k(indicator, period)
                ON o.indicator = k.indicator AND o.period = k.period
            ORDER BY o.indicator, o.period, o.source DESC
            """, logger: logger)
        var latest: [String: (String, Double, Double?, Double?)] = [:]
        for try await (indicator, period, day, value, lower, upper) in stored.decode(
            (String, String, String, Double, Double?, Double?).self) {
            latest[indicator + "\u{1}" + period] = (day, value, lower, upper)
        }
        return rows.map { row in
            guard let now = latest[row.indicator + "\u{1}" + row.period] else { return (row, .added) }
            let same = now.0 == row.day.description && now.1 == row.value && now.2 == row.lower && now.3 == row.upper
            return (row, same ? .unchanged : .changed)
        }
    }

    /// Streams `write`'s observations into the table under `source`, a chunk a statement; returns
    /// the digest of those written and how all compared.
    static func load(_ write: ImportWrite, source: Int64, location: String, _ connection: PostgresConnection,
                     _ logger: Logger) async throws -> (ObservationDigest, ObservationTally) {
        var digest = ObservationDigest()
        var tally = ObservationTally()
        guard let observations = write.observations else { return (digest, tally) }
        let reader = try observations.reader()
        while true {
            let chunk = try reader.next(upTo: observationChunk)
            if chunk.isEmpty { break }
            var written: [ObservationRow] = []
            for (row, comparison) in try await compare(chunk, connection, logger) {
                tally.count(comparison)
                guard comparison != .unchanged else { continue }
                try ImportLedger.checkOrder(row, after: digest, file: write.file, location: location)
                digest.add(row)
                written.append(row)
            }
            guard !written.isEmpty else { continue }
            let sources = Array(repeating: source, count: written.count), fileRows = written.map { Int64($0.row) }
            let indicators = written.map(\.indicator), periods = written.map(\.period), days = written.map(\.day.description)
            let values = written.map(\.value)
            let lowers = written.map { $0.lower ?? 0 }, hasLower = written.map { $0.lower != nil }
            let uppers = written.map { $0.upper ?? 0 }, hasUpper = written.map { $0.upper != nil }
            try await connection.query("""
                INSERT INTO observations (source, file_row, indicator, period, day, value, lower_limit, upper_limit)
                SELECT s, r, i, p, d, v, CASE WHEN hl THEN l END, CASE WHEN hu THEN u END
                FROM unnest(\(sources)::bigint[], \(fileRows)::bigint[], \(indicators)::text[], \(periods)::text[],
                            \(days)::text[], \(values)::float8[], \(lowers)::float8[], \(hasLower)::bool[],
                            \(uppers)::float8[], \(hasUpper)::bool[])
                    AS x(s, r, i, p, d, v, l, hl, u, hu)
                """, logger: logger)
        }
        return (digest, tally)
    }

    static func decodeObservations(_ rows: PostgresRowSequence,
                                   _ each: (StoredObservation) throws -> Void) async throws {
        for try await (source, fileRow, indicator, period, text, value, lower, upper) in rows.decode(
            (Int64, Int64, String, String, String, Double, Double?, Double?).self) {
            guard let day = Day(iso: text) else {
                throw StoreError.unreadableRecord(kind: "observation", id: "\(indicator) \(period)",
                                                  reason: "its day “\(text)” is not YYYY-MM-DD")
            }
            try each(StoredObservation(ObservationRow(indicator: indicator, period: period, day: day, value: value,
                                                      lower: lower, upper: upper, row: Int(fileRow)), source: source))
        }
    }

    /// Each import's count and digest, reading the table a row at a time.
    static func observationDigests(_ connection: PostgresConnection,
                                   _ logger: Logger) async throws -> [Int64: ImportedObservations] {
        var digests = ObservationDigests()
        try await decodeObservations(try await connection.query("""
            SELECT source, file_row, indicator, period, day, value, lower_limit, upper_limit FROM observations
            ORDER BY source, file_row
            """, logger: logger)) { digests.add($0) }
        return digests.finish()
    }

    public func compare(_ source: any ObservationSource) async throws -> ObservationTally {
        try await run { connection, logger in
            var tally = ObservationTally()
            let reader = try source.reader()
            while true {
                let chunk = try reader.next(upTo: Self.observationChunk)
                if chunk.isEmpty { break }
                for (_, comparison) in try await Self.compare(chunk, connection, logger) { tally.count(comparison) }
            }
            return tally
        }
    }

    public func observations(after sequence: Int64) async throws -> [StoredObservation] {
        try await run { connection, logger in
            var result: [StoredObservation] = []
            try await Self.decodeObservations(try await connection.query("""
                SELECT source, file_row, indicator, period, day, value, lower_limit, upper_limit FROM observations
                WHERE source > \(sequence) ORDER BY source, file_row
                """, logger: logger)) { result.append($0) }
            return result
        }
    }
}
