/// A table of text. On a terminal it fits the terminal's width: wide columns wrap at word
/// boundaries (so a name is never cut), and only when even that cannot fit are the columns named
/// in ``optionalColumns`` left out, least useful first. Piped output is never narrowed: every cell
/// is printed whole, one row a line, for other programs to read.
struct Table: Sendable {
    let headers: [String]
    /// Headers of columns that may be left out on a narrow terminal, the first to go first.
    var optionalColumns: [String] = []
    let rows: [[String]]

    /// Renders the table within `width` columns (nil: no limit).
    func render(width: Int? = Terminal.tableWidth, style: TextStyle) -> String {
        guard !headers.isEmpty else { return "" }
        var shown = Array(headers.indices)
        var widths = fit(shown, within: width)
        for header in optionalColumns {
            guard widths == nil, let column = headers.firstIndex(of: header), shown.count > 1 else { break }
            shown.removeAll { $0 == column }
            widths = fit(shown, within: width)
        }
        let columnWidths = widths ?? squeeze(shown, within: width ?? Int.max)
        func lines(_ cells: [String]) -> [String] {
            let wrapped = shown.indices.map { position in
                Table.wrap(cells[safe: shown[position]] ?? "", width: columnWidths[position])
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { line in
                wrapped.indices.map { position in
                    let text = wrapped[position][safe: line] ?? ""
                    return position == wrapped.count - 1 ? text : text.padding(columnWidths[position])
                }.joined(separator: "  ").trailingSpacesRemoved
            }
        }
        var out = lines(headers).map { style.apply(.bold, $0) }
        for row in rows { out += lines(row) }
        return out.joined(separator: "\n") + "\n"
    }

    /// Column widths for `columns` within `width`, wrapping wide cells but never breaking a word;
    /// nil when the longest words alone do not fit.
    private func fit(_ columns: [Int], within width: Int?) -> [Int]? {
        var widths = columns.map { column in cells(column).map(\.count).max() ?? 0 }
        guard let width else { return widths }
        let gaps = 2 * (columns.count - 1)
        let floors = columns.map { column in cells(column).flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 0 }
        while widths.reduce(0, +) + gaps > width {
            // Narrow the widest column that can still wrap.
            guard let widest = widths.indices.filter({ widths[$0] > floors[$0] })
                .max(by: { widths[$0] < widths[$1] }) else { return nil }
            widths[widest] -= 1
        }
        return widths
    }

    /// Widths that fit by breaking words too: the last resort when no optional column is left.
    private func squeeze(_ columns: [Int], within width: Int) -> [Int] {
        var widths = columns.map { column in cells(column).map(\.count).max() ?? 0 }
        let gaps = 2 * (columns.count - 1)
        while widths.reduce(0, +) + gaps > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
              widths[widest] > 4 {
            widths[widest] -= 1
        }
        return widths
    }

    private func cells(_ column: Int) -> [String] {
        [headers[column]] + rows.map { $0[safe: column] ?? "" }
    }

    /// `text` in lines of at most `width` characters, broken between words (inside a word only
    /// when the word alone is longer than the line).
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension String {
    var trailingSpacesRemoved: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
