import Foundation

/// Where each of a kind's columns is in a file: found from the header row, allowing for aliases,
/// a mapping file, and any order of columns.
struct ColumnMap: Sendable {
    /// Column name → position in the row.
    let positions: [String: Int]
    /// Column name → the header as the file writes it (for problems).
    let headers: [String: String]
    /// The required columns the file lacks.
    let missing: [ColumnSpec]
    /// How many of the kind's columns the file has.
    var matched: Int { positions.count }

    init(header: [String], columns: [ColumnSpec], mapping: HeaderMapping) {
        var positions: [String: Int] = [:]
        var headers: [String: String] = [:]
        for (position, text) in header.enumerated() {
            let key = mapping.column(for: text) ?? HeaderName.normalise(text)
            guard !key.isEmpty, let spec = columns.first(where: { $0.keys.contains(key) }),
                  positions[spec.name] == nil else { continue }
            positions[spec.name] = position
            headers[spec.name] = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        self.positions = positions
        self.headers = headers
        missing = columns.filter { $0.required && positions[$0.name] == nil }
    }

    /// A map for a headerless file whose columns are fixed by position.
    init(fixed: [(name: String, position: Int)]) {
        var positions: [String: Int] = [:]
        var headers: [String: String] = [:]
        for (name, position) in fixed {
            positions[name] = position
            headers[name] = "\(position + 1) (\(name))"
        }
        self.positions = positions
        self.headers = headers
        missing = []
    }
}
