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

/// A kind's column as a row reads it: by name (a string literal), looked up in the file's
/// ``ColumnMap`` on every read, or found once with ``ColumnMap/column(_:)`` and kept by a reader
/// that reads many rows.
struct Column: Sendable, ExpressibleByStringLiteral {
    let name: String
    /// Where the file has it (nil: it does not), when already found.
    let found: Int??

    init(stringLiteral name: String) {
        self.name = name
        found = nil
    }

    init(name: String, position: Int?) {
        self.name = name
        found = .some(position)
    }
}

extension ColumnMap {
    /// The column called `name`, with where the file has it.
    func column(_ name: String) -> Column { Column(name: name, position: positions[name]) }

    /// Where the file has `column`.
    func position(of column: Column) -> Int? {
        if let found = column.found { return found }
        return positions[column.name]
    }
}
