import Foundation
import PlaceworksBootstrap
import PlaceworksDomain
import PlaceworksStore

// Times `place-import` loading a generated 1,000,000-row Fingertips-shaped CSV into the embedded
// store, beside Debian's `sqlite3 .import` of the same file (the floor: no validation) and
// `sqlite-utils insert --csv` (what an analyst would reach for); then a 100,000-row xlsx beside
// the same rows as CSV. Medians of --runs runs; peak RSS of the importing process.
//
//   placeworks-import-bench [--rows N] [--xlsx-rows N] [--runs N] [--folder DIR] [--place-import PATH]

if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "--measure" {
    ChildProcess.measure(Array(CommandLine.arguments.dropFirst(2)))
}

var rows = 1_000_000, xlsxRows = 100_000, runs = 3
var folder = FileManager.default.temporaryDirectory.appendingPathComponent("placeworks-import-bench").path
var importer = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("place-import").path
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    guard let value = arguments.first else { fatalError("\(flag) needs a value") }
    arguments.removeFirst()
    switch flag {
    case "--rows": rows = Int(value) ?? rows
    case "--xlsx-rows": xlsxRows = Int(value) ?? xlsxRows
    case "--runs": runs = Int(value) ?? runs
    case "--folder": folder = value
    case "--place-import": importer = value
    default: fatalError("unknown option \(flag)")
    }
}

let work = folder, importerPath = importer
#if DEBUG
let buildKind = "debug: numbers are not comparable; use Tools/import-bench.sh"
#else
let buildKind = "release"
#endif

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

try? FileManager.default.removeItem(atPath: folder)
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
let csv = "\(folder)/fingertips-\(rows).csv"
log("Writing \(rows) rows to \(csv)…")
try FingertipsFile.writeCSV(rows: rows, to: csv)
let megabytes = Double((try FileManager.default.attributesOfItem(atPath: csv)[.size] as? NSNumber)?.intValue ?? 0) / 1_048_576

// A store as `place init` leaves it, copied for every run.
let seeded = "\(folder)/seeded.sqlite"
let store = try await StoreLocation.sqlite(path: seeded).open()
try await store.importDataset(try Registry.standard().dataset, actor: "placeworks-import-bench", at: Date())
try await store.close()

// The same store with every generated area as a place, so that every row is stored.
let everyArea = "\(folder)/every-area.sqlite"
let wide = try await StoreLocation.sqlite(path: everyArea).open()
var widened = try Registry.standard().dataset
let known = Set(widened.places.map(\.id.rawValue))
widened.places += FingertipsFile.areas.filter { !known.contains($0) }.map { Place(id: ID($0), name: "Area \($0)", ics: nil) }
try await wide.importDataset(widened, actor: "placeworks-import-bench", at: Date())
try await wide.close()

func placeImport(_ file: String, into seed: String = "seeded") throws -> ChildProcess.Measurement {
    let target = "\(work)/run.sqlite"
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
    for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: "\(work)/\(seed).sqlite\(suffix)") {
        try FileManager.default.copyItem(atPath: "\(work)/\(seed).sqlite\(suffix)", toPath: target + suffix)
    }
    let result = try ChildProcess.run([importerPath, file, "--store", target, "--actor", "bench"])
    guard result.status == 0 else { throw BenchError("place-import exited \(result.status) on \(file)") }
    return result
}

func fresh(_ path: String) { for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) } }

var ours: [ChildProcess.Measurement] = [], floor: [Double] = [], analyst: [Double] = []
for run in 1...runs {
    log("Run \(run) of \(runs): place-import…")
    ours.append(try placeImport(csv))
    log("Run \(run) of \(runs): sqlite3 .import…")
    fresh("\(folder)/peer.db")
    let peer = try ChildProcess.run(["sqlite3", "\(folder)/peer.db", ".mode csv", ".import \(csv) observations"])
    guard peer.status == 0 else { throw BenchError("sqlite3 exited \(peer.status)") }
    floor.append(peer.seconds)
    log("Run \(run) of \(runs): sqlite-utils insert --csv…")
    fresh("\(folder)/utils.db")
    let utils = try ChildProcess.run(["sqlite-utils", "insert", "\(folder)/utils.db", "observations", csv, "--csv"])
    guard utils.status == 0 else { throw BenchError("sqlite-utils exited \(utils.status) (is it installed? pip install sqlite-utils)") }
    analyst.append(utils.seconds)
}

// What the last run left in the store: the observations loaded and the audit entries written.
let loaded = try await StoreLocation.sqlite(path: "\(work)/run.sqlite").open()
let observationCount = try await loaded.observations(after: 0).count
let importEntries = try await loaded.auditLog().filter(\.isImport).count
let intact = try await loaded.verifyAuditLog().isIntact
try await loaded.close()

let oursMedian = median(ours.map(\.seconds)), floorMedian = median(floor), analystMedian = median(analyst)
let peak = ours.map(\.peakMegabytes).max() ?? 0
print("Fingertips-shaped CSV: \(rows) rows, \(String(format: "%.0f", megabytes)) MB; medians of \(runs) runs (\(buildKind) build)")
print("")
print("| tool | median (s) | rows/s | peak RSS (MB) |")
print("|---|---|---|---|")
print(String(format: "| place-import (validated, one transaction) | %.2f | %.0f | %.0f |", oursMedian, Double(rows) / oursMedian, peak))
print(String(format: "| sqlite3 .import (no validation) | %.2f | %.0f | |", floorMedian, Double(rows) / floorMedian))
print(String(format: "| sqlite-utils insert --csv | %.2f | %.0f | |", analystMedian, Double(rows) / analystMedian))
print("")
print(String(format: "place-import / sqlite3 .import: %.2f× (goal ≤ 1.5×)", oursMedian / floorMedian))
print(String(format: "sqlite-utils / place-import: %.1f× faster (goal ≥ 20×)", analystMedian / oursMedian))
print(String(format: "peak RSS: %.0f MB (goal ≤ 200 MB)", peak))
print("stored: \(observationCount) observations of the six places' rows (the other areas' rows are left out, "
      + "as in a national export), \(importEntries) import audit entry, audit log \(intact ? "intact" : "NOT intact")")

// Every row stored: the store holds a place for every area of the file.
var everyRow: [ChildProcess.Measurement] = []
for run in 1...runs {
    log("Run \(run) of \(runs): place-import, every area a place…")
    everyRow.append(try placeImport(csv, into: "every-area"))
}
let full = try await StoreLocation.sqlite(path: "\(work)/run.sqlite").open()
let fullCount = try await full.observations(after: 0).count
let fullIntact = try await full.verifyAuditLog().isIntact
try await full.close()
let everyMedian = median(everyRow.map(\.seconds))
print("")
print("Every area a place in the store (\(fullCount) observations stored, audit log \(fullIntact ? "intact" : "NOT intact")):")
print("")
print("| tool | median (s) | rows/s | peak RSS (MB) |")
print("|---|---|---|---|")
print(String(format: "| place-import, every row stored | %.2f | %.0f | %.0f |", everyMedian, Double(rows) / everyMedian,
             everyRow.map(\.peakMegabytes).max() ?? 0))
print(String(format: "place-import (every row) / sqlite3 .import: %.2f×; sqlite-utils / place-import: %.1f×",
             everyMedian / floorMedian, analystMedian / everyMedian))

if xlsxRows > 0 {
    let xlsx = "\(folder)/fingertips-\(xlsxRows).xlsx", smallCSV = "\(folder)/fingertips-\(xlsxRows).csv"
    log("Writing \(xlsxRows) rows as xlsx and CSV…")
    try FingertipsFile.writeXLSX(rows: xlsxRows, to: xlsx)
    try FingertipsFile.writeCSV(rows: xlsxRows, to: smallCSV)
    var fromXLSX: [ChildProcess.Measurement] = [], fromCSV: [ChildProcess.Measurement] = []
    for run in 1...runs {
        log("Run \(run) of \(runs): xlsx and CSV, \(xlsxRows) rows…")
        fromXLSX.append(try placeImport(xlsx))
        fromCSV.append(try placeImport(smallCSV))
    }
    let x = median(fromXLSX.map(\.seconds)), c = median(fromCSV.map(\.seconds))
    print("")
    print("| \(xlsxRows) rows | median (s) | rows/s | peak RSS (MB) |")
    print("|---|---|---|---|")
    print(String(format: "| place-import .xlsx | %.2f | %.0f | %.0f |", x, Double(xlsxRows) / x, fromXLSX.map(\.peakMegabytes).max() ?? 0))
    print(String(format: "| place-import .csv | %.2f | %.0f | %.0f |", c, Double(xlsxRows) / c, fromCSV.map(\.peakMegabytes).max() ?? 0))
}
