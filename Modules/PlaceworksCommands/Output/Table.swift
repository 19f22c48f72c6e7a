/// A table of text for an 80-column terminal: columns shrink (longest first) until the table
/// fits, and cells that do not fit end with "…".
struct Table {
    let headers: [String]
    let rows: [[String]]

    func render(width: Int = Terminal.width, style: TextStyle) -> String {
        guard !headers.isEmpty else { return "" }
        var widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[safe: column] ?? "" }).map(\.count).max() ?? 0
        }
        let gaps = 2 * (headers.count - 1)
        while widths.reduce(0, +) + gaps > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
              widths[widest] > 6 {
            widths[widest] -= 1
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                let cell = cells[column]
                let fitted = cell.count > widths[column] ? String(cell.prefix(widths[column] - 1)) + "…" : cell
                return column == cells.count - 1 ? fitted : fitted.padding(widths[column])
            }.joined(separator: "  ")
        }
        var out = [style.apply(.bold, line(headers))]
        out += rows.map { row in line(headers.indices.map { row[safe: $0] ?? "" }) }
        return out.joined(separator: "\n") + "\n"
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
