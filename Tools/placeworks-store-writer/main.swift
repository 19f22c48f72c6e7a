// Writes to a SQLite store for the crash-safety tests, which kill it with SIGKILL at a known
// point inside a transaction.
//
//   placeworks-store-writer batch STORE STATUS-FILE RECORDS [PAUSE-AFTER]
//       Commits a baseline of 10 people, then one batch of RECORDS people in one transaction.
//   placeworks-store-writer init STORE STATUS-FILE [PAUSE-AFTER]
//       Runs `place init` (the registered extensions' data, through the application layer).
//   placeworks-store-writer migrate STORE STATUS-FILE [PAUSE]
//       Creates an empty store at the schema before the latest, then migrates it; with PAUSE,
//       stops inside the last migration's transaction.
//
// Progress lines go to STATUS-FILE: "baseline committed", "writing", then "committed". With
// PAUSE-AFTER N, the writer stops inside the transaction after N audit entries (with PAUSE,
// after the migration's statements), writes "paused", and waits to be killed.
import Foundation
import PlaceworksApplication
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksStore
import PlaceworksStoreSQLite

let arguments = Array(CommandLine.arguments.dropFirst())
func usage() -> Never {
    FileHandle.standardError.write(Data("""
        usage: placeworks-store-writer batch STORE STATUS-FILE RECORDS [PAUSE-AFTER]
               placeworks-store-writer init STORE STATUS-FILE [PAUSE-AFTER]
               placeworks-store-writer migrate STORE STATUS-FILE [PAUSE]

        """.utf8))
    exit(2)
}
guard arguments.count >= 3 else { usage() }
let (mode, storePath, statusPath) = (arguments[0], arguments[1], arguments[2])

/// Appends a line to the status file and flushes it to disk.
@Sendable func report(_ line: String) {
    guard let handle = FileHandle(forWritingAtPath: statusPath) else { return }
    handle.seekToEndOfFile()
    handle.write(Data((line + "\n").utf8))
    try? handle.synchronize()
    try? handle.close()
}
_ = FileManager.default.createFile(atPath: statusPath, contents: nil)

@Sendable func pauseForKill() -> Never {
    report("paused")
    while true { sleep(60) }
}

func people(_ prefix: String, _ count: Int) throws -> [RecordChange] {
    let encoder = RecordCoding.encoder()
    let padding = String(repeating: "x", count: 400)
    return try (1...count).map { index in
        let person = Person(id: ID("\(prefix)-\(index)"), name: "Synthetic person \(index) \(padding)", fictional: true)
        return .put(RecordKey(person.id), body: try RecordCoding.encode(person, with: encoder), place: nil, basedOn: 0)
    }
}

/// Opens the store with a hook that pauses after `pauseAfter` audit entries of one transaction.
func open(pauseAfter: Int?, schema: SchemaPolicy = .migrate) async throws -> SQLiteStore {
    try await SQLiteStore.open(path: storePath, schema: schema, afterEachEntry: { written in
        if written == pauseAfter { pauseForKill() }
    })
}

switch mode {
case "batch":
    guard arguments.count >= 4, let count = Int(arguments[3]) else { usage() }
    let baseline = try await open(pauseAfter: nil)
    try await baseline.apply(try people("baseline", 10), actor: "writer", at: Date())
    try await baseline.close()
    report("baseline committed")
    let store = try await open(pauseAfter: arguments.count > 4 ? Int(arguments[4]) : nil)
    let batch = try people("batch", count)
    report("writing")
    try await store.apply(batch, actor: "writer", at: Date())
    report("committed")
    try await store.close()
case "init":
    let baseline = try await open(pauseAfter: nil)
    try await baseline.apply(try people("baseline", 10), actor: "writer", at: Date())
    try await baseline.close()
    report("baseline committed")
    let store = try await open(pauseAfter: arguments.count > 3 ? Int(arguments[3]) : nil)
    let engine = Engine(store: store, registry: try Registry.standard())
    report("writing")
    try await engine.initialise(by: "writer")
    report("committed")
    try await store.close()
case "migrate":
    let previous = StoreSchema.migrations.dropLast().last?.version ?? 0
    let setup = try await SQLiteStore.open(path: storePath, schema: .inspect)
    try await setup.migrate(upTo: previous)
    try await setup.close()
    report("baseline committed")
    let pausing = arguments.count > 3
    let store = try await SQLiteStore.open(path: storePath, schema: .inspect, afterEachEntry: nil,
                                           insideMigration: { migration in
                                               if pausing && migration.version == StoreSchema.latestVersion { pauseForKill() }
                                           })
    report("writing")
    try await store.migrate()
    report("committed")
    try await store.close()
default:
    usage()
}
