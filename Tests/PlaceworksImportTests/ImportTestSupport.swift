import Foundation
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksImport
import PlaceworksStore
import Testing

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The real public data files beside the repository (`../shared/data/real`).
func realFile(_ name: String) -> String {
    repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/real/\(name)").path
}

/// A temporary folder for one test's files.
struct Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes `text` to a file named `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    var storePath: String { folder.appendingPathComponent("placeworks.sqlite").path }

    /// Creates an embedded store holding the registered extensions' data.
    func seededStore() async throws -> String {
        let store = try await StoreLocation.sqlite(path: storePath).open()
        try await store.importDataset(try Registry.standard().dataset, actor: "test setup", at: Date())
        try await store.close()
        return storePath
    }

    /// The store's records and audit log length, to show nothing was written.
    func storeState() async throws -> (records: [StoredRecord], audit: Int) {
        let store = try await StoreLocation.sqlite(path: storePath).open()
        let records = try await store.records()
        let audit = try await store.auditLog().count
        try await store.close()
        return (records, audit)
    }

    func dataset() async throws -> Dataset {
        let store = try await StoreLocation.sqlite(path: storePath).open()
        let data = try await store.loadDataset()
        try await store.close()
        return data
    }
}

/// The registered extensions' data: what a store holds after `place init`.
func registered() throws -> Dataset { try Registry.standard().dataset }

/// Reads `files` against `dataset` and returns the importer.
func importing(_ files: [String], into dataset: Dataset, options: ImportOptions = ImportOptions()) -> Importer {
    var importer = Importer(into: dataset, options: options)
    for file in files { importer.read(file) }
    return importer
}

/// The observations the importer spooled from `path`, read back.
func spooled(_ importer: Importer, _ path: String) throws -> [ObservationRow] {
    guard let spool = importer.batch.observations[path] else { return [] }
    return try allObservations(spool)
}

/// Every observation of `source`, read back in chunks of `chunk`.
func allObservations(_ source: any ObservationSource, chunk: Int = 1000) throws -> [ObservationRow] {
    let reader = try source.reader()
    var rows: [ObservationRow] = []
    while true {
        let next = try reader.next(upTo: chunk)
        if next.isEmpty { break }
        rows += next
    }
    return rows
}

/// Every row of a table source.
func allRows(_ source: some TableSource) throws -> [TableRow] {
    var source = source
    var rows: [TableRow] = []
    while let row = try source.next() { rows.append(row) }
    return rows
}
