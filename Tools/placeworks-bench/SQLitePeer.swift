import Foundation
import PlaceworksDomain
import PlaceworksStore
import PlaceworksStoreSQLite

/// The peer: Debian's `sqlite3` command line importing the same rows with `.import`, a bulk load
/// with no validation, no versions and no audit log — the floor for writing these rows to SQLite.
struct SQLitePeer {
    let executable: String
    let folder: URL

    /// The rows Placeworks writes to its `records` table for `dataset`, as CSV: `kind,id,body`.
    func csv(of dataset: Dataset) async throws -> (path: String, rows: Int) {
        let path = folder.appendingPathComponent("records.sqlite").path
        let store = try await SQLiteStore.open(path: path)
        try await store.importDataset(dataset, actor: "placeworks-bench", at: StoreMeasurement.importedAt)
        let records = try await store.records()
        try await store.close()
        var text = "kind,id,body\n"
        for record in records {
            text += [record.key.kind.rawValue, record.key.id, record.body].map(Self.quoted).joined(separator: ",") + "\n"
        }
        let csv = folder.appendingPathComponent("records.csv").path
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        return (csv, records.count)
    }

    /// Times `sqlite3 NEW.db ".mode csv" ".import CSV records"`, one warm-up then `repetitions`
    /// recorded runs, each into a new file; checks the last file holds `rows` rows.
    func importTimes(csv: String, rows: Int, repetitions: Int) async throws -> Samples {
        var samples = Samples()
        for repetition in 0...repetitions {
            let database = folder.appendingPathComponent("peer-\(repetition).db").path
            let (_, time) = try await timed { try run(database, ".mode csv", ".import \(csv) records") }
            if repetition > 0 { samples.append(time) }
            let count = try run(database, "SELECT count(*) FROM records").trimmingCharacters(in: .whitespacesAndNewlines)
            try? FileManager.default.removeItem(atPath: database)
            guard count == String(rows) else {
                throw BenchmarkError("sqlite3 imported \(count) rows of \(rows)")
            }
        }
        return samples
    }

    /// Runs `sqlite3` with `arguments` and returns what it printed.
    @discardableResult
    private func run(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: printed, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw BenchmarkError("\(executable) \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }

    /// A CSV field: quoted, inner quotes doubled.
    private static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
