// Writes to a SQLite store for the crash-safety test, which kills it with SIGKILL mid-write.
//
//   placeworks-store-writer STORE STATUS-FILE RECORDS [PAUSE-AFTER]
//
// Commits a small baseline batch, then one batch of RECORDS new people in a single transaction.
// Progress lines go to STATUS-FILE: "baseline committed", "writing", then "committed". With
// PAUSE-AFTER, the writer stops inside the transaction after that many audit entries, writes
// "paused", and waits to be killed.
import Foundation
import PlaceworksDomain
import PlaceworksStore
import PlaceworksStoreSQLite

let arguments = CommandLine.arguments
guard arguments.count >= 4, let count = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: placeworks-store-writer STORE STATUS-FILE RECORDS [PAUSE-AFTER]\n".utf8))
    exit(2)
}
let statusPath = arguments[2]
let pauseAfter = arguments.count > 4 ? Int(arguments[4]) : nil

/// Appends a line to the status file and flushes it to disk.
@Sendable func report(_ line: String) {
    guard let handle = FileHandle(forWritingAtPath: statusPath) else { return }
    handle.seekToEndOfFile()
    handle.write(Data((line + "\n").utf8))
    try? handle.synchronize()
    try? handle.close()
}
_ = FileManager.default.createFile(atPath: statusPath, contents: nil)

func people(_ prefix: String, _ count: Int) throws -> [RecordChange] {
    let encoder = RecordCoding.encoder()
    let padding = String(repeating: "x", count: 400)
    return try (1...count).map { index in
        let person = Person(id: ID("\(prefix)-\(index)"), name: "Synthetic person \(index) \(padding)", fictional: true)
        return .put(RecordKey(person.id), body: try RecordCoding.encode(person, with: encoder), place: nil, basedOn: 0)
    }
}

let store = try await SQLiteStore.open(path: arguments[1], schema: .migrate, afterEachEntry: { written in
    if written == pauseAfter {
        report("paused")
        while true { sleep(60) }
    }
})
try await store.apply(try people("baseline", 10), actor: "writer", at: Date())
report("baseline committed")
let batch = try people("batch", count)
report("writing")
try await store.apply(batch, actor: "writer", at: Date())
report("committed")
try await store.close()
