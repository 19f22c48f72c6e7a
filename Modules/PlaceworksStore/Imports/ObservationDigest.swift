import Crypto

/// The SHA-256 of the observations one import loaded, in file-row order, one line each:
///
/// ```text
/// <indicator>\t<period>\t<day>\t<value>\t<lower>\t<upper>\t<row>\n
/// ```
///
/// (numbers in Swift's shortest round-trip form, an absent limit empty). The import's audit entry
/// records it; verification recomputes it from the observations table, so a value changed, added
/// or removed outside Placeworks is found.
public struct ObservationDigest {
    private var hasher = SHA256()
    /// The line being hashed, its storage kept from one observation to the next.
    private var line: [UInt8] = []
    /// Observations added so far.
    public private(set) var count = 0
    /// The row of the last observation added.
    public private(set) var lastRow = Int.min

    public init() {}

    public mutating func add(_ row: ObservationRow) {
        line.removeAll(keepingCapacity: true)
        let tab = UInt8(ascii: "\t")
        line.append(contentsOf: row.indicator.utf8)
        line.append(tab)
        line.append(contentsOf: row.period.utf8)
        line.append(tab)
        line.append(contentsOf: row.day.description.utf8)
        line.append(tab)
        line.append(contentsOf: String(row.value).utf8)
        line.append(tab)
        if let lower = row.lower { line.append(contentsOf: String(lower).utf8) }
        line.append(tab)
        if let upper = row.upper { line.append(contentsOf: String(upper).utf8) }
        line.append(tab)
        line.append(contentsOf: String(row.row).utf8)
        line.append(UInt8(ascii: "\n"))
        line.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        count += 1
        lastRow = row.row
    }

    /// The digest so far, lowercase hex.
    public var hex: String {
        hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

/// The digest of each import's observations, built from rows read in import, then file-row order
/// (as verification reads the observations table, one row at a time).
public struct ObservationDigests {
    public private(set) var byImport: [Int64: ImportedObservations] = [:]
    private var current: (source: Int64, digest: ObservationDigest)?

    public init() {}

    public mutating func add(_ stored: StoredObservation) {
        if current?.source != stored.source {
            close()
            current = (stored.source, ObservationDigest())
        }
        current?.digest.add(stored.row)
    }

    /// Every import's count and digest.
    public mutating func finish() -> [Int64: ImportedObservations] {
        close()
        return byImport
    }

    private mutating func close() {
        if let current { byImport[current.source] = ImportedObservations(count: current.digest.count, digest: current.digest.hex) }
        current = nil
    }
}

/// What the observations table holds for one import: how many rows, and their digest.
public struct ImportedObservations: Sendable, Hashable {
    public var count: Int
    public var digest: String

    public init(count: Int, digest: String) {
        self.count = count
        self.digest = digest
    }
}
